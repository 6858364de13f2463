package org.recstudio.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws (Gaussian, log-normal, geometric, picks) taken from an explicit {@link SplittableRandom}.
 *
 * <p>Everything uses {@link StrictMath} so that the same seed gives the same catalog on every JVM and CPU.
 */
final class Draws {

    private Draws() {
    }

    /** A standard normal draw (Box-Muller, one value per call). */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble(); // (0, 1]
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A log-normal draw with the given median and log-space standard deviation. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(rng));
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** A uniform integer in {@code [low, high]} (both inclusive). */
    static int between(SplittableRandom rng, int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    /** A geometric count {@code >= 1} with the given mean (mean 1 always gives 1). */
    static int geometric(SplittableRandom rng, double mean) {
        if (mean <= 1.0) {
            return 1;
        }
        double p = 1.0 / mean;
        double u = 1.0 - rng.nextDouble(); // (0, 1]
        return 1 + (int) StrictMath.floor(StrictMath.log(u) / StrictMath.log(1.0 - p));
    }

    /** A uniformly chosen element of a non-empty list. */
    static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    static void shuffle(SplittableRandom rng, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
