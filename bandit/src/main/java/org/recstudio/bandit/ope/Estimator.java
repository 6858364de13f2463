package org.recstudio.bandit.ope;

/**
 * An off-policy estimator written as a ratio of per-row sums, value = Σ num_i / Σ den_i (den = 1 for the plain
 * means), so that a bootstrap can resample rows.
 */
public interface Estimator {

    /** The name in results, e.g. {@code ips}. */
    String name();

    /** Whether it needs a reward model. */
    default boolean needsRewardModel() {
        return false;
    }

    /** The per-row terms; {@code den} null means all ones. */
    Terms terms(OpeData data);

    /** Per-row numerators and denominators. */
    record Terms(double[] num, double[] den) {

        /** Σ num / Σ den over all rows. */
        public double value() {
            double a = 0;
            double b = 0;
            for (int i = 0; i < num.length; i++) {
                a += num[i];
                b += den == null ? 1 : den[i];
            }
            return b == 0 ? Double.NaN : a / b;
        }
    }
}
