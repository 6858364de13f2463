package org.recstudio.bandit.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vectorised Beta sampler against the textbook double-precision one: a two-sample Kolmogorov–Smirnov test
 * per shape pair, from the small shapes where rejection is frequent to the large ones where float cancellation
 * would show.
 */
class VectorBetaSamplerTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 2", "2, 5", "1.5, 30", "3, 300", "30, 70", "300, 9700", "1, 100000"})
    void samplesFollowTheBetaDistribution(double a, double b) {
        Assumptions.assumeTrue(Simd.AVAILABLE, "Vector API not present");
        int n = 20_000;
        int lanes = VectorBetaSampler.LANES;
        int m = VectorBetaSampler.padded(lanes);
        float[] dA = new float[m];
        float[] cA = new float[m];
        float[] dB = new float[m];
        float[] cB = new float[m];
        Arrays.fill(dA, (float) (a - 1.0 / 3));
        Arrays.fill(cA, (float) (1 / Math.sqrt(9 * (a - 1.0 / 3))));
        Arrays.fill(dB, (float) (b - 1.0 / 3));
        Arrays.fill(cB, (float) (1 / Math.sqrt(9 * (b - 1.0 / 3))));
        VectorBetaSampler s = new VectorBetaSampler();
        SplittableRandom rng = new SplittableRandom(17);
        float[] out = new float[m];
        double[] vec = new double[n];
        for (int k = 0; k < n; k += lanes) {
            s.sample(dA, cA, dB, cB, lanes, rng.nextLong(), out);
            for (int l = 0; l < lanes && k + l < n; l++) {
                vec[k + l] = out[l];
            }
        }
        double[] ref = new double[n];
        for (int k = 0; k < n; k++) {
            ref[k] = Gammas.beta(rng, a, b);
        }
        double ks = ksStatistic(vec, ref);
        // critical value of the two-sample test at the 0.1% level: 1.95·sqrt(2/n)
        assertTrue(ks < 1.95 * Math.sqrt(2.0 / n), "Beta(" + a + ", " + b + "): KS distance " + ks);
    }

    static double ksStatistic(double[] x, double[] y) {
        double[] a = x.clone();
        double[] b = y.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.length && j < b.length) {
            if (a[i] <= b[j]) {
                i++;
            } else {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return d;
    }
}
