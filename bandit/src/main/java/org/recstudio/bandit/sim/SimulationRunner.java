package org.recstudio.bandit.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/**
 * Runs strategies in an {@link Environment}: for each seed, every strategy meets the same arrivals, users,
 * candidate sets and click draws (common random numbers), so differences are the strategies' own. Each round one
 * user sees a page; regret is the expected clicks of the oracle page (the best available candidates in the best
 * slots) minus those of the strategy's page, under the position-based click model with click noise.
 * Results do not depend on the number of threads.
 */
public final class SimulationRunner {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Runs {@code strategies} under {@code config}. */
    public SimulationResult run(Environment env, SimulationConfig config, List<StrategyFactory> strategies,
                                Progress progress) {
        long t0 = System.nanoTime();
        List<StrategyFactory> runnable = new ArrayList<>();
        for (StrategyFactory f : strategies) {
            if (f.unavailable(env) == null) {
                runnable.add(f);
            }
        }
        int seeds = config.seeds();
        RunTrace[][] traces = new RunTrace[runnable.size()][seeds];
        long total = (long) runnable.size() * seeds * config.rounds();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "recstudio-simulation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < seeds; s++) {
                long runSeed = new SplittableRandom(config.seed() + s * GOLDEN).nextLong();
                Arrivals arrivals = Arrivals.schedule(env.itemCount(), env.userCount(), config.rounds(),
                        config.newItems(), config.newUserFraction(), config.arrivalStart(), config.arrivalEnd(),
                        new SplittableRandom(runSeed ^ 0x5DEECE66DL));
                for (int f = 0; f < runnable.size(); f++) {
                    StrategyFactory factory = runnable.get(f);
                    int fi = f;
                    int si = s;
                    long own = new SplittableRandom(runSeed ^ factory.name().hashCode() * GOLDEN).nextLong();
                    futures.add(pool.submit(() -> {
                        Strategy strategy = factory.create(env, arrivals, config);
                        traces[fi][si] = new SimulationRun(env, config, arrivals, strategy, runSeed, own)
                                .run(progress, done, total);
                    }));
                }
            }
            for (Future<?> fu : futures) {
                await(fu);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.update("Simulating", total, total);
        List<StrategyResult> results = new ArrayList<>();
        int f = 0;
        for (StrategyFactory factory : strategies) {
            String note = factory.unavailable(env);
            results.add(note != null ? StrategyResult.skipped(factory.name(), note)
                    : summarise(factory.name(), traces[f++]));
        }
        return new SimulationResult(env.description(), config, results, (System.nanoTime() - t0) / 1e9);
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("simulation run failed: " + e.getCause(), e.getCause());
        }
    }

    private static StrategyResult summarise(String name, RunTrace[] runs) {
        int cps = runs[0].rounds.length;
        List<SeriesPoint> regret = new ArrayList<>();
        List<SeriesPoint> ctr = new ArrayList<>();
        List<SeriesPoint> share = new ArrayList<>();
        double[] v = new double[runs.length];
        for (int c = 0; c < cps; c++) {
            long round = runs[0].rounds[c];
            regret.add(point(round, runs, v, c, 0));
            ctr.add(point(round, runs, v, c, 1));
            share.add(point(round, runs, v, c, 2));
        }
        return new StrategyResult(name, null, regret, ctr, share, column(runs, r -> r.newItemsClicked),
                column(runs, r -> r.roundsToFirstClick), column(runs, r -> r.regret[cps - 1]),
                column(runs, r -> r.totalCtr), runs[0].snapshot);
    }

    private static SeriesPoint point(long round, RunTrace[] runs, double[] v, int c, int metric) {
        for (int s = 0; s < runs.length; s++) {
            v[s] = switch (metric) {
                case 0 -> runs[s].regret[c];
                case 1 -> runs[s].ctr[c];
                default -> runs[s].newShare[c];
            };
        }
        Estimate e = Estimate.of(v);
        return new SeriesPoint(round, e.mean(), e.low(), e.high());
    }

    private static Estimate column(RunTrace[] runs, java.util.function.ToDoubleFunction<RunTrace> f) {
        double[] v = new double[runs.length];
        for (int s = 0; s < runs.length; s++) {
            v[s] = f.applyAsDouble(runs[s]);
        }
        return Estimate.of(v);
    }
}
