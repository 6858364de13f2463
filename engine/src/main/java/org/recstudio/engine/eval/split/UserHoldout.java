package org.recstudio.engine.eval.split;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * User holdout (strong generalisation, Marlin 2004; Liang et al. 2018): a seeded share of users is held out; each
 * held-out user contributes the earliest {@code foldInShare} of their history as the fold-in part and the rest as
 * the test items. The other users train with their whole history.
 *
 * <p>Fold-in: the model interface has no generic way to fold a new user in without refitting, so the fold-in parts
 * are part of the training data and every model is refitted with them ({@code fold_in: "retrain"} in the protocol).
 * The held-out users' test items stay unseen and later than their fold-in part; what differs from true strong
 * generalisation is that their fold-in interactions also shape the model for everyone else.
 *
 * @param userShare   share of users (with at least two interactions) held out, in (0, 1]
 * @param foldInShare share of each held-out user's history (earliest first) given as fold-in, in (0, 1)
 */
public record UserHoldout(double userShare, double foldInShare) implements Splitter {

    public UserHoldout {
        if (!(userShare > 0 && userShare <= 1)) {
            throw new IllegalArgumentException("userShare must be in (0, 1], got " + userShare);
        }
        if (!(foldInShare > 0 && foldInShare < 1)) {
            throw new IllegalArgumentException("foldInShare must be in (0, 1), got " + foldInShare);
        }
    }

    @Override public String name() {
        return "user-holdout";
    }

    @Override public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("user_share", userShare);
        m.put("fold_in_share", foldInShare);
        m.put("fold_in", "retrain");
        m.put("leaks_future", false);
        return m;
    }

    @Override public boolean leaksFuture() {
        return false;
    }

    @Override public Assignment assign(Dataset data, long seed) {
        CsrMatrix rows = data.byUser();
        int users = data.userCount();
        int[] candidates = new int[users];
        int c = 0;
        boolean[] skipped = new boolean[users];
        for (int u = 0; u < users; u++) {
            if (rows.rowLength(u) >= 2) {
                candidates[c++] = u;
            } else if (rows.rowLength(u) == 1) {
                skipped[u] = true;
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = c - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = t;
        }
        int heldUsers = (int) Math.round(c * userShare);
        boolean[] held = new boolean[rows.nnz()];
        boolean[] boundary = new boolean[users];
        for (int i = 0; i < heldUsers; i++) {
            int u = candidates[i];
            int s = rows.start(u);
            int len = rows.rowLength(u);
            int foldIn = Math.min(len - 1, Math.max(1, (int) Math.ceil(len * foldInShare)));
            for (int k = s + foldIn; k < s + len; k++) {
                held[k] = true;
            }
            boundary[u] = rows.time(s + foldIn - 1) == rows.time(s + foldIn);
        }
        return new Assignment(held, boundary, skipped);
    }
}
