package org.recstudio.engine.model.als;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.retrieval.TopKHeap;

/**
 * Splits an ALS score into per-history-item contributions, as the {@code implicit} library's {@code explain}
 * does (after Hu, Koren &amp; Volinsky 2008, §5).
 *
 * <p>The text never names a user or item by its internal index: the explanation belongs to the scored item, and
 * each contribution carries its history item in {@link Explanation.Contribution#item()} for the caller to show by
 * id or title, as the other models' explanations do.
 */
final class AlsExplainer {

    /** History items listed one by one; the rest are summed into one contribution. */
    static final int LISTED = 10;

    private AlsExplainer() {
    }

    static Explanation explain(int user, int item, ImplicitMatrix history, float[] items, double[] gram,
                               double lambda, int k, float modelScore) {
        int from = history.ptr[user];
        int to = history.ptr[user + 1];
        if (from == to) {
            return new Explanation(String.format(Locale.ROOT,
                    "score %.4f: the user has no training history, so no history item explains it", modelScore),
                    List.of());
        }
        NormalEquations ne = new NormalEquations(k);
        ne.build(gram, lambda, items, history.col, history.conf, from, to);
        ne.factor("user " + user);
        double[] wy = new double[k];
        for (int j = 0; j < k; j++) {
            wy[j] = items[item * k + j];
        }
        ne.solve(wy); // W⁻¹ yᵢ
        int liked = 0;
        double total = 0;
        double[] weight = new double[to - from];
        TopKHeap top = new TopKHeap(LISTED);
        for (int e = from; e < to; e++) {
            float cs = history.conf[e];
            if (cs <= 0) {
                continue; // preference 0: not in YᵀCᵤp(u), so no share of the score
            }
            double s = 0;
            int off = history.col[e] * k;
            for (int j = 0; j < k; j++) {
                s += wy[j] * items[off + j];
            }
            weight[e - from] = cs * s;
            total += weight[e - from];
            liked++;
            top.offer((float) weight[e - from], e - from);
        }
        List<Explanation.Contribution> out = new ArrayList<>();
        double listed = 0;
        for (int pos : top.drainIndexes()) {
            int j = history.col[from + pos];
            out.add(new Explanation.Contribution(String.format(Locale.ROOT,
                    "history item (confidence %.3g)", history.conf[from + pos]), j, weight[pos]));
            listed += weight[pos];
        }
        if (liked > out.size()) {
            out.add(new Explanation.Contribution((liked - out.size()) + " other history items", -1, total - listed));
        }
        String summary = String.format(Locale.ROOT,
                "explained score %.4f (model score %.4f) = Σ over %d history items of confidence × "
                        + "similarity to this item weighted by the user's Gram matrix", total, modelScore, liked);
        return new Explanation(summary, out);
    }
}
