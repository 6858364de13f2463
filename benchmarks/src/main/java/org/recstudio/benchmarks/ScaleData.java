package org.recstudio.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/**
 * The generated long-tailed datasets of {@link ScaleBenchmark}: user and item indexes drawn as {@code n·U²} and
 * {@code n·U³} for uniform {@code U} (the recipe of {@link AlsSyntheticRun}, so the 20M shape is the same matrix),
 * ratings 1–5 and a timestamp per interaction, uniform over four years at one-second resolution, so that the
 * sequential models see an order.
 *
 * @param name         the table's name for the shape
 * @param users        users
 * @param items        items
 * @param interactions generated interactions (duplicates of a user–item pair included)
 */
record ScaleData(String name, int users, int items, int interactions) {

    /** MovieLens 20M's shape: 138,493 users, 26,744 items, 20,000,263 ratings. */
    static final ScaleData ML20M = new ScaleData("MovieLens-20M-shaped", AlsSyntheticRun.USERS, AlsSyntheticRun.ITEMS,
            AlsSyntheticRun.RATINGS);
    /** goodbooks-10k's shape (its ratings file is not available here): 53,424 users, 10,000 books, 5,976,479
     * ratings. */
    static final ScaleData GOODBOOKS = new ScaleData("goodbooks-10k-shaped", 53_424, 10_000, 5_976_479);

    private static final long START_MS = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();
    private static final long SPAN_S = 4 * 365 * 86_400L;

    /** Generates the interactions with {@code seed} (times from an independent stream) and indexes them. */
    Dataset generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        SplittableRandom clock = new SplittableRandom(seed + 1);
        int[] user = new int[interactions];
        int[] item = new int[interactions];
        float[] value = new float[interactions];
        long[] time = new long[interactions];
        for (int e = 0; e < interactions; e++) {
            double a = rnd.nextDouble();
            double b = rnd.nextDouble();
            user[e] = (int) (users * a * a);
            item[e] = (int) (items * b * b * b);
            value[e] = 1 + rnd.nextInt(5);
            time[e] = START_MS + 1000 * clock.nextLong(SPAN_S);
        }
        DatasetInfo info = new DatasetInfo(0, name, "generated", Instant.EPOCH, 1, items, users, interactions);
        return Dataset.of(info, ids("u", users), ids("i", items), List.of(new EventType(0, "rating", 1, true)),
                new InteractionColumns(interactions, user, item, new int[interactions], value, time, null),
                Progress.NONE);
    }

    /** Ids {@code prefix0, prefix1, …} for {@code n} users or items. */
    static IdIndex ids(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return new IdIndex(out);
    }

    /** The number of distinct user–item pairs of {@code d}. */
    static long distinctPairs(Dataset d) {
        CsrMatrix m = d.byUser();
        java.util.BitSet seen = new java.util.BitSet(d.itemCount());
        long n = 0;
        for (int u = 0; u < m.rows(); u++) {
            seen.clear();
            for (int e = m.start(u); e < m.end(u); e++) {
                if (!seen.get(m.col(e))) {
                    seen.set(m.col(e));
                    n++;
                }
            }
        }
        return n;
    }

    /** {@code Σ_u (distinct items of u)²}: the multiply-adds of an item-item co-occurrence (Gram) matrix. */
    static double gramCost(Dataset d) {
        CsrMatrix m = d.byUser();
        java.util.BitSet seen = new java.util.BitSet(d.itemCount());
        double sum = 0;
        for (int u = 0; u < m.rows(); u++) {
            seen.clear();
            long len = 0;
            for (int e = m.start(u); e < m.end(u); e++) {
                if (!seen.get(m.col(e))) {
                    seen.set(m.col(e));
                    len++;
                }
            }
            sum += (double) len * len;
        }
        return sum;
    }
}
