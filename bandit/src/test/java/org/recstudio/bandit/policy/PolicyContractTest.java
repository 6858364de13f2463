package org.recstudio.bandit.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every policy keeps: valid choices, consistent propensities, determinism, snapshots. */
class PolicyContractTest {

    static final int ARMS = 12;
    static final int D = 4;
    static final int K = 3;

    static Stream<String> specs() {
        return Stream.of("random", "greedy", "egreedy:epsilon=0.2", "egreedy:epsilon=0.3,decay=1", "ucb1",
                "ts:propensitySamples=400", "gts:propensitySamples=400", "softmax:temperature=0.2",
                "linucb", "hybrid-linucb", "lints:propensitySamples=400");
    }

    static Policy create(String spec) {
        return Policies.create(spec, ARMS, D, K);
    }

    /** A round over arms 2..9 with random features. */
    static Round round(SplittableRandom rng) {
        int n = 8;
        int[] arms = new int[n];
        double[] x = new double[n * D];
        double[] z = new double[n * K];
        for (int j = 0; j < n; j++) {
            arms[j] = 2 + j;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        return Round.withFeatures(arms, n, x, D, z, K);
    }

    /** Trains with rewards where arm a pays with probability a/ARMS. */
    static void train(Policy p, int rounds, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int t = 0; t < rounds; t++) {
            Round r = round(rng);
            Decision d = p.decide(r, rng);
            double reward = rng.nextDouble() < (double) d.arm() / ARMS ? 1 : 0;
            p.update(r.feedback(d.candidate(), reward));
        }
    }

    @ParameterizedTest @MethodSource("specs")
    void propensitiesArePositiveAndSumToOne(String spec) {
        Policy p = create(spec);
        train(p, 60, 1);
        SplittableRandom rng = new SplittableRandom(2);
        Round r = round(rng);
        double[] pr = new double[r.size()];
        p.probabilities(r, rng, pr);
        double sum = 0;
        for (double v : pr) {
            assertTrue(v >= 0 && v <= 1, spec + ": " + v);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-9, spec);
        boolean exact = !(p instanceof SamplingPolicy);
        double bias = 0;
        for (int t = 0; t < 50; t++) {
            Decision d = p.decide(r, rng);
            assertEquals(r.arm(d.candidate()), d.arm());
            assertTrue(d.propensity() > 0 && d.propensity() <= 1);
            if (exact) {
                assertEquals(pr[d.candidate()], d.propensity(), 1e-12, spec);
            } else {
                // two Monte-Carlo estimates of 400 draws: standard error of the difference ≤ 0.036
                assertEquals(pr[d.candidate()], d.propensity(), 0.18, spec);
                bias += (d.propensity() - pr[d.candidate()]) / 50;
            }
        }
        assertEquals(0.0, bias, 0.04, spec + ": mean difference between decide() and probabilities()");
    }

    @ParameterizedTest @MethodSource("specs")
    void slatesHoldDistinctCandidatesWithPropensities(String spec) {
        Policy p = create(spec);
        train(p, 60, 3);
        SplittableRandom rng = new SplittableRandom(4);
        Round r = round(rng);
        Slate s = p.decideSlate(r, 3, rng);
        assertEquals(3, s.size());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            assertTrue(seen.add(s.candidate(i)), "duplicate in slate of " + spec);
            assertEquals(r.arm(s.candidate(i)), s.arm(i));
            assertTrue(s.propensity(i) > 0 && s.propensity(i) <= 1, spec + " slot " + i + ": " + s.propensity(i));
        }
        assertEquals(r.size(), p.decideSlate(r, 100, rng).size(), "k is capped at the candidates");
    }

    @ParameterizedTest @MethodSource("specs")
    void sameSeedSameDecisions(String spec) {
        Policy a = create(spec);
        Policy b = create(spec);
        train(a, 80, 5);
        train(b, 80, 5);
        SplittableRandom ra = new SplittableRandom(6);
        SplittableRandom rb = new SplittableRandom(6);
        for (int t = 0; t < 30; t++) {
            Round r = round(new SplittableRandom(t));
            assertEquals(a.select(r, ra), b.select(r, rb), spec);
        }
        assertEquals(a.snapshot().spec(), b.snapshot().spec());
    }

    @ParameterizedTest @MethodSource("specs")
    void snapshotRoundTripsThroughJsonAndContinuesIdentically(String spec, @TempDir Path dir) {
        Policy p = create(spec);
        train(p, 70, 7);
        PolicyStore store = new PolicyStore(dir.resolve("artifacts/bandits"));
        store.save("p1", p.snapshot().withProvenance(java.util.Map.of("seed", "7")));
        assertEquals(java.util.List.of("p1"), store.list());
        PolicySnapshot back = store.load("p1");
        assertEquals("7", back.provenance().get("seed"));
        Policy q = Policies.restore(back);
        assertEquals(p.spec(), q.spec());
        assertEquals(p.updates(), q.updates());
        // both continue learning and deciding in lockstep
        train(p, 20, 8);
        train(q, 20, 8);
        SplittableRandom ra = new SplittableRandom(9);
        SplittableRandom rb = new SplittableRandom(9);
        for (int t = 0; t < 20; t++) {
            Round r = round(new SplittableRandom(100 + t));
            assertEquals(p.select(r, ra), q.select(r, rb), spec);
        }
        for (var e : p.snapshot().state().entrySet()) {
            assertArrayEquals(e.getValue(), q.snapshot().state().get(e.getKey()), spec + " " + e.getKey());
        }
        Path exported = store.export("p1", dir.resolve("out/p1.json"));
        assertEquals(back.spec(), PolicyStore.read(exported).spec());
    }

    @Test void learningPoliciesPreferTheBestArmAfterTraining() {
        for (String spec : new String[] {"egreedy:epsilon=0.1", "ucb1", "ts", "gts", "softmax:temperature=0.05"}) {
            Policy p = Policies.create(spec, ARMS);
            SplittableRandom rng = new SplittableRandom(11);
            Round all = Round.all(ARMS);
            int best = 0;
            for (int t = 0; t < 4000; t++) {
                int j = p.select(all, rng);
                if (t >= 3000 && j == ARMS - 1) {
                    best++;
                }
                p.update(Feedback.of(j, rng.nextDouble() < (j == ARMS - 1 ? 0.6 : 0.3) ? 1 : 0));
            }
            assertTrue(best > 500, spec + " played the best arm " + best + " of the last 1000 rounds");
        }
    }

    @Test void specsAreValidatedWithTheKnownKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Policies.create("egreedy:eps=0.1", 3));
        assertTrue(e.getMessage().contains("epsilon"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Policies.create("nope", 3));
        assertTrue(e.getMessage().contains("ts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Policies.create("linucb", 3));
        assertTrue(e.getMessage().contains("features"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Policies.create("ucb1:c=abc", 3));
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
        assertEquals("egreedy:epsilon=0.05,decay=0.0,initial=0.0", Policies.create("egreedy:epsilon=0.05", 3).spec());
    }

    @Test void feedbackBufferDelaysAndBatches() {
        Policy p = Policies.create("egreedy", 2);
        FeedbackBuffer buf = new FeedbackBuffer(p, 3, 2);
        for (int t = 0; t < 5; t++) {
            buf.advance(t);
            buf.add(t, Feedback.of(0, 1));
        }
        // rounds 0 and 1 became known at 3 and 4: one batch of 2
        assertEquals(2, p.updates());
        assertEquals(3, buf.pending());
        buf.advance(5);
        assertEquals(2, p.updates(), "a lone known feedback waits for its batch");
        buf.flush();
        assertEquals(5, p.updates());
        assertNotEquals(0, buf.delivered());
    }
}
