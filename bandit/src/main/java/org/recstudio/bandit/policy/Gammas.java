package org.recstudio.bandit.policy;

import java.util.SplittableRandom;

/**
 * Scalar Gamma and Beta variates in double precision: Marsaglia &amp; Tsang (2000), "A simple method for
 * generating gamma variables", with the boost Gamma(a) = Gamma(a+1)·U^(1/a) for shapes below 1.
 */
final class Gammas {

    private Gammas() {
    }

    /** A Gamma(shape, 1) variate, shape &gt; 0. */
    static double gamma(SplittableRandom rng, double shape) {
        if (shape < 1) {
            double u = rng.nextDouble();
            return gamma(rng, shape + 1) * Math.pow(u == 0 ? Double.MIN_NORMAL : u, 1 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A Beta(a, b) variate. */
    static double beta(SplittableRandom rng, double a, double b) {
        double x = gamma(rng, a);
        double y = gamma(rng, b);
        return x / (x + y);
    }

    /**
     * The Marsaglia–Tsang acceptance test in double precision for a candidate already drawn (normal {@code x},
     * uniform {@code u}) at shape parameters d = shape - 1/3, c = 1/sqrt(9d); NaN when rejected.
     */
    static double accept(double d, double c, double x, double u) {
        double v = 1 + c * x;
        if (v <= 0) {
            return Double.NaN;
        }
        v = v * v * v;
        double x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
            return d * v;
        }
        return Double.NaN;
    }
}
