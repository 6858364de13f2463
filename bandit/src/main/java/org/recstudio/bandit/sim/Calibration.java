package org.recstudio.bandit.sim;

/**
 * The calibrated logistic link of the simulator: maps scores s to click probabilities σ(a + b·s), with the
 * intercept a found by bisection so that the mean probability over the given scores equals the base CTR.
 */
final class Calibration {

    private Calibration() {
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The intercept a with mean σ(a + slope·s) = baseCtr over the finite scores (−∞ scores count as 0). */
    static double intercept(double[] scores, int n, double slope, double baseCtr) {
        double lo = -60;
        double hi = 60;
        for (int it = 0; it < 200 && hi - lo > 1e-12; it++) {
            double mid = 0.5 * (lo + hi);
            double mean = 0;
            for (int i = 0; i < n; i++) {
                double s = scores[i];
                mean += s == Double.NEGATIVE_INFINITY ? 0 : sigmoid(mid + slope * s);
            }
            mean /= n;
            if (mean < baseCtr) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
