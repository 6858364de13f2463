package org.recstudio.benchmarks;

import java.util.BitSet;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.ExactTopK;

/**
 * Leave-last-out ranking metrics of a factor model, as {@code shared/benchmarks/anchors.md} defines them: full
 * ranking of every item minus the user's training items by {@code x_u · y_i}, ties by item index (= item id),
 * HR@10, NDCG@10 = 1/log2(rank + 2) for 0-based rank &lt; 10, Recall@20 = HR@20, Coverage@10 = |union of top-10
 * lists| / |items|; NDCG@10 again over the users whose held-out item is strictly later than the one before it
 * (the tie-robust view of the anchors' "trap").
 */
record AlsBenchmarkMetrics(double hr10, double ndcg10, double recall20, double coverage10, double ndcg10Untied,
                           int untiedUsers, int users, double[] gains) {

    /** The mean paired difference of NDCG@10 ({@code this − other}) and the half-width of its 95% interval. */
    double[] pairedDifference(AlsBenchmarkMetrics other) {
        int n = gains.length;
        double mean = 0;
        for (int u = 0; u < n; u++) {
            mean += gains[u] - other.gains[u];
        }
        mean /= n;
        double var = 0;
        for (int u = 0; u < n; u++) {
            double d = gains[u] - other.gains[u] - mean;
            var += d * d;
        }
        var /= Math.max(1, n - 1);
        return new double[] {mean, 1.96 * Math.sqrt(var / n)};
    }

    /** Scores every user against every item and evaluates the held-out {@code target} item of each user. */
    static AlsBenchmarkMetrics of(float[] userFactors, float[] itemFactors, int k, CsrMatrix train, int[] target,
                                  boolean[] tied) {
        int[][] top = ExactTopK.topKForAll(userFactors, itemFactors, k, 20, u -> ItemFilters.unseen(train, u),
                Runtime.getRuntime().availableProcessors(), Progress.NONE);
        int users = target.length;
        double hr10 = 0;
        double ndcg = 0;
        double hr20 = 0;
        double ndcgUntied = 0;
        int untied = 0;
        BitSet covered = new BitSet(train.cols());
        double[] gains = new double[users];
        for (int u = 0; u < users; u++) {
            int rank = -1;
            for (int r = 0; r < top[u].length; r++) {
                if (r < 10) {
                    covered.set(top[u][r]);
                }
                if (top[u][r] == target[u]) {
                    rank = r;
                }
            }
            double gain = rank >= 0 && rank < 10 ? 1 / (Math.log(rank + 2) / Math.log(2)) : 0;
            hr10 += rank >= 0 && rank < 10 ? 1 : 0;
            hr20 += rank >= 0 ? 1 : 0;
            ndcg += gain;
            gains[u] = gain;
            if (!tied[u]) {
                untied++;
                ndcgUntied += gain;
            }
        }
        return new AlsBenchmarkMetrics(hr10 / users, ndcg / users, hr20 / users,
                (double) covered.cardinality() / train.cols(), untied == 0 ? 0 : ndcgUntied / untied, untied, users,
                gains);
    }
}
