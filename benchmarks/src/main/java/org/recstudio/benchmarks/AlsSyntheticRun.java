package org.recstudio.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.als.AlsAlgorithm;
import org.recstudio.engine.model.als.AlsModel;
import org.recstudio.engine.model.als.AlsParams;
import org.recstudio.engine.progress.Progress;

/**
 * The scale part of {@link AlsBenchmark}: a generated MovieLens-20M-shaped matrix (138,493 users, 26,744 items,
 * 20M ratings; users and items long-tailed) fitted by RecStudio ALS at rank 64 in a child JVM with a 3 GB heap,
 * reporting seconds per sweep (from the progress callbacks) and the peak heap.
 */
final class AlsSyntheticRun {

    static final int USERS = 138_493;
    static final int ITEMS = 26_744;
    static final int RATINGS = 20_000_263;
    static final int SWEEPS = 5;

    private AlsSyntheticRun() {
    }

    /** Runs the child and returns a Markdown paragraph with its table. */
    static String runInChild() throws IOException, InterruptedException {
        List<List<String>> rows = new ArrayList<>();
        for (AlsParams.Solver solver : List.of(AlsParams.Solver.CG)) { // CHOLESKY: O(n·k²) per sweep, not run here
            String[] r = AlsBenchmark.child(List.of("-Xmx3g", "--add-modules", "jdk.incubator.vector",
                    "--enable-native-access=ALL-UNNAMED"), AlsBenchmark.class.getName(),
                    List.of("synthetic-child", solver.name()));
            rows.add(List.of("RecStudio ALS, " + solver + (solver == AlsParams.Solver.CG ? " (3 steps)" : ""),
                    r[0], r[1] + " s", r[2] + " s", r[3] + " s", r[4] + " s", r[5] + " MB", r[6]));
            System.out.println(rows.get(rows.size() - 1));
        }
        return "### ALS at scale: MovieLens-20M-shaped synthetic matrix (`AlsSyntheticRun`)\n\n"
                + String.format(Locale.ROOT, "%,d users × %,d items, %,d generated ratings (user and item indexes "
                        + "drawn as n·U² and n·U³ for uniform U: long-tailed; ratings 1–5), rank 64, %d sweeps, child "
                        + "JVM with `-Xmx3g`, all cores. Seconds per sweep come from the progress callbacks (one "
                        + "sweep = items then users, training loss included), as wall time and as CPU seconds of the "
                        + "JVM (÷ 2 cores = the wall time on an otherwise idle machine); \"fit\" is the whole `fit` "
                        + "call (building the confidence matrix, sweeps, fingerprint, model).%n%n", USERS, ITEMS,
                        RATINGS, SWEEPS)
                + AlsBenchmarkReport.table(List.of("model", "distinct user–item pairs", "Dataset build", "fit",
                        "per sweep, wall", "per sweep, CPU", "peak heap during fit", "load average"), rows);
    }

    /** The child: generate, build the Dataset, fit; prints {@code RESULT|pairs|build|fit|wall|CPU|MB|load}. */
    static void child(String[] args) {
        AlsParams.Solver solver = AlsParams.Solver.valueOf(args[1]);
        long t0 = System.nanoTime();
        Dataset data = ScaleData.ML20M.generate(AlsBenchmark.SEED); // timestamps added; ALS ignores them
        double build = (System.nanoTime() - t0) / 1e9;
        System.gc();
        HeapPeaks.reset();
        long[] at = new long[SWEEPS + 1];
        double[] cpuAt = new double[SWEEPS + 1];
        Progress timing = new Progress() {
            @Override public void update(String stage, long done, long total) {
                if (stage.equals("ALS")) {
                    at[(int) done] = System.nanoTime();
                    cpuAt[(int) done] = AlsBenchmarkReport.processCpuSeconds();
                }
            }

            @Override public boolean isCancelled() {
                return false;
            }
        };
        long f0 = System.nanoTime();
        AlsModel m = new AlsAlgorithm().fit(data, AlsParams.defaults().withIterations(SWEEPS).withSolver(solver),
                AlsBenchmark.SEED, timing);
        double fit = (System.nanoTime() - f0) / 1e9;
        double perSweep = (at[SWEEPS] - at[0]) / 1e9 / SWEEPS;
        double cpuPerSweep = (cpuAt[SWEEPS] - cpuAt[0]) / SWEEPS;
        System.out.printf(Locale.ROOT, "RESULT|%,d|%.1f|%.1f|%.2f|%.2f|%d|%s%n", ScaleData.distinctPairs(data), build,
                fit, perSweep, cpuPerSweep, HeapPeaks.peakMb(), AlsBenchmarkReport.load());
    }

}
