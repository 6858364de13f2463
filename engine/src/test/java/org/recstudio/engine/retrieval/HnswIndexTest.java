package org.recstudio.engine.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.CancellationToken;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/** HNSW recall against the exact index on random vectors. */
class HnswIndexTest {

    private static final int DIM = 32;
    private static final int N = 3000;

    /** Vectors with a long-tailed norm (like item factors of popular and rare items). */
    private static float[] vectors(int rows, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[rows * DIM];
        for (int r = 0; r < rows; r++) {
            double scale = Math.exp(rnd.nextGaussian() * 0.5);
            for (int j = 0; j < DIM; j++) {
                v[r * DIM + j] = (float) (rnd.nextGaussian() * scale);
            }
        }
        return v;
    }

    private static double recall(VectorIndex approx, VectorIndex exact, float[] queries, IntPredicate allowed) {
        int hits = 0;
        int total = 0;
        for (int q = 0; q < queries.length / DIM; q++) {
            float[] query = new float[DIM];
            System.arraycopy(queries, q * DIM, query, 0, DIM);
            Set<Integer> truth = new HashSet<>();
            for (ScoredItem s : exact.search(query, 10, allowed)) {
                truth.add(s.item());
            }
            List<ScoredItem> got = approx.search(query, 10, allowed);
            assertEquals(10, got.size());
            for (int r = 0; r < got.size(); r++) {
                ScoredItem s = got.get(r);
                assertTrue(allowed.test(s.item()), "filtered item " + s.item() + " returned");
                if (r > 0) {
                    assertTrue(got.get(r - 1).score() >= s.score(), "not best first");
                }
                hits += truth.contains(s.item()) ? 1 : 0;
            }
            total += truth.size();
        }
        return (double) hits / total;
    }

    @Test void recallAtTenIsAtLeastNinetyPercentForBothSimilarities() {
        float[] data = vectors(N, 1);
        float[] queries = vectors(200, 2);
        for (Similarity sim : Similarity.values()) {
            HnswIndex hnsw = HnswIndex.build(data, DIM, sim, HnswParams.defaults(), 42, Progress.NONE);
            ExactIndex exact = new ExactIndex(data, DIM, sim);
            double r = recall(hnsw, exact, queries, i -> true);
            assertTrue(r >= 0.9, sim + " recall@10 " + r);
            double filtered = recall(hnsw, exact, queries, i -> i % 3 != 0);
            assertTrue(filtered >= 0.9, sim + " filtered recall@10 " + filtered);
            assertEquals(N, hnsw.size());
            assertEquals(DIM, hnsw.dimension());
        }
    }

    @Test void theSameSeedBuildsTheSameGraph() {
        float[] data = vectors(1500, 3);
        float[] q = vectors(1, 4);
        HnswParams p = new HnswParams(8, 40, 20);
        List<ScoredItem> a = HnswIndex.build(data, DIM, Similarity.INNER_PRODUCT, p, 7, Progress.NONE)
                .search(q, 10, i -> true);
        List<ScoredItem> b = HnswIndex.build(data, DIM, Similarity.INNER_PRODUCT, p, 7, Progress.NONE)
                .search(q, 10, i -> true);
        assertEquals(a, b);
    }

    @Test void buildIsCancellableAndParamsAreValidated() {
        CancellationToken t = new CancellationToken();
        t.cancel();
        assertThrows(CancelledException.class,
                () -> HnswIndex.build(vectors(10, 5), DIM, Similarity.COSINE, HnswParams.defaults(), 1, t));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HnswParams(1, 100, 10));
        assertTrue(e.getMessage().contains("got 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HnswParams(16, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new HnswParams(16, 100, 0));
    }

    @Test void zeroQueryAndTinyIndexesAreAnswered() {
        float[] data = vectors(5, 6);
        HnswIndex h = HnswIndex.build(data, DIM, Similarity.INNER_PRODUCT, HnswParams.defaults(), 1, Progress.NONE);
        assertEquals(List.of(0, 1, 2), h.search(new float[DIM], 3, i -> true).stream().map(ScoredItem::item).toList());
        assertEquals(5, h.search(vectors(1, 7), 10, i -> true).size());
        HnswIndex empty = HnswIndex.build(new float[0], DIM, Similarity.COSINE, HnswParams.defaults(), 1,
                Progress.NONE);
        assertEquals(List.of(), empty.search(vectors(1, 8), 10, i -> true));
    }
}
