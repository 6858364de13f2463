package org.recstudio.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.model.als.AlsAlgorithm;
import org.recstudio.engine.model.als.AlsModel;
import org.recstudio.engine.model.als.AlsParams;
import org.recstudio.engine.progress.Progress;

/**
 * RecStudio's implicit ALS side by side with Apache Spark MLlib's on MovieLens 100K and the MovieLens 1M users
 * 1–2999 subset: fit wall time of both and HR@10 / NDCG@10 / Recall@20 / Coverage@10 of both under the temporal
 * leave-last-out protocol of {@code shared/benchmarks/anchors.md}, the same training data (everything but each
 * user's last interaction, rating = strength) and the same settings (rank 64, 15 iterations, λ 0.1, alpha 1).
 * Spark runs in a child JVM in {@code local[2]} ({@link SparkAls}); its factors come back and are evaluated by the
 * same code. Then a MovieLens-20M-shaped synthetic matrix measures seconds per sweep in a 3 GB heap
 * ({@link AlsSyntheticRun}). Writes the tables to {@code docs/benchmarks/algorithms.md}.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmarks,spark -pl benchmarks -am install -DskipTests && ./mvnw -B
 * -Pbenchmarks,spark -pl benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.AlsBenchmark
 * -Dbench.args=all} (without {@code spark} the Spark rows are skipped).
 */
public final class AlsBenchmark {

    static final long SEED = 42;
    private static final int REPEATS = 2;

    private AlsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        if (mode.equals("synthetic-child")) {
            AlsSyntheticRun.child(args);
            return;
        }
        Path root = Path.of(System.getProperty("recstudio.projectRoot", "."));
        Path datasets = root.resolve("../shared/datasets");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> ratios = new ArrayList<>();
        String loadBefore = AlsBenchmarkReport.load();
        if (!mode.equals("synthetic")) {
            run(AlsBenchmarkData.movieLens100k(datasets.resolve("movielens-100k/u.data")), rows, ratios);
            run(AlsBenchmarkData.movieLens1mSubset(
                    datasets.resolve("movielens-1m/partial/ratings_first487650.dat.gz")), rows, ratios);
        }
        String loadAfter = AlsBenchmarkReport.load();
        String synthetic = mode.equals("ml") ? "" : AlsSyntheticRun.runInChild();
        String md = "## Implicit ALS: RecStudio vs Spark MLlib (`AlsBenchmark`)\n\n"
                + "Measured on " + AlsBenchmarkReport.machine() + "; system load average " + loadBefore + " before "
                + "and " + loadAfter + " after the MovieLens runs (wall times grow with any load above ~1 on these 2 "
                + "cores; CPU seconds are the steadier measure). Protocol: `shared/benchmarks/anchors.md` "
                + "(temporal leave-last-out; models fitted on every interaction except each user's last; full "
                + "ranking minus the user's fitted items; ties by item id). Same data and settings for both: rating "
                + "as the implicit strength, confidence 1 + alpha·rating, rank 64, 15 iterations, λ 0.1, alpha 1, "
                + "seed 42. Fit is the fit call (RecStudio: from `Dataset` to model, 2 worker threads; Spark: "
                + "`ALS.fit` on a cached DataFrame in `local[2]`, session start-up excluded); \"first\" is the first "
                + "fit in a fresh JVM, \"repeat\" a second identical fit in the same JVM; CPU is the CPU seconds of "
                + "the whole JVM (all threads, GC included) during the repeat fit. The other RecStudio rows are "
                + "fitted once, after those (warm JVM). Spark scales λ by each user's/item's number of ratings "
                + "(weighted-λ, Zhou et al. 2008); RecStudio's default, like `implicit`, does not, so one row fits "
                + "Spark's objective exactly (`scaleRegularization=true`). With 943 / 2,999 test users one NDCG@10 "
                + "has a standard error of about 0.006 / 0.004, so the ratio table gives the paired difference with "
                + "its 95% interval.\n\n"
                + AlsBenchmarkReport.table(List.of("dataset", "model", "fit (first)", "fit (repeat)", "CPU (repeat)",
                        "HR@10", "NDCG@10", "Recall@20", "Cov@10", "NDCG@10, untied users"), rows)
                + "\n" + AlsBenchmarkReport.table(List.of("dataset", "Spark ÷ RecStudio fit, wall (repeat)",
                        "Spark ÷ RecStudio fit, CPU (repeat)", "Spark ÷ RecStudio fit, wall (first)",
                        "NDCG@10 RecStudio − Spark (paired, 95% CI)"), ratios)
                + "\n" + synthetic
                + "\nRe-run: `./mvnw -B -Pbenchmarks,spark -pl benchmarks -am install -DskipTests && ./mvnw -B "
                + "-Pbenchmarks,spark -pl benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.AlsBenchmark "
                + "-Dbench.args=all`\n";
        System.out.println(md);
        AlsBenchmarkReport.writeSection("als", md);
    }

    /** Wall and CPU seconds of fits, first to last. */
    private record Timing(double[] wall, double[] cpu) {
    }

    /** Fits {@code times} times, recording each fit's wall and CPU seconds; returns the last model. */
    private static AlsModel fit(AlsBenchmarkData.Split s, AlsParams p, int times, double[] wall, double[] cpu) {
        AlsModel out = null;
        for (int r = 0; r < times; r++) {
            long t0 = System.nanoTime();
            double c0 = AlsBenchmarkReport.processCpuSeconds();
            out = new AlsAlgorithm().fit(s.fit(), p, SEED, Progress.NONE);
            wall[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = AlsBenchmarkReport.processCpuSeconds() - c0;
        }
        return out;
    }

    private static AlsBenchmarkMetrics metrics(AlsBenchmarkData.Split s, float[] users, float[] items) {
        return AlsBenchmarkMetrics.of(users, items, 64, s.fit().byUser(), s.test(), s.testTied());
    }

    private static void run(AlsBenchmarkData.Split s, List<List<String>> rows, List<List<String>> ratios)
            throws IOException, InterruptedException {
        System.out.printf("%s: %,d users, %,d items, %,d ratings%n", s.name(), s.users(), s.items(), s.interactions());
        Timing cgT = new Timing(new double[REPEATS], new double[REPEATS]);
        AlsModel model = fit(s, AlsParams.defaults(), REPEATS, cgT.wall(), cgT.cpu());
        AlsBenchmarkMetrics mCg = metrics(s, model.userFactors(), model.itemFactors());
        rows.add(row(s.name(), "RecStudio ALS, CG (3 steps), default", cgT, mCg));
        AlsParams sparkLike = new AlsParams(64, 15, 0.1, true, 1.0, AlsParams.Confidence.LINEAR, 1.0,
                AlsParams.Solver.CG, 3, 0);
        Timing scT = new Timing(new double[1], new double[1]);
        AlsModel scaled = fit(s, sparkLike, 1, scT.wall(), scT.cpu());
        rows.add(row(s.name(), "RecStudio ALS, CG, λ scaled by activity (Spark's objective)", scT,
                metrics(s, scaled.userFactors(), scaled.itemFactors())));
        Timing exT = new Timing(new double[1], new double[1]);
        AlsModel ex = fit(s, AlsParams.defaults().withSolver(AlsParams.Solver.CHOLESKY), 1, exT.wall(), exT.cpu());
        rows.add(row(s.name(), "RecStudio ALS, Cholesky (exact)", exT, metrics(s, ex.userFactors(), ex.itemFactors())));
        if (!SparkAls.available()) {
            System.out.println("Spark MLlib not on the class path (run with -Pbenchmarks,spark): Spark rows skipped");
            rows.add(List.of(s.name(), "Spark MLlib ALS", "not run (needs -Pspark)", "", "", "", "", "", "", ""));
            return;
        }
        SparkAls.Result spark = SparkAls.fit(s.fit(), 64, 15, 0.1, 1.0, SEED, REPEATS);
        AlsBenchmarkMetrics mSpark = metrics(s, spark.users(), spark.items());
        Timing spT = new Timing(spark.seconds(), spark.cpuSeconds());
        rows.add(row(s.name(), "Spark MLlib " + spark.version() + " ALS, local[2]", spT, mSpark));
        double[] diff = mCg.pairedDifference(mSpark);
        int last = REPEATS - 1;
        ratios.add(List.of(s.name(), ratio(spT.wall()[last], cgT.wall()[last]), ratio(spT.cpu()[last], cgT.cpu()[last]),
                ratio(spT.wall()[0], cgT.wall()[0]), String.format(Locale.ROOT, "%+.4f ± %.4f", diff[0], diff[1])));
        System.out.println(ratios.get(ratios.size() - 1));
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.1f×", a / b);
    }

    private static List<String> row(String dataset, String model, Timing t, AlsBenchmarkMetrics m) {
        int last = t.wall().length - 1;
        List<String> r = List.of(dataset, model, String.format(Locale.ROOT, "%.2f s", t.wall()[0]),
                last > 0 ? String.format(Locale.ROOT, "%.2f s", t.wall()[last]) : "–",
                String.format(Locale.ROOT, "%.2f s", t.cpu()[last]),
                f4(m.hr10()), f4(m.ndcg10()), f4(m.recall20()), f4(m.coverage10()),
                f4(m.ndcg10Untied()) + " (" + m.untiedUsers() + " users)");
        System.out.println(r);
        return r;
    }

    static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Writes (user, item, strength) triples of {@code byUser} for a peer library. */
    static void writeTriples(CsrMatrix byUser, Path file) throws IOException {
        try (DataOutputStream d = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            d.writeInt(byUser.rows());
            d.writeInt(byUser.cols());
            d.writeInt(byUser.nnz());
            for (int u = 0; u < byUser.rows(); u++) {
                for (int e = byUser.start(u); e < byUser.end(u); e++) {
                    d.writeInt(u);
                    d.writeInt(byUser.col(e));
                    d.writeFloat(byUser.strength(e));
                }
            }
        }
    }

    /** Reads the factors a peer library wrote: users, items, rank, then both matrices row-major. */
    static float[][] readFactors(Path file) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int users = d.readInt();
            int items = d.readInt();
            int rank = d.readInt();
            float[] u = new float[users * rank];
            float[] i = new float[items * rank];
            for (int j = 0; j < u.length; j++) {
                u[j] = d.readFloat();
            }
            for (int j = 0; j < i.length; j++) {
                i[j] = d.readFloat();
            }
            return new float[][] {u, i};
        }
    }

    /** Runs {@code mainClass} in a child JVM with the same class path and returns its {@code RESULT|} fields. */
    static String[] child(List<String> jvmArgs, String mainClass, List<String> args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("RESULT|")) {
            throw new IllegalStateException("child " + mainClass + " " + args + " failed:\n" + out);
        }
        String line = out.lines().filter(l -> l.startsWith("RESULT|")).reduce((a, b) -> b).orElseThrow();
        return line.substring("RESULT|".length()).split("\\|");
    }
}
