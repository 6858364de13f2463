package org.recstudio.engine.model.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.als.AlsParams.Confidence;
import org.recstudio.engine.model.als.AlsParams.Solver;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.BlockExecutor;

/** ALS against a slow, obviously-correct dense normal-equation solve on tiny data. */
class AlsReferenceTest {

    private static final int K = 4;

    /** 8 users × 6 items, with a duplicated pair and a negative (dislike) strength. */
    private static AlsTestData.Rows tiny() {
        return AlsTestData.with(AlsTestData.random(8, 6, 0.5, 11), new int[] {0, 0, 3, 5}, new int[] {1, 1, 2, 4},
                new float[] {2f, 1f, -9f, -2f});
    }

    private static float[] randomFactors(int rows, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] f = new float[rows * K];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (rnd.nextDouble() * 2 - 1);
        }
        return f;
    }

    /** The confidence of an aggregated strength, written out from the paper's formulas. */
    private static double confidence(double w, AlsParams p) {
        double a = Math.abs(w);
        return p.confidence() == Confidence.LINEAR ? 1 + p.alpha() * a : 1 + p.alpha() * Math.log(1 + a / p.epsilon());
    }

    /** Row r of (YᵀCᵣY + λI)⁻¹ YᵀCᵣp(r) over every column, by Gaussian elimination with partial pivoting. */
    private static double[] denseRowSolve(double[] w, float[] y, AlsParams p) {
        double[][] a = new double[K][K + 1];
        int positives = 0;
        for (double v : w) {
            positives += v > 0 ? 1 : 0;
        }
        double lambda = p.scaleRegularization() ? p.regularization() * Math.max(1, positives) : p.regularization();
        for (int j = 0; j < K; j++) {
            a[j][j] = lambda;
        }
        for (int i = 0; i < w.length; i++) {
            double c = w[i] == 0 ? 1 : confidence(w[i], p);
            double pref = w[i] > 0 ? 1 : 0;
            for (int s = 0; s < K; s++) {
                for (int t = 0; t < K; t++) {
                    a[s][t] += c * y[i * K + s] * y[i * K + t];
                }
                a[s][K] += c * pref * y[i * K + s];
            }
        }
        for (int col = 0; col < K; col++) {
            int piv = col;
            for (int r = col + 1; r < K; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[piv];
            a[piv] = tmp;
            for (int r = 0; r < K; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= K; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[K];
        for (int j = 0; j < K; j++) {
            x[j] = a[j][K] / a[j][j];
        }
        return x;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static float[] halfStep(ImplicitMatrix m, float[] fixed, float[] start, AlsParams p) {
        float[] target = start.clone();
        try (BlockExecutor ex = new BlockExecutor(1)) {
            HalfStep.run(m, fixed, target, p, ex, new RowSolver[] {new RowSolver(K)}, Progress.NONE, false);
        }
        return target;
    }

    private static void checkBothHalfSteps(AlsParams p) {
        AlsTestData.Rows rows = tiny();
        double[][] w = AlsTestData.dense(rows);
        ImplicitMatrix byUser = ImplicitMatrix.of(AlsTestData.dataset(rows).byUser(), p);
        float[] x0 = randomFactors(8, 1);
        float[] y0 = randomFactors(6, 2);
        float[] x1 = halfStep(byUser, y0, x0, p);
        for (int u = 0; u < 8; u++) {
            double[] expected = denseRowSolve(w[u], y0, p);
            for (int j = 0; j < K; j++) {
                assertEquals(expected[j], x1[u * K + j], 1e-4, "user " + u + " factor " + j);
            }
        }
        float[] y1 = halfStep(byUser.transpose(), x0, y0, p);
        double[][] wt = transpose(w);
        for (int i = 0; i < 6; i++) {
            double[] expected = denseRowSolve(wt[i], x0, p);
            for (int j = 0; j < K; j++) {
                assertEquals(expected[j], y1[i * K + j], 1e-4, "item " + i + " factor " + j);
            }
        }
    }

    @Test void choleskyHalfStepsMatchDenseNormalEquationsWithLinearConfidence() {
        checkBothHalfSteps(new AlsParams(K, 1, 0.1, false, 0.7, Confidence.LINEAR, 1, Solver.CHOLESKY, 3, 1));
    }

    @Test void choleskyHalfStepsMatchDenseNormalEquationsWithLogConfidence() {
        checkBothHalfSteps(new AlsParams(K, 1, 0.3, false, 2.0, Confidence.LOG, 0.5, Solver.CHOLESKY, 3, 1));
    }

    @Test void choleskyHalfStepsMatchDenseNormalEquationsWithActivityScaledRegularization() {
        checkBothHalfSteps(new AlsParams(K, 1, 0.05, true, 1.5, Confidence.LINEAR, 1, Solver.CHOLESKY, 3, 1));
    }

    @Test void conjugateGradientConvergesToTheCholeskySolution() {
        for (boolean scaled : new boolean[] {false, true}) {
            AlsParams exact = new AlsParams(K, 1, 0.1, scaled, 1.0, Confidence.LINEAR, 1, Solver.CHOLESKY, 3, 1);
            AlsTestData.Rows rows = tiny();
            ImplicitMatrix byUser = ImplicitMatrix.of(AlsTestData.dataset(rows).byUser(), exact);
            float[] x0 = randomFactors(8, 3);
            float[] y0 = randomFactors(6, 4);
            float[] chol = halfStep(byUser, y0, x0, exact);
            float[] few = halfStep(byUser, y0, x0, new AlsParams(K, 1, 0.1, scaled, 1.0, Confidence.LINEAR, 1,
                    Solver.CG, 1, 1));
            float[] many = halfStep(byUser, y0, x0, new AlsParams(K, 1, 0.1, scaled, 1.0, Confidence.LINEAR, 1,
                    Solver.CG, 3 * K, 1));
            double errFew = 0;
            double errMany = 0;
            for (int j = 0; j < chol.length; j++) {
                assertEquals(chol[j], many[j], 1e-3 * Math.max(1, Math.abs(chol[j])), "factor value " + j);
                errFew = Math.max(errFew, Math.abs(chol[j] - few[j]));
                errMany = Math.max(errMany, Math.abs(chol[j] - many[j]));
            }
            assertTrue(errMany < errFew, "more CG steps must get closer: " + errMany + " vs " + errFew);
        }
    }

    @Test void choleskyLossDecreasesMonotonicallyAndMatchesTheDenseObjective() {
        AlsTestData.Rows rows = AlsTestData.random(30, 20, 0.3, 5);
        AlsParams p = new AlsParams(K, 8, 0.1, false, 1.0, Confidence.LINEAR, 1, Solver.CHOLESKY, 3, 1);
        AlsModel m = new AlsAlgorithm().fit(AlsTestData.dataset(rows), p, 7, Progress.NONE);
        double[] loss = m.trainingLoss();
        assertEquals(8, loss.length);
        for (int it = 1; it < loss.length; it++) {
            assertTrue(loss[it] <= loss[it - 1] * (1 + 1e-6), "loss rose at sweep " + it + ": " + loss[it - 1]
                    + " -> " + loss[it]);
        }
        assertTrue(loss[loss.length - 1] < loss[0], "loss must fall overall");
        double[][] w = AlsTestData.dense(rows);
        double sum = 0;
        double cells = 0;
        for (int u = 0; u < 30; u++) {
            for (int i = 0; i < 20; i++) {
                double c = w[u][i] == 0 ? 1 : confidence(w[u][i], p);
                double pref = w[u][i] > 0 ? 1 : 0;
                double s = 0;
                for (int j = 0; j < K; j++) {
                    s += (double) m.userFactor(u)[j] * m.itemFactor(i)[j];
                }
                sum += c * (pref - s) * (pref - s);
                cells += c;
            }
        }
        for (int u = 0; u < 30; u++) {
            for (float v : m.userFactor(u)) {
                sum += p.regularization() * v * v;
            }
        }
        for (int i = 0; i < 20; i++) {
            for (float v : m.itemFactor(i)) {
                sum += p.regularization() * v * v;
            }
        }
        assertEquals(sum / cells, loss[loss.length - 1], 1e-5 * sum / cells);
    }

    @Test void theSameSeedGivesBitIdenticalFactorsWithOneAndTwoThreads() {
        AlsTestData.Rows rows = AlsTestData.random(1500, 120, 0.04, 9); // > 1 Gram block and many row blocks
        var data = AlsTestData.dataset(rows);
        for (Solver s : Solver.values()) {
            AlsParams p = new AlsParams(16, 3, 0.1, false, 1.0, Confidence.LINEAR, 1, s, 3, 1);
            AlsModel one = new AlsAlgorithm().fit(data, p, 42, Progress.NONE);
            AlsModel two = new AlsAlgorithm().fit(data, p.withThreads(2), 42, Progress.NONE);
            assertArrayEquals(one.userFactors(), two.userFactors(), s + " user factors");
            assertArrayEquals(one.itemFactors(), two.itemFactors(), s + " item factors");
            assertArrayEquals(one.trainingLoss(), two.trainingLoss(), s + " loss");
            AlsModel other = new AlsAlgorithm().fit(data, p, 43, Progress.NONE);
            assertTrue(!java.util.Arrays.equals(one.itemFactors(), other.itemFactors()), "another seed differs");
        }
    }
}
