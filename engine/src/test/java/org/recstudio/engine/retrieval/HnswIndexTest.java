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

    /** Isotropic Gaussian vectors with log-normal norms. */
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

    /**
     * Vectors shaped like learned factors: a shared dominant direction plus noise, scaled by long-tailed norms (so
     * that, as with popular items, the largest rows are the ones queries score highest).
     */
    private static float[] factorLike(int rows, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        SplittableRandom shared = new SplittableRandom(99);
        float[] mean = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            mean[j] = (float) shared.nextGaussian();
        }
        float[] v = new float[rows * DIM];
        for (int r = 0; r < rows; r++) {
            double scale = Math.exp(rnd.nextGaussian() * 0.8);
            for (int j = 0; j < DIM; j++) {
                v[r * DIM + j] = (float) ((mean[j] + rnd.nextGaussian()) * scale);
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

    private static void checkRecall(float[] data, float[] queries, Similarity sim, HnswParams params) {
        HnswIndex hnsw = HnswIndex.build(data, DIM, sim, params, 42, Progress.NONE);
        ExactIndex exact = new ExactIndex(data, DIM, sim);
        String what = sim + " " + params.innerProduct();
        double r = recall(hnsw, exact, queries, i -> true);
        assertTrue(r >= 0.9, what + " recall@10 " + r);
        double filtered = recall(hnsw, exact, queries, i -> i % 3 != 0);
        assertTrue(filtered >= 0.9, what + " filtered recall@10 " + filtered);
        assertEquals(data.length / DIM, hnsw.size());
        assertEquals(DIM, hnsw.dimension());
    }

    @Test void cosineRecallAtTenIsAtLeastNinetyPercentOnRandomVectors() {
        checkRecall(vectors(N, 1), vectors(200, 2), Similarity.COSINE, HnswParams.defaults());
    }

    @Test void directInnerProductGraphRecallIsAtLeastNinetyPercentOnRandomVectors() {
        checkRecall(vectors(N, 1), vectors(200, 2), Similarity.INNER_PRODUCT,
                HnswParams.defaults().with(HnswParams.InnerProductGraph.DIRECT));
    }

    @Test void transformedInnerProductRecallIsAtLeastNinetyPercentOnFactorLikeVectors() {
        checkRecall(factorLike(N, 3), factorLike(200, 4), Similarity.INNER_PRODUCT, HnswParams.defaults()
                .with(HnswParams.InnerProductGraph.EUCLIDEAN_TRANSFORM).withEfSearch(200));
    }

    @Test void bothInnerProductGraphsTogetherReachNinetyPercentOnEitherKindOfVectors() {
        checkRecall(vectors(N, 1), vectors(200, 2), Similarity.INNER_PRODUCT, HnswParams.defaults());
        checkRecall(factorLike(N, 3), factorLike(200, 4), Similarity.INNER_PRODUCT, HnswParams.defaults());
    }

    @Test void theSameSeedBuildsTheSameGraph() {
        float[] data = vectors(1500, 3);
        float[] q = vectors(1, 4);
        HnswParams p = new HnswParams(8, 40, 20, HnswParams.InnerProductGraph.EUCLIDEAN_TRANSFORM);
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
        HnswParams.InnerProductGraph g = HnswParams.InnerProductGraph.EUCLIDEAN_TRANSFORM;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HnswParams(1, 100, 10, g));
        assertTrue(e.getMessage().contains("got 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HnswParams(16, 0, 10, g));
        assertThrows(IllegalArgumentException.class, () -> new HnswParams(16, 100, 0, g));
        assertThrows(IllegalArgumentException.class, () -> new HnswParams(16, 100, 10, null));
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
