package org.recstudio.engine.eval.stats;

import smile.stat.hypothesis.TTest;

/**
 * The two-sided paired t-test of per-user metric values of two models on the same users (Student 1908), via
 * Smile's {@link TTest#testPaired}. Identical samples give t = 0, p = 1; constant non-zero differences give p = 0.
 */
public final class PairedTTest {

    private PairedTTest() {
    }

    /** Tests whether the mean of {@code x − y} differs from 0. */
    public static TestResult test(double[] x, double[] y) {
        Paired.check(x, y);
        int n = x.length;
        if (n < 2) {
            return new TestResult("paired t-test", Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i] - y[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - y[i] - mean;
            ss += d * d;
        }
        if (ss == 0) {
            return new TestResult("paired t-test", mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean),
                    mean == 0 ? 1 : 0);
        }
        TTest t = TTest.testPaired(x, y);
        return new TestResult("paired t-test", t.t(), t.pvalue());
    }
}
