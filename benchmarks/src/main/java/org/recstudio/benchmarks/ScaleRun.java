package org.recstudio.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.ease.EaseAlgorithm;
import org.recstudio.engine.model.ease.EaseParams;
import org.recstudio.engine.model.itemknn.ItemKnnAlgorithm;
import org.recstudio.engine.model.itemknn.ItemKnnParams;
import org.recstudio.engine.model.seq.SequentialAlgorithm;
import org.recstudio.engine.model.seq.SequentialParams;
import org.recstudio.engine.progress.Progress;

/**
 * One measurement of {@link ScaleBenchmark}, run in its own child JVM: generate the data, build the
 * {@code Dataset}, fit one algorithm with its defaults while recording wall and CPU seconds, the peak heap and
 * the time of each progress stage, then time {@code recommend(user, 10, unseen)} for sampled users.
 */
final class ScaleRun {

    static final long SEED = 42;
    private static final int SAMPLED_USERS = 1_000;
    private static final int WARM_UP_USERS = 200;

    /** The measured fits. */
    enum Case {
        EASE_GOODBOOKS("EASE (λ 500, binary)", ScaleData.GOODBOOKS),
        EASE_ML20M("EASE (λ 500, binary)", ScaleData.ML20M),
        ITEMKNN_ML20M("item-kNN (100 neighbours, shrinkage 10)", ScaleData.ML20M),
        TRANSITIONS_ML20M("sequential, TRANSITIONS (last 5 items)", ScaleData.ML20M),
        SLIST_ML20M("sequential, SLIST (α 0.5, λ 100, window 10)", ScaleData.ML20M);

        final String label;
        final ScaleData data;

        Case(String label, ScaleData data) {
            this.label = label;
            this.data = data;
        }
    }

    private ScaleRun() {
    }

    /**
     * The child: prints
     * {@code RESULT|pairs|gram cost|build s|fit s|fit CPU s|peak MB|data MB|rec mean ms|rec p99 ms|load before|
     * load after|outcome|stages}.
     */
    static void child(String[] args) {
        Case c = Case.valueOf(args[1]);
        long t0 = System.nanoTime();
        Dataset data = c.data.generate(SEED);
        double build = (System.nanoTime() - t0) / 1e9;
        long pairs = ScaleData.distinctPairs(data);
        double gram = ScaleData.gramCost(data);
        System.gc();
        long dataMb = usedHeapMb();
        HeapPeaks.reset();
        StageClock stages = new StageClock();
        String loadBefore = AlsBenchmarkReport.load();
        double cpu0 = AlsBenchmarkReport.processCpuSeconds();
        long f0 = System.nanoTime();
        Model model = null;
        String outcome = "fitted";
        try {
            model = fit(c, data, stages);
        } catch (IllegalArgumentException e) {
            outcome = "refused: " + e.getMessage();
        }
        double fit = (System.nanoTime() - f0) / 1e9;
        double cpu = AlsBenchmarkReport.processCpuSeconds() - cpu0;
        long peakMb = HeapPeaks.peakMb();
        String loadAfter = AlsBenchmarkReport.load();
        double[] latency = model == null ? new double[] {Double.NaN, Double.NaN} : latency(model, data);
        System.out.printf(Locale.ROOT, "RESULT|%,d|%.3g|%.1f|%.2f|%.1f|%d|%d|%.2f|%.2f|%s|%s|%s|%s%n", pairs,
                gram, build, fit, cpu, peakMb, dataMb, latency[0], latency[1], loadBefore, loadAfter,
                outcome.replace('|', '/').replace('\n', ' '), stages.toString().isEmpty() ? "–" : stages);
    }

    private static Model fit(Case c, Dataset data, Progress progress) {
        return switch (c) {
            case EASE_GOODBOOKS, EASE_ML20M -> fit(new EaseAlgorithm(), EaseParams.defaults(), data, progress);
            case ITEMKNN_ML20M -> fit(new ItemKnnAlgorithm(), ItemKnnParams.defaults(), data, progress);
            case TRANSITIONS_ML20M -> fit(new SequentialAlgorithm(), SequentialParams.defaults(), data, progress);
            case SLIST_ML20M -> {
                SequentialParams d = SequentialParams.defaults();
                yield fit(new SequentialAlgorithm(), new SequentialParams(SequentialParams.Method.SLIST,
                        d.historyLength(), d.recencyDecay(), d.smoothing(), d.sessionGapHours(), d.alpha(),
                        d.lambda(), d.positionDecay(), d.sessionRecencyDays(), d.window()), data, progress);
            }
        };
    }

    private static <P extends Record & Params> Model fit(Algorithm<P> a, P params, Dataset data, Progress progress) {
        return a.fit(data, params, SEED, progress);
    }

    /**
     * Mean and 99th-percentile milliseconds of {@code recommend(user, 10, unseen)} over {@value #SAMPLED_USERS}
     * users drawn uniformly (seeded) after {@value #WARM_UP_USERS} warm-up calls, one thread; the filter is built
     * outside the timing.
     */
    private static double[] latency(Model model, Dataset data) {
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] ms = new double[SAMPLED_USERS];
        for (int r = -WARM_UP_USERS; r < SAMPLED_USERS; r++) {
            int u = rnd.nextInt(data.userCount());
            var allowed = ItemFilters.unseen(data.byUser(), u);
            long t = System.nanoTime();
            if (model.recommend(u, 10, allowed).isEmpty()) {
                throw new IllegalStateException("no recommendation for user " + u);
            }
            if (r >= 0) {
                ms[r] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        return new double[] {Arrays.stream(ms).average().orElse(Double.NaN), ms[(int) (0.99 * (ms.length - 1))]};
    }

    /** Records the wall time between the first and last update of each progress stage. */
    private static final class StageClock implements Progress {
        private final Map<String, long[]> times = new LinkedHashMap<>();

        @Override public synchronized void update(String stage, long done, long total) {
            long now = System.nanoTime();
            times.computeIfAbsent(stage, s -> new long[] {now, now})[1] = now;
        }

        @Override public boolean isCancelled() {
            return false;
        }

        @Override public synchronized String toString() {
            return times.entrySet().stream().filter(e -> e.getValue()[1] - e.getValue()[0] >= 50_000_000L)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(),
                            (e.getValue()[1] - e.getValue()[0]) / 1e9))
                    .collect(Collectors.joining("; "));
        }
    }

    private static long usedHeapMb() {
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }
}
