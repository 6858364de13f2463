package org.recstudio.engine.eval.split;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * Random holdout: a seeded random share of each user's interactions is held out, regardless of time. Allowed for
 * comparison with older work, but it trains on interactions later than the test ones, so every result made with it
 * is labelled {@code leaks_future: true}.
 *
 * @param testShare share of each user's interactions held out, in (0, 1); every user keeps one training interaction
 */
public record RandomHoldout(double testShare) implements Splitter {

    public RandomHoldout {
        if (!(testShare > 0 && testShare < 1)) {
            throw new IllegalArgumentException("testShare must be in (0, 1), got " + testShare);
        }
    }

    @Override public String name() {
        return "random-holdout";
    }

    @Override public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("test_share", testShare);
        m.put("leaks_future", true);
        return m;
    }

    @Override public boolean leaksFuture() {
        return true;
    }

    @Override public Assignment assign(Dataset data, long seed) {
        CsrMatrix rows = data.byUser();
        boolean[] held = new boolean[rows.nnz()];
        boolean[] skipped = new boolean[data.userCount()];
        for (int u = 0; u < data.userCount(); u++) {
            int s = rows.start(u);
            int len = rows.rowLength(u);
            if (len < 2) {
                skipped[u] = len == 1;
                continue;
            }
            int test = Math.min(len - 1, Math.max(1, (int) Math.round(len * testShare)));
            int[] order = new int[len];
            for (int r = 0; r < len; r++) {
                order[r] = s + r;
            }
            SplittableRandom rnd = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (u + 1)));
            for (int i = len - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int r = 0; r < test; r++) {
                held[order[r]] = true;
            }
        }
        return new Assignment(held, new boolean[data.userCount()], skipped);
    }
}
