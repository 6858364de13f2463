package org.recstudio.engine.eval.split;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * Temporal leave-last-N per user: each user's last {@code n} interactions (by time, ties ordered by the
 * {@link TieRule}) are held out; with {@link TieRule#LAST_GROUP} the last {@code n} timestamp groups are held out
 * whole. The validation split takes the next-to-last ones from the training data the same way.
 *
 * <p>A user keeps at least {@code minTrain} training interactions; shorter histories stay wholly in training and
 * are counted as skipped. Leave-last-out is {@code n = 1}.
 *
 * @param n        interactions (or timestamp groups) held out per user, at least 1
 * @param ties     how same-timestamp interactions are ordered
 * @param minTrain the fewest training interactions a user must keep to be evaluated, at least 0
 */
public record LeaveLastN(int n, TieRule ties, int minTrain) implements Splitter {

    public LeaveLastN {
        if (n < 1) {
            throw new IllegalArgumentException("leave-last-N needs n >= 1, got " + n);
        }
        if (ties == null) {
            throw new IllegalArgumentException("leave-last-N needs a tie rule (item-id, random or last-group)");
        }
        if (minTrain < 0) {
            throw new IllegalArgumentException("minTrain must be >= 0, got " + minTrain);
        }
    }

    /** Leave-last-out (n = 1) with the given tie rule, keeping at least one training interaction. */
    public static LeaveLastN lastOut(TieRule ties) {
        return new LeaveLastN(1, ties, 1);
    }

    @Override public String name() {
        return n == 1 ? "leave-last-out" : "leave-last-n";
    }

    @Override public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("n", n);
        m.put("ties", ties.label());
        m.put("min_train", minTrain);
        m.put("leaks_future", false);
        return m;
    }

    @Override public boolean leaksFuture() {
        return false;
    }

    @Override public Assignment assign(Dataset data, long seed) {
        CsrMatrix rows = data.byUser();
        boolean[] held = new boolean[rows.nnz()];
        boolean[] boundary = new boolean[data.userCount()];
        boolean[] skipped = new boolean[data.userCount()];
        int[] idRank = ties == TieRule.ITEM_ID ? ItemIdOrder.ranks(data.items()) : null;
        for (int u = 0; u < data.userCount(); u++) {
            int s = rows.start(u);
            int e = rows.end(u);
            if (e == s) {
                continue;
            }
            if (ties == TieRule.LAST_GROUP) {
                int cut = e;
                for (int g = 0; g < n && cut > s; g++) {
                    long t = rows.time(cut - 1);
                    while (cut > s && rows.time(cut - 1) == t) {
                        cut--;
                    }
                }
                if (cut - s < minTrain || cut == e) {
                    skipped[u] = true;
                    continue;
                }
                for (int k = cut; k < e; k++) {
                    held[k] = true;
                }
                continue;
            }
            if (e - s - n < minTrain) {
                skipped[u] = true;
                continue;
            }
            int[] order = ordered(rows, s, e, idRank, seed, u);
            for (int r = e - s - n; r < e - s; r++) {
                held[order[r]] = true;
            }
            int lastTrain = e - s - n - 1;
            boundary[u] = lastTrain >= 0 && rows.time(order[lastTrain]) == rows.time(order[lastTrain + 1]);
        }
        return new Assignment(held, boundary, skipped);
    }

    /** The entries s..e-1 in protocol order: by time, ties by id rank or a seeded per-user shuffle. */
    private int[] ordered(CsrMatrix rows, int s, int e, int[] idRank, long seed, int user) {
        int len = e - s;
        int[] order = new int[len];
        for (int r = 0; r < len; r++) {
            order[r] = s + r;
        }
        SplittableRandom rnd = idRank == null ? new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (user + 1))) : null;
        int g = 0;
        while (g < len) {
            int h = g + 1;
            while (h < len && rows.time(order[h]) == rows.time(order[g])) {
                h++;
            }
            if (h - g > 1) {
                if (idRank != null) {
                    sortByRank(order, g, h, rows, idRank);
                } else {
                    for (int i = h - 1; i > g; i--) {
                        int j = g + rnd.nextInt(i - g + 1);
                        int t = order[i];
                        order[i] = order[j];
                        order[j] = t;
                    }
                }
            }
            g = h;
        }
        return order;
    }

    private static void sortByRank(int[] order, int from, int to, CsrMatrix rows, int[] idRank) {
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            keys[i - from] = ((long) idRank[rows.col(order[i])] << 32) | order[i];
        }
        java.util.Arrays.sort(keys);
        for (int i = from; i < to; i++) {
            order[i] = (int) keys[i - from];
        }
    }
}
