package org.recstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.als.AlsAlgorithm;
import org.recstudio.engine.model.als.AlsModel;
import org.recstudio.engine.model.als.AlsParams;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.ExactTopK;
import org.recstudio.engine.retrieval.HnswIndex;
import org.recstudio.engine.retrieval.HnswParams;
import org.recstudio.engine.retrieval.Similarity;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/**
 * Approximate top-10 over a million items: HNSW (the default {@link HnswParams}, both inner-product graphs) against
 * exact search, with recall@10, build time, graph memory and per-query latency percentiles. No public catalogue
 * here has a million items with learned factors, so the million item vectors are drawn around the real ALS item
 * factors of the MovieLens 1M subset (each a random real factor plus Gaussian noise of half the per-dimension spread
 * of the real factors) and the queries are the real user factors.
 */
final class RetrievalMillion {

    /** The catalogue size; {@code -Dretrieval.items=N} tries a smaller one first. */
    static final int ITEMS = Integer.getInteger("retrieval.items", 1_000_000);
    static final int QUERIES = 2_000;
    static final int USERS = Integer.getInteger("retrieval.users", 200_000);
    static final int INTERACTIONS = Integer.getInteger("retrieval.interactions", 20_000_000);
    static final int PER_TOPIC = 500;
    static final int PERSONAL = 4;
    private static final int[] EF = {20, 50, 100, 200, 400};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RetrievalMillion() {
    }

    static String section() {
        long g0 = System.nanoTime();
        Dataset data = topicCatalogue(ITEMS, USERS, INTERACTIONS, AlsBenchmark.SEED);
        double gen = (System.nanoTime() - g0) / 1e9;
        long f0 = System.nanoTime();
        AlsModel m = new AlsAlgorithm().fit(data, AlsParams.defaults(), AlsBenchmark.SEED, Progress.NONE);
        double fit = (System.nanoTime() - f0) / 1e9;
        System.err.printf("catalogue %.1f s, ALS fit %.1f s%n", gen, fit);
        int dim = m.factors();
        float[] items = m.itemFactors();
        float[] users = m.userFactors();
        int nq = Math.min(QUERIES, m.userCount());
        float[] queries = new float[nq * dim];
        for (int q = 0; q < nq; q++) { // users spread evenly over the activity range
            int u = (int) ((long) q * m.userCount() / nq);
            System.arraycopy(users, u * dim, queries, q * dim, dim);
        }
        data = null; // the interactions are not needed any more
        long t0 = System.nanoTime();
        ExactTopK.Searcher exact = new ExactTopK.Searcher(items, dim, 10);
        int[][] truth = new int[nq][];
        double[] exactMs = new double[nq];
        double[] exactCpuMs = new double[nq];
        for (int q = 0; q < nq; q++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            truth[q] = exact.search(queries, q * dim, i -> true).drainIndexes();
            exactMs[q] = (System.nanoTime() - a) / 1e6;
            exactCpuMs[q] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        System.err.printf("exact truth for %d queries: %.1f s%n", nq, (System.nanoTime() - t0) / 1e9);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long b0 = System.nanoTime();
        HnswIndex h = HnswIndex.build(items, dim, Similarity.INNER_PRODUCT, HnswParams.defaults(),
                AlsBenchmark.SEED, new Progress() {
                    private long last;

                    @Override public void update(String stage, long done, long total) {
                        if (done - last >= 100_000 || done == total) {
                            last = done;
                            System.err.printf("HNSW %,d / %,d (%.0f s)%n", done, total, (System.nanoTime() - b0) / 1e9);
                        }
                    }

                    @Override public boolean isCancelled() {
                        return false;
                    }
                });
        double build = (System.nanoTime() - b0) / 1e9;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        List<List<String>> rows = new ArrayList<>();
        List<String> ex = RetrievalBenchmark.latencyRow("", exactMs);
        List<String> exCpu = RetrievalBenchmark.latencyRow("", exactCpuMs);
        rows.add(List.of("exact (`ExactTopK`, two-pass)", "–", "1.000", ex.get(2), ex.get(3), exCpu.get(2),
                exCpu.get(3)));
        for (int ef : EF) {
            double[] lat = new double[nq];
            double[] cpu = new double[nq];
            long hits = 0;
            for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                hits = 0;
                for (int q = 0; q < nq; q++) {
                    float[] query = Arrays.copyOfRange(queries, q * dim, (q + 1) * dim);
                    long c = THREADS.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    List<ScoredItem> got = h.search(query, 10, ef, i -> true);
                    lat[q] = (System.nanoTime() - a) / 1e6;
                    cpu[q] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                    for (ScoredItem x : got) {
                        for (int t : truth[q]) {
                            hits += t == x.item() ? 1 : 0;
                        }
                    }
                }
            }
            List<String> l = RetrievalBenchmark.latencyRow("", lat);
            List<String> lc = RetrievalBenchmark.latencyRow("", cpu);
            rows.add(List.of("HNSW, both graphs", Integer.toString(ef),
                    String.format(Locale.ROOT, "%.3f", hits / (10.0 * nq)), l.get(2), l.get(3), lc.get(2),
                    lc.get(3)));
            System.err.println(rows.get(rows.size() - 1));
        }
        return String.format(Locale.ROOT, "%,d items × %d dims, %,d queries, inner product. No public dataset here has "
                        + "a million items, so the vectors are learned ones: %,d interactions of %,d users generated "
                        + "from a topic model (seed %d: %,d topics of %d items each; a user mixes four personal "
                        + "topics with flat-Dirichlet weights, 10%% of events from any topic; activity and item "
                        + "popularity long-tailed) in "
                        + "%.0f s, then RecStudio ALS (rank 64, 15 iterations, defaults) fitted in %.0f s; its item "
                        + "factors are the catalogue and %,d of its user factors, spread over the activity range, the "
                        + "queries. HNSW: Lucene, M 16, efConstruction 100, `BOTH` inner-product graphs (the "
                        + "default), built on one thread in %.0f s; the graphs take about %,d MB of heap. Each efSearch row runs the queries twice and reports the second pass; the "
                        + "exact row is the ground truth, one pass. Latency is given as wall time and as the CPU "
                        + "time of the querying thread (the two agree on an idle machine; under other load the wall "
                        + "tail grows). Target: p99 ≤ 2 ms at recall@10 ≥ 0.95.%n%n"
                        + "Two harder, unlearned catalogue shapes were measured once while other jobs ran (load 4–9), "
                        + "and HNSW does badly on both — the default params are no guarantee for every vector set: "
                        + "(1) the 3,615 real ALS item factors of the MovieLens 1M subset each copied ~277 times "
                        + "with Gaussian noise of 0.5 × the per-dimension spread (near-duplicate clusters), 1M "
                        + "items: recall@10 0.31 / 0.41 / 0.54 / 0.68 at efSearch 50 / 100 / 200 / 400; (2) 100K "
                        + "vectors drawn from a Gaussian with the mean and covariance of those real factors (no "
                        + "low-dimensional structure at all): 0.51 / 0.62 / 0.73 at efSearch 50 / 100 / 200. "
                        + "Learned factors have far lower intrinsic dimension than either.%n%n",
                ITEMS, dim, nq, INTERACTIONS, USERS, AlsBenchmark.SEED, ITEMS / PER_TOPIC, PER_TOPIC, gen, fit, nq, build,
                (after - before) >> 20)
                + AlsBenchmarkReport.table(List.of("search", "efSearch", "recall@10", "p50 wall", "p99 wall",
                        "p50 thread CPU", "p99 thread CPU"), rows)
                + "\nRe-run: `./mvnw -B -Pbenchmarks -pl benchmarks -am install -DskipTests && ./mvnw -B -Pbenchmarks "
                + "-pl benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.RetrievalBenchmark "
                + "-Dbench.args=million -Dbench.xmx=10g`\n";
    }

    /**
     * Interactions from a topic model: {@code items / 500} topics of 500 items each (item i in topic i mod topics);
     * each user mixes four personal topics with weights from a flat Dirichlet, and 10% of events come from a
     * uniformly random topic; the item within a topic sits at a long-tailed position (500·U²), and user activity
     * is long-tailed (n·U²).
     */
    static Dataset topicCatalogue(int items, int users, int interactions, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int topics = items / PER_TOPIC;
        int[][] personal = new int[users][PERSONAL];
        double[][] weight = new double[users][PERSONAL];
        for (int u = 0; u < users; u++) {
            double sum = 0;
            for (int j = 0; j < PERSONAL; j++) {
                personal[u][j] = rnd.nextInt(topics);
                weight[u][j] = -Math.log(1 - rnd.nextDouble()); // Exp(1): normalised, a flat Dirichlet
                sum += weight[u][j];
            }
            double acc = 0;
            for (int j = 0; j < PERSONAL; j++) { // cumulative
                acc += weight[u][j] / sum;
                weight[u][j] = acc;
            }
        }
        int[] user = new int[interactions];
        int[] item = new int[interactions];
        float[] value = new float[interactions];
        for (int e = 0; e < interactions; e++) {
            double a = rnd.nextDouble();
            int u = (int) (users * a * a);
            int topic;
            if (rnd.nextDouble() < 0.1) {
                topic = rnd.nextInt(topics);
            } else {
                double pick = rnd.nextDouble();
                int j = 0;
                while (j < PERSONAL - 1 && pick >= weight[u][j]) {
                    j++;
                }
                topic = personal[u][j];
            }
            double b = rnd.nextDouble();
            user[e] = u;
            item[e] = (int) (PER_TOPIC * b * b) * topics + topic;
            value[e] = 1;
        }
        DatasetInfo info = new DatasetInfo(0, "topic-model", "generated", Instant.EPOCH, 1, items, users,
                interactions);
        return Dataset.of(info, ScaleData.ids("u", users), ScaleData.ids("i", items), List.of(new EventType(0, "play", 1, true)),
                new InteractionColumns(interactions, user, item, new int[interactions], value,
                        new long[interactions], null), Progress.NONE);
    }
}
