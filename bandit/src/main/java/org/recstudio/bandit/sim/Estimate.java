package org.recstudio.bandit.sim;

/**
 * A mean over seeds with its normal-approximation 95% band, mean ± 1.96·sd/√n (n = seeds; with one seed the
 * band is the point). NaN when no seed had a value.
 */
public record Estimate(double mean, double low, double high, int n) {

    /** The estimate of the finite values in {@code values}. */
    public static Estimate of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double half = n < 2 ? 0 : 1.96 * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new Estimate(mean, mean - half, mean + half, n);
    }
}
