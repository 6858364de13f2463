package org.recstudio.bandit.ope;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals (Efron &amp; Tibshirani 1993) for ratio estimators: rows are resampled
 * with replacement {@code resamples} times from a seeded stream, so every estimator evaluated with the same seed
 * sees the same resamples.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /** The {@code level} (e.g. 0.95) percentile interval of Σnum/Σden. */
    public static double[] interval(Estimator.Terms t, int resamples, double level, long seed) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        double[] values = values(t, resamples, seed);
        Arrays.sort(values);
        double alpha = (1 - level) / 2;
        return new double[] {quantile(values, alpha), quantile(values, 1 - alpha)};
    }

    /** The estimator's value on each of {@code resamples} bootstrap resamples of the rows, in draw order. */
    public static double[] values(Estimator.Terms t, int resamples, long seed) {
        if (resamples < 2) {
            throw new IllegalArgumentException("bootstrap needs at least 2 resamples, got " + resamples);
        }
        int n = t.num().length;
        double[] values = new double[resamples];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int b = 0; b < resamples; b++) {
            double a = 0;
            double d = 0;
            for (int k = 0; k < n; k++) {
                int i = rng.nextInt(n);
                a += t.num()[i];
                d += t.den() == null ? 1 : t.den()[i];
            }
            values[b] = d == 0 ? Double.NaN : a / d;
        }
        return values;
    }

    /** The linear-interpolation quantile of sorted values (NaNs sort last and are excluded). */
    static double quantile(double[] sorted, double p) {
        int m = sorted.length;
        while (m > 0 && Double.isNaN(sorted[m - 1])) {
            m--;
        }
        if (m == 0) {
            return Double.NaN;
        }
        double pos = p * (m - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(m - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
