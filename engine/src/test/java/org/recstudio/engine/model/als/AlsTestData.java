package org.recstudio.engine.model.als;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/** Small random datasets for the ALS tests: one valued "rating" event, so strength = value. */
final class AlsTestData {

    private AlsTestData() {
    }

    /** Rows (user, item, value) of a dataset. */
    record Rows(int users, int items, int[] user, int[] item, float[] value) {
        int size() {
            return user.length;
        }
    }

    /** Each user × item cell present with probability {@code density}, values 1–5; plus the given extras. */
    static Rows random(int users, int items, double density, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<int[]> cells = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                if (rnd.nextDouble() < density) {
                    cells.add(new int[] {u, i});
                    values.add((float) (1 + rnd.nextInt(5)));
                }
            }
        }
        int n = cells.size();
        int[] uu = new int[n];
        int[] ii = new int[n];
        float[] vv = new float[n];
        for (int e = 0; e < n; e++) {
            uu[e] = cells.get(e)[0];
            ii[e] = cells.get(e)[1];
            vv[e] = values.get(e);
        }
        return new Rows(users, items, uu, ii, vv);
    }

    /** {@code rows} plus extra rows (duplicates and negatives allowed). */
    static Rows with(Rows r, int[] user, int[] item, float[] value) {
        int n = r.size();
        int m = user.length;
        int[] uu = java.util.Arrays.copyOf(r.user(), n + m);
        int[] ii = java.util.Arrays.copyOf(r.item(), n + m);
        float[] vv = java.util.Arrays.copyOf(r.value(), n + m);
        System.arraycopy(user, 0, uu, n, m);
        System.arraycopy(item, 0, ii, n, m);
        System.arraycopy(value, 0, vv, n, m);
        return new Rows(r.users(), r.items(), uu, ii, vv);
    }

    static Dataset dataset(Rows r) {
        int n = r.size();
        long[] time = new long[n];
        for (int e = 0; e < n; e++) {
            time[e] = 1_000L * e;
        }
        List<String> userIds = new ArrayList<>();
        for (int u = 0; u < r.users(); u++) {
            userIds.add("u" + u);
        }
        List<String> itemIds = new ArrayList<>();
        for (int i = 0; i < r.items(); i++) {
            itemIds.add("i" + i);
        }
        DatasetInfo info = new DatasetInfo(1, "test", "", Instant.EPOCH, 1, r.items(), r.users(), n);
        return Dataset.of(info, new IdIndex(userIds), new IdIndex(itemIds),
                List.of(new EventType(0, "rating", 1, true)),
                new InteractionColumns(n, r.user(), r.item(), new int[n], r.value(), time, null), Progress.NONE);
    }

    /** The aggregated strength of every cell, {@code [user][item]}, summed over duplicates. */
    static double[][] dense(Rows r) {
        double[][] w = new double[r.users()][r.items()];
        for (int e = 0; e < r.size(); e++) {
            w[r.user()[e]][r.item()[e]] += r.value()[e];
        }
        return w;
    }
}
