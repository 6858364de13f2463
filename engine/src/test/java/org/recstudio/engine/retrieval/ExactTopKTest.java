package org.recstudio.engine.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;

/** Exact top-K against a brute-force full sort of every score. */
class ExactTopKTest {

    /** Random vectors with values on a coarse grid, so that many scores tie exactly. */
    static float[] gridVectors(int rows, int dim, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[rows * dim];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(-2, 3) * 0.5f;
        }
        return v;
    }

    /** Every allowed row sorted by (score desc, index asc), scores summed in double then rounded. */
    static List<Integer> bruteForce(float[] q, float[] rows, int dim, int k, IntPredicate allowed) {
        List<double[]> all = new ArrayList<>();
        for (int r = 0; r < rows.length / dim; r++) {
            if (allowed.test(r)) {
                double s = 0;
                for (int j = 0; j < dim; j++) {
                    s += (double) q[j] * rows[r * dim + j];
                }
                all.add(new double[] {s, r});
            }
        }
        all.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1]));
        return all.stream().limit(k).map(a -> (int) a[1]).toList();
    }

    @Test void equalsAFullSortWithTiesByIndexForManyShapes() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int dim : new int[] {1, 3, 8, 13, 16, 64, 67}) {
            for (int rows : new int[] {0, 1, 5, 1023, 1024, 2500}) {
                float[] m = gridVectors(rows, dim, rnd.nextLong());
                float[] q = gridVectors(1, dim, rnd.nextLong());
                IntPredicate allowed = r -> r % 7 != 3;
                for (int k : new int[] {0, 1, 10, 3000}) {
                    List<ScoredItem> got = ExactTopK.search(q, m, dim, k, allowed);
                    // grid values make every product exact in float, so float and double sums agree
                    assertEquals(bruteForce(q, m, dim, k, allowed), got.stream().map(ScoredItem::item).toList(),
                            "dim " + dim + ", rows " + rows + ", k " + k);
                    for (ScoredItem s : got) {
                        assertEquals(VectorMath.dot(q, 0, m, s.item() * dim, dim), s.score());
                    }
                }
            }
        }
    }

    @Test void realValuedScoresMatchAFullSortOfTheSameScores() {
        SplittableRandom rnd = new SplittableRandom(2);
        int dim = 64;
        int rows = 5000;
        float[] m = new float[rows * dim];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) rnd.nextGaussian();
        }
        float[] q = new float[dim];
        for (int j = 0; j < dim; j++) {
            q[j] = (float) rnd.nextGaussian();
        }
        float[] scores = new float[rows];
        VectorMath.scoreRows(q, m, dim, 0, rows, scores);
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            expected.add(r);
        }
        expected.sort(Comparator.<Integer>comparingDouble(r -> -scores[r]).thenComparingInt(r -> r));
        assertEquals(expected.subList(0, 20),
                ExactTopK.search(q, m, dim, 20, r -> true).stream().map(ScoredItem::item).toList());
        for (int r = 0; r < rows; r++) {
            assertEquals(VectorMath.dot(q, 0, m, r * dim, dim), scores[r], "row " + r);
            double d = 0;
            for (int j = 0; j < dim; j++) {
                d += (double) q[j] * m[r * dim + j];
            }
            assertEquals(d, scores[r], 1e-4 * Math.max(1, Math.abs(d)));
        }
    }

    @Test void batchScoringEqualsSingleSearchesForAnyThreadCount() {
        int dim = 32;
        float[] items = gridVectors(3000, dim, 3);
        float[] users = gridVectors(300, dim, 4);
        int[][] one = ExactTopK.topKForAll(users, items, dim, 10, u -> i -> (i + u) % 5 != 0, 1, Progress.NONE);
        int[][] two = ExactTopK.topKForAll(users, items, dim, 10, u -> i -> (i + u) % 5 != 0, 2, Progress.NONE);
        for (int u = 0; u < 300; u++) {
            float[] q = new float[dim];
            System.arraycopy(users, u * dim, q, 0, dim);
            int uu = u;
            int[] single = ExactTopK.search(q, items, dim, 10, i -> (i + uu) % 5 != 0).stream()
                    .mapToInt(ScoredItem::item).toArray();
            assertArrayEquals(single, one[u]);
            assertArrayEquals(single, two[u]);
            for (int i : single) {
                assertTrue((i + u) % 5 != 0);
            }
        }
    }

    @Test void nanAndNegativeInfinityAreNeverReturned() {
        float[] m = {1f, Float.NaN, Float.NEGATIVE_INFINITY, 2f};
        List<ScoredItem> got = ExactTopK.search(new float[] {1f}, m, 1, 4, r -> true);
        assertEquals(List.of(3, 0), got.stream().map(ScoredItem::item).toList());
    }
}
