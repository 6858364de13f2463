package org.recstudio.bandit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Context-free policies against hand-computed updates and indexes. */
class ContextFreePoliciesTest {

    @Test void ucb1IndexMatchesHandComputation() {
        Ucb1 p = new Ucb1(3, Ucb1.Params.defaults());
        p.update(Feedback.of(0, 1));
        p.update(Feedback.of(0, 0));
        p.update(Feedback.of(1, 1));
        // N = 3: arm 0 = 1/2 + sqrt(2 ln 3 / 2), arm 1 = 1 + sqrt(2 ln 3), arm 2 untried = +inf
        assertEquals(0.5 + Math.sqrt(Math.log(3)), p.index(0), 1e-12);
        assertEquals(1 + Math.sqrt(2 * Math.log(3)), p.index(1), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, p.index(2));
        Decision d = p.decide(Round.all(3), new SplittableRandom(1));
        assertEquals(2, d.arm());
        assertEquals(1.0, d.propensity());
    }

    @Test void ucb1SplitsTiesAmongUntriedArms() {
        Ucb1 p = new Ucb1(4, Ucb1.Params.defaults());
        p.update(Feedback.of(0, 1));
        Decision d = p.decide(Round.all(4), new SplittableRandom(3));
        assertTrue(d.arm() >= 1);
        assertEquals(1.0 / 3, d.propensity(), 1e-15);
    }

    @Test void betaPosteriorCountsClicksAndNonClicks() {
        BetaThompson p = new BetaThompson(2, new BetaThompson.Params(2, 3, 100));
        p.update(Feedback.of(0, 1));
        p.update(Feedback.of(0, 0));
        p.update(Feedback.of(0, 1));
        p.update(new Feedback(1, 0, 0.5, null, null));
        assertEquals(4, p.alpha(0), 0);
        assertEquals(4, p.beta(0), 0);
        assertEquals(2, p.alpha(1), 0);
        assertEquals(3.5, p.beta(1), 0);
    }

    @Test void betaDrawsHaveThePosteriorMean() {
        // arm 0: Beta(31, 71) mean 0.3039; arm 1: Beta(1, 1) mean 0.5 (vector path); scalar path alike
        for (boolean scalar : new boolean[] {false, true}) {
            BetaThompson p = new BetaThompson(2, new BetaThompson.Params(scalar ? 0.999999 : 1, 1, 10));
            for (int i = 0; i < 100; i++) {
                p.update(Feedback.of(0, i < 30 ? 1 : 0));
            }
            SplittableRandom rng = new SplittableRandom(7);
            double[] out = new double[2];
            double s0 = 0;
            double s1 = 0;
            double q0 = 0;
            int n = 20000;
            for (int t = 0; t < n; t++) {
                p.sample(Round.all(2), rng, out);
                s0 += out[0];
                q0 += out[0] * out[0];
                s1 += out[1];
            }
            double a = p.alpha(0);
            double b = p.beta(0);
            double mean = a / (a + b);
            double var = a * b / ((a + b) * (a + b) * (a + b + 1));
            assertEquals(mean, s0 / n, 4 * Math.sqrt(var / n), "scalar=" + scalar);
            assertEquals(var, q0 / n - (s0 / n) * (s0 / n), 0.1 * var, "scalar=" + scalar);
            assertEquals(p.alpha(1) / (p.alpha(1) + p.beta(1)), s1 / n, 0.01, "scalar=" + scalar);
        }
    }

    @Test void betaThompsonHandlesRoundsOfEverySize() {
        BetaThompson p = new BetaThompson(200, BetaThompson.Params.defaults());
        SplittableRandom rng = new SplittableRandom(4);
        for (int n = 1; n <= 200; n += 7) {
            int[] arms = new int[n];
            for (int j = 0; j < n; j++) {
                arms[j] = 199 - j;
            }
            Round r = Round.of(arms, n);
            for (int t = 0; t < 20; t++) {
                int j = p.select(r, rng);
                assertTrue(j >= 0 && j < n);
                p.update(Feedback.of(r.arm(j), rng.nextDouble() < 0.05 ? 1 : 0));
            }
        }
        // the best of two arms with very different posteriors is chosen almost always
        BetaThompson q = new BetaThompson(2, BetaThompson.Params.defaults());
        for (int i = 0; i < 1000; i++) {
            q.update(Feedback.of(0, i % 10 == 0 ? 1 : 0));
            q.update(Feedback.of(1, i % 2 == 0 ? 1 : 0));
        }
        int ones = 0;
        for (int t = 0; t < 1000; t++) {
            ones += q.select(Round.all(2), rng);
        }
        assertEquals(1000, ones);
    }

    @Test void gaussianThompsonPosteriorMeanAndSpread() {
        GaussianThompson p = new GaussianThompson(1, new GaussianThompson.Params(0.5, 10));
        p.update(Feedback.of(0, 1));
        p.update(Feedback.of(0, 2));
        p.update(Feedback.of(0, 3));
        SplittableRandom rng = new SplittableRandom(9);
        double[] out = new double[1];
        double s = 0;
        double q = 0;
        int n = 40000;
        for (int t = 0; t < n; t++) {
            p.sample(Round.all(1), rng, out);
            s += out[0];
            q += out[0] * out[0];
        }
        assertEquals(6.0 / 4, s / n, 0.005); // sum / (n + 1)
        assertEquals(0.25 / 4, q / n - (s / n) * (s / n), 0.003); // σ² / (n + 1)
    }

    @Test void epsilonGreedyPropensitiesAreExact() {
        EpsilonGreedy p = new EpsilonGreedy(4, new EpsilonGreedy.Params(0.2, 0, 0));
        p.update(Feedback.of(1, 1));
        p.update(Feedback.of(2, 1));
        p.update(Feedback.of(3, 0));
        double[] pr = new double[4];
        p.probabilities(Round.all(4), new SplittableRandom(1), pr);
        // arms 1 and 2 tie at mean 1: 0.2/4 + 0.8/2 = 0.45; arms 0 and 3: 0.05
        assertEquals(0.05, pr[0], 1e-15);
        assertEquals(0.45, pr[1], 1e-15);
        assertEquals(0.45, pr[2], 1e-15);
        assertEquals(0.05, pr[3], 1e-15);
        SplittableRandom rng = new SplittableRandom(5);
        for (int t = 0; t < 200; t++) {
            Decision d = p.decide(Round.all(4), rng);
            assertEquals(pr[d.candidate()], d.propensity(), 1e-15);
        }
    }

    @Test void decayingEpsilonFollowsTheSchedule() {
        EpsilonGreedy p = new EpsilonGreedy(10, new EpsilonGreedy.Params(0.5, 2, 0));
        assertEquals(0.5, p.epsilon());
        for (int i = 0; i < 100; i++) {
            p.update(Feedback.of(0, 0));
        }
        assertEquals(Math.min(0.5, 2.0 * 10 / 100), p.epsilon(), 1e-15);
        for (int i = 0; i < 300; i++) {
            p.update(Feedback.of(0, 0));
        }
        assertEquals(2.0 * 10 / 400, p.epsilon(), 1e-15);
    }

    @Test void softmaxProbabilitiesAreBoltzmann() {
        Softmax p = new Softmax(3, new Softmax.Params(0.5, 0, 10));
        p.update(Feedback.of(0, 1));
        p.update(Feedback.of(1, 0.5));
        double[] pr = new double[3];
        p.probabilities(Round.all(3), null, pr);
        double z = Math.exp(2) + Math.exp(1) + 1;
        assertEquals(Math.exp(2) / z, pr[0], 1e-12);
        assertEquals(Math.exp(1) / z, pr[1], 1e-12);
        assertEquals(1 / z, pr[2], 1e-12);
    }

    @Test void badArgumentsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EpsilonGreedy.Params(1.5, 0, 0));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Ucb1(2, Ucb1.Params.defaults()).update(Feedback.of(2, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(0, 1, 0, null, null));
    }
}
