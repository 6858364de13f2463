package org.recstudio.engine.model.als;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.ExactIndex;
import org.recstudio.engine.retrieval.HnswIndex;
import org.recstudio.engine.retrieval.HnswParams;
import org.recstudio.engine.retrieval.Similarity;

/** HNSW over the item factors of a fitted ALS model, queried with its user factors, against exact search. */
class AlsHnswRecallTest {

    /** 1,500 users × 2,000 items with long-tailed user activity and item popularity, like real logs. */
    private static AlsTestData.Rows longTailed() {
        SplittableRandom rnd = new SplittableRandom(21);
        int n = 60_000;
        int[] u = new int[n];
        int[] i = new int[n];
        float[] v = new float[n];
        for (int e = 0; e < n; e++) {
            double a = rnd.nextDouble();
            double b = rnd.nextDouble();
            u[e] = (int) (1500 * a * a);
            i[e] = (int) (2000 * b * b * b);
            v[e] = 1 + rnd.nextInt(5);
        }
        return new AlsTestData.Rows(1500, 2000, u, i, v);
    }

    @Test void transformedHnswRecallAtTenOnAlsFactorsIsAtLeastNinetyPercent() {
        AlsModel m = new AlsAlgorithm().fit(AlsTestData.dataset(longTailed()), AlsParams.defaults().withIterations(5)
                .withThreads(2), 3, Progress.NONE);
        float[] items = m.itemFactors();
        int k = m.factors();
        HnswIndex hnsw = HnswIndex.build(items, k, Similarity.INNER_PRODUCT, HnswParams.defaults(), 1, Progress.NONE);
        ExactIndex exact = new ExactIndex(items, k, Similarity.INNER_PRODUCT);
        int hits = 0;
        int total = 0;
        for (int u = 0; u < m.userCount(); u += 5) {
            float[] q = m.userFactor(u);
            Set<Integer> truth = new HashSet<>();
            exact.search(q, 10, j -> true).forEach(s -> truth.add(s.item()));
            List<ScoredItem> got = hnsw.search(q, 10, j -> true);
            for (ScoredItem s : got) {
                hits += truth.contains(s.item()) ? 1 : 0;
            }
            total += truth.size();
        }
        double recall = (double) hits / total;
        assertTrue(recall >= 0.9, "recall@10 " + recall);
    }
}
