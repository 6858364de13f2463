package org.recstudio.engine.eval.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import smile.stat.distribution.GaussianDistribution;
import smile.stat.distribution.TDistribution;

/** Significance tests, Holm–Bonferroni and the bootstrap against hand-computed values. */
class StatsTest {

    @Test void wilcoxonExactSmallSample() {
        // differences 1, 2, 3, -4, 5: ranks 1..5, W+ = 1+2+3+5 = 11; P(W+ <= 4) = 7/32 (sums {}, 1, 2, 3, 4, 1+2, 1+3)
        TestResult r = WilcoxonSignedRank.test(new double[] {1, 2, 3, -4, 5}, new double[5]);
        assertEquals(11, r.statistic(), 1e-12);
        assertEquals(2 * 7.0 / 32, r.pValue(), 1e-12);
    }

    @Test void wilcoxonDropsZerosAndUsesNormalApproximationWithTies() {
        // differences 1, 1, 2, -3 (and a zero, dropped): ranks 1.5, 1.5, 3, 4; W+ = 6
        // mean n(n+1)/4 = 5; var = n(n+1)(2n+1)/24 - (2^3 - 2)/48 = 7.5 - 0.125
        TestResult r = WilcoxonSignedRank.test(new double[] {1, 1, 2, -3, 0}, new double[] {0, 0, 0, 0, 0});
        assertEquals(6, r.statistic(), 1e-12);
        double z = (6 - 5) / Math.sqrt(7.5 - 0.125);
        assertEquals(2 * (1 - new GaussianDistribution(0, 1).cdf(z)), r.pValue(), 1e-9);
    }

    @Test void wilcoxonIdenticalSamples() {
        assertEquals(1.0, WilcoxonSignedRank.test(new double[] {1, 2}, new double[] {1, 2}).pValue());
    }

    @Test void pairedTTest() {
        // differences 1, 2, 2, 3: mean 2, sd sqrt(2/3), t = 2 / (sd / sqrt(4)), df = 3
        TestResult r = PairedTTest.test(new double[] {1, 2, 3, 4}, new double[] {0, 0, 1, 1});
        double t = 2 / (Math.sqrt(2.0 / 3) / 2);
        assertEquals(t, r.statistic(), 1e-9);
        assertEquals(2 * (1 - new TDistribution(3).cdf(t)), r.pValue(), 1e-9);
        assertEquals(1.0, PairedTTest.test(new double[] {1, 2}, new double[] {1, 2}).pValue());
    }

    @Test void holmBonferroni() {
        // sorted 0.005, 0.01, 0.03, 0.04 → 4·0.005, 3·0.01, 2·0.03, max(1·0.04, 0.06)
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02},
                HolmBonferroni.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
        assertEquals(1.0, HolmBonferroni.adjust(new double[] {0.5, 0.9})[1], 1e-12);
        assertTrue(Double.isNaN(HolmBonferroni.adjust(new double[] {Double.NaN, 0.2})[0]));
        assertEquals(0.2, HolmBonferroni.adjust(new double[] {Double.NaN, 0.2})[1], 1e-12, "NaN does not count in m");
    }

    @Test void bootstrapContainsTheMeanAndNarrowsWithMoreUsers() {
        double[] small = sample(100, 1);
        double[] large = sample(1600, 1);
        Bootstrap b = new Bootstrap(1000, 0.95, 42);
        Interval s = b.mean(small);
        Interval l = b.mean(large);
        assertTrue(s.low() <= s.value() && s.value() <= s.high(), s.toString());
        assertTrue(l.low() <= l.value() && l.value() <= l.high(), l.toString());
        assertTrue(l.high() - l.low() < (s.high() - s.low()) / 2, "16x users, about 1/4 the width: " + s + " " + l);
        assertEquals(s, new Bootstrap(1000, 0.95, 42).mean(small), "same seed, same interval");
    }

    @Test void setMetricIntervalsAreBiasCorrected() {
        // 200 users, each recommended 2 of 100 items at random: plain resampling lowers coverage
        SplittableRandom r = new SplittableRandom(3);
        int[][] lists = new int[200][];
        for (int u = 0; u < lists.length; u++) {
            lists[u] = new int[] {r.nextInt(100), r.nextInt(100)};
        }
        Interval i = new Bootstrap(500, 0.95, 1).lists(new org.recstudio.engine.eval.metric.Coverage(100), lists, 2);
        assertTrue(i.low() <= i.value() && i.value() <= i.high(), i.toString());
    }

    @Test void bootstrapOfAConstantIsAPoint() {
        Interval i = new Bootstrap(200, 0.95, 1).mean(new double[] {0.5, 0.5, 0.5});
        assertEquals(new Interval(0.5, 0.5, 0.5), i);
    }

    @Test void quantileInterpolates() {
        assertEquals(2.5, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(1.3, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.1), 1e-12);
    }

    private static double[] sample(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() < 0.3 ? 1 : 0;
        }
        return v;
    }
}
