package org.recstudio.engine.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    static float[] gaussian(int n, SplittableRandom rnd) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
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
                        assertEquals(VectorMath.sequentialDot(q, 0, m, s.item() * dim, dim), s.score());
                    }
                }
            }
        }
    }

    @Test void realValuedScoresMatchAFullSortOfTheSameScores() {
        SplittableRandom rnd = new SplittableRandom(2);
        int dim = 64;
        int rows = 5000;
        float[] m = gaussian(rows * dim, rnd);
        float[] q = gaussian(dim, rnd);
        float[] scores = new float[rows];
        PanelMatrix.of(m, dim).scoreAll(q, scores);
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            expected.add(r);
        }
        expected.sort(Comparator.<Integer>comparingDouble(r -> -scores[r]).thenComparingInt(r -> r));
        assertEquals(expected.subList(0, 20),
                ExactTopK.search(q, m, dim, 20, r -> true).stream().map(ScoredItem::item).toList());
        for (int r = 0; r < rows; r++) {
            // the panel kernel adds in dimension order with FMAs: exactly the scalar sequential chain
            float chain = 0f;
            for (int j = 0; j < dim; j++) {
                chain = Math.fma(q[j], m[r * dim + j], chain);
            }
            assertEquals(chain, scores[r], "row " + r);
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

    @Test void panelScoresMatchTheSequentialChainForEveryShapeAndRange() {
        SplittableRandom rnd = new SplittableRandom(5);
        int w = PanelMatrix.panelRows();
        for (int dim : new int[] {1, 7, 64, 65}) {
            for (int rows : new int[] {1, w - 1, w, 4 * w + 3, 9 * w}) {
                float[] m = gaussian(rows * dim, rnd);
                float[] q = gaussian(dim, rnd);
                PanelMatrix p = PanelMatrix.of(m, dim);
                float[] all = new float[rows];
                p.scoreAll(q, all);
                for (int r = 0; r < rows; r++) {
                    assertEquals(VectorMath.sequentialDot(q, 0, m, r * dim, dim), all[r],
                            "dim " + dim + ", rows " + rows + ", row " + r);
                }
                if (rows > w) { // a range starting at the second panel
                    float[] part = new float[rows];
                    p.score(q, w, rows, part);
                    for (int r = w; r < rows; r++) {
                        assertEquals(all[r], part[r - w], "range row " + r);
                    }
                }
            }
        }
    }

    @Test void approximateScoresStayWithinTheirStatedBound() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int dim : new int[] {1, 3, 4, 6, 64, 67}) {
            int rows = 300;
            float[] m = gaussian(rows * dim, rnd);
            for (int i = 0; i < m.length; i += 7) {
                m[i] *= 1e3f; // rows with one large value: a coarse byte scale
            }
            PanelMatrix p = PanelMatrix.of(m, dim);
            float[] q = gaussian(dim, rnd);
            float qMax = 0f;
            for (float v : q) {
                qMax = Math.max(qMax, Math.abs(v));
            }
            float[] approx = new float[rows + PanelMatrix.panelRows()];
            p.approximateScore(q, 0, rows, approx);
            for (int r = 0; r < rows; r++) {
                float exact = VectorMath.sequentialDot(q, 0, m, r * dim, dim);
                float bound = qMax * p.slack(r) + p.absoluteSlack();
                assertTrue(Math.abs(exact - approx[r]) <= bound,
                        "dim " + dim + ", row " + r + ": |" + exact + " - " + approx[r] + "| > " + bound);
            }
        }
    }

    @Test void misalignedRangesAndShortQueriesAreRefused() {
        PanelMatrix p = PanelMatrix.of(new float[64 * 4], 4);
        float[] out = new float[64];
        assertThrows(IllegalArgumentException.class, () -> p.score(new float[4], 1, 10, out));
        assertThrows(IllegalArgumentException.class, () -> p.score(new float[3], 0, 10, out));
        assertThrows(IllegalArgumentException.class, () -> PanelMatrix.of(new float[10], 3));
    }

    /** Every allowed row by its sequential-chain score (desc, then index), NaN and -inf excluded: the contract. */
    static List<ScoredItem> chainReference(float[] q, float[] m, int dim, int k, IntPredicate allowed) {
        List<ScoredItem> all = new ArrayList<>();
        for (int r = 0; r < m.length / dim; r++) {
            float s = VectorMath.sequentialDot(q, 0, m, r * dim, dim);
            if (allowed.test(r) && !Float.isNaN(s) && s != Float.NEGATIVE_INFINITY) {
                all.add(new ScoredItem(r, s));
            }
        }
        all.sort(Comparator.comparingDouble((ScoredItem x) -> -x.score()).thenComparingInt(ScoredItem::item));
        return all.subList(0, Math.min(k, all.size()));
    }

    @Test void nearlyEqualRowsThatBfloat16CannotSeparateAreStillRankedExactly() {
        // rows differ from one base row by 1e-5 relative: far below bfloat16's resolution (2^-8), so the first
        // pass sees them as ties and the exact pass alone must order them
        SplittableRandom rnd = new SplittableRandom(6);
        int dim = 64;
        int rows = 3000;
        float[] base = new float[dim];
        for (int j = 0; j < dim; j++) {
            base[j] = (float) rnd.nextGaussian();
        }
        float[] m = new float[rows * dim];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < dim; j++) {
                m[r * dim + j] = base[j] * (1f + 1e-5f * (float) rnd.nextGaussian());
            }
        }
        for (int t = 0; t < 20; t++) {
            float[] q = new float[dim];
            for (int j = 0; j < dim; j++) {
                q[j] = base[j] + 0.1f * (float) rnd.nextGaussian();
            }
            IntPredicate allowed = r -> r % 11 != 0;
            assertEquals(chainReference(q, m, dim, 10, allowed), ExactTopK.search(q, m, dim, 10, allowed));
        }
    }

    @Test void hugeTinyAndNonFiniteValuesGiveTheExactAnswer() {
        SplittableRandom rnd = new SplittableRandom(7);
        int dim = 16;
        int rows = 400;
        float[] m = new float[rows * dim];
        for (int i = 0; i < m.length; i++) {
            double kind = rnd.nextDouble();
            m[i] = kind < 0.01 ? Float.NaN
                    : kind < 0.02 ? Float.POSITIVE_INFINITY
                    : kind < 0.03 ? Float.NEGATIVE_INFINITY
                    : kind < 0.10 ? Float.MAX_VALUE * (float) rnd.nextDouble(-1, 1)
                    : kind < 0.20 ? Float.MIN_VALUE * rnd.nextInt(1, 100)
                    : (float) rnd.nextGaussian();
        }
        for (int t = 0; t < 30; t++) {
            float[] q = new float[dim];
            for (int j = 0; j < dim; j++) {
                q[j] = t % 10 == 9 && j == 3 ? Float.POSITIVE_INFINITY : (float) (rnd.nextGaussian() * 1e-3);
            }
            assertEquals(chainReference(q, m, dim, 15, r -> true), ExactTopK.search(q, m, dim, 15, r -> true),
                    "query " + t);
        }
    }

    @Test void theExactPassScoresFewRowsOnSpreadOutData() {
        SplittableRandom rnd = new SplittableRandom(8);
        float[] m = gaussian(20_000 * 32, rnd);
        ExactTopK.Searcher s = new ExactTopK.Searcher(m, 32, 10);
        float[] q = gaussian(32, rnd);
        s.search(q, 0, r -> true);
        // not a timing: the bound must be tight enough to prune, or the first pass would be pointless
        assertTrue(s.lastCandidates() < 2_000, "rescored " + s.lastCandidates() + " of 20000 rows");
    }

    @Test void aZeroQueryReturnsTheLowestAllowedRows() {
        SplittableRandom rnd = new SplittableRandom(10);
        float[] m = gaussian(500 * 8, rnd);
        ExactTopK.Searcher s = new ExactTopK.Searcher(m, 8, 5);
        List<ScoredItem> got = s.search(new float[8], 0, r -> r % 2 == 1).drainItems();
        assertEquals(List.of(1, 3, 5, 7, 9), got.stream().map(ScoredItem::item).toList());
        assertEquals(500, s.lastCandidates());
    }

    @Test void nanAndNegativeInfinityAreNeverReturned() {
        float[] m = {1f, Float.NaN, Float.NEGATIVE_INFINITY, 2f};
        List<ScoredItem> got = ExactTopK.search(new float[] {1f}, m, 1, 4, r -> true);
        assertEquals(List.of(3, 0), got.stream().map(ScoredItem::item).toList());
    }
}
