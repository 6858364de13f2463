package org.recstudio.bandit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.progress.Progress;

class SimulationTest {

    /** A known-best-arm problem: one taste for everyone, 10 items with clearly different click rates. */
    static Environment contextFree(long seed) {
        return LatentEnvironment.generate(new LatentEnvironment.Params(1, 10, 0, 0.3, 1.2, 0, 0.3, 0, 100), seed);
    }

    static double[] regretAt(SimulationResult r, String name, long... rounds) {
        StrategyResult s = r.strategy(name);
        double[] out = new double[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            long t = rounds[i];
            out[i] = s.regret().stream().filter(p -> p.round() == t).findFirst().orElseThrow().mean();
        }
        return out;
    }

    @Test void thompsonSamplingAndLinUcbHaveSublinearRegretAndBeatRandomAndGreedy() {
        Environment env = contextFree(3);
        long t = 2000;
        SimulationConfig cfg = SimulationConfig.defaults().withRounds(4 * t).withSeeds(8, 11).withNewItems(0)
                .withCheckpoints(8);
        SimulationResult r = new SimulationRunner().run(env, cfg, List.of(Strategies.policy("random"),
                Strategies.policy("greedy"), Strategies.policy("ts"), Strategies.policy("linucb")), Progress.NONE);
        double[] rnd = regretAt(r, "random", t, 4 * t);
        double[] greedy = regretAt(r, "greedy", t, 4 * t);
        for (String name : new String[] {"ts", "linucb"}) {
            double[] reg = regretAt(r, name, t / 2, t, 2 * t, 4 * t);
            assertTrue(reg[3] < 3 * reg[1], name + ": regret(4T)=" + reg[3] + " not < 3 x regret(T)=" + reg[1]);
            assertTrue(reg[1] / t < reg[0] / (t / 2.0) && reg[2] / (2 * t) < reg[1] / t
                    && reg[3] / (4 * t) < reg[2] / (2 * t), name + ": regret(T)/T not decreasing: "
                    + java.util.Arrays.toString(reg));
            assertTrue(reg[3] < rnd[1] / 4, name + " regret " + reg[3] + " vs random " + rnd[1]);
            assertTrue(reg[3] < greedy[1], name + " regret " + reg[3] + " vs greedy " + greedy[1]);
        }
        // random and greedy grow linearly
        assertTrue(rnd[1] > 3 * rnd[0] * 0.9);
        assertTrue(greedy[1] > 2.5 * greedy[0], "greedy " + java.util.Arrays.toString(greedy));
    }

    /** Plays the true best page: the regret must be exactly zero. */
    static StrategyFactory oracle() {
        return new StrategyFactory() {
            @Override public String name() {
                return "oracle";
            }

            @Override public Strategy create(Environment env, Arrivals arrivals, SimulationConfig config) {
                return new Strategy() {
                    @Override public void choose(long round, int user, int[] cand, int n, int k, SplittableRandom rng,
                                                 int[] out) {
                        double[] s = new double[n];
                        for (int j = 0; j < n; j++) {
                            s[j] = env.attractiveness(user, cand[j]);
                        }
                        org.recstudio.bandit.policy.Ranking.topK(s, n, k, rng, out);
                    }

                    @Override public void observe(long round, int user, int item, int slot, double e, boolean c) {
                        assertTrue(round >= arrivals.itemArrival(item), "item shown before it arrived");
                    }
                };
            }
        };
    }

    @Test void theOraclePageHasNoRegretAndSlatesWithPositionBiasWork() {
        Environment env = LatentEnvironment.generate(LatentEnvironment.Params.defaults(), 5);
        SimulationConfig cfg = SimulationConfig.defaults().withRounds(3000).withSeeds(2, 1).withSlate(3, 1.0)
                .withCandidates(20).withUsersAndNoise(0.2, 0.1);
        SimulationResult r = new SimulationRunner().run(env, cfg, List.of(oracle(), Strategies.policy("ts"),
                Strategies.policy("lints")), Progress.NONE);
        StrategyResult o = r.strategy("oracle");
        assertEquals(0.0, o.finalRegret().mean(), 1e-9);
        assertTrue(r.strategy("ts").finalRegret().mean() > 0);
        assertTrue(r.strategy("lints").finalRegret().mean() > 0);
        assertEquals(cfg.checkpoints(), o.ctr().size());
        assertTrue(o.finalCtr().mean() > r.strategy("ts").finalCtr().mean() * 0.9);
    }

    @Test void resultsDoNotDependOnThreadsAndRepeatUnderTheSeed() {
        Environment env = LatentEnvironment.generate(LatentEnvironment.Params.defaults(), 7);
        SimulationConfig cfg = SimulationConfig.defaults().withRounds(1500).withSeeds(3, 9).withFeedback(20, 10)
                .withCandidates(20);
        List<StrategyFactory> s = List.of(Strategies.policy("egreedy"), Strategies.policy("hybrid-linucb"),
                Strategies.popularity());
        SimulationResult a = new SimulationRunner().run(env, cfg, s, Progress.NONE);
        SimulationResult b = new SimulationRunner().run(env, cfg.withThreads(2), s, Progress.NONE);
        for (StrategyResult x : a.strategies()) {
            assertEquals(x.regret(), b.strategy(x.name()).regret(), x.name());
            assertEquals(x.newItemExposure(), b.strategy(x.name()).newItemExposure(), x.name());
        }
    }

    @Test void coldStartLabComparesOnTheSameArrivalsAndNotesWhatItSkips() {
        Environment env = LatentEnvironment.generate(new LatentEnvironment.Params(100, 60, 3, 0.05, 1.0, 0.7, 0.3, 5,
                200), 13);
        SimulationConfig cfg = SimulationConfig.defaults().withRounds(6000).withSeeds(3, 2).withNewItems(15);
        SimulationResult r = ColdStartLab.run(env, cfg, null, Progress.NONE);
        assertEquals(List.of("popularity", "content", "als", "egreedy", "ts", "hybrid-linucb"),
                r.strategies().stream().map(StrategyResult::name).toList());
        assertNotNull(r.strategy("als").note());
        assertTrue(r.strategy("als").regret().isEmpty());
        assertNull(r.strategy("content").note());
        double pop = r.strategy("popularity").newItemsClicked().mean();
        double ts = r.strategy("ts").newItemsClicked().mean();
        assertTrue(ts > pop, "TS should discover more new items than popularity: " + ts + " vs " + pop);
        double exposure = r.strategy("ts").newItemExposure().getLast().mean();
        assertTrue(exposure > 0 && exposure < 1);
    }

    @Test void foldInRunsWhenFactorsAreGiven() {
        Environment env = LatentEnvironment.generate(new LatentEnvironment.Params(50, 30, 3, 0.05, 1.0, 0.7, 0.3, 5,
                100), 17);
        float[][] factors = new float[30][3];
        SplittableRandom rng = new SplittableRandom(1);
        for (float[] f : factors) {
            for (int k = 0; k < 3; k++) {
                f[k] = (float) rng.nextGaussian();
            }
        }
        SimulationConfig cfg = SimulationConfig.defaults().withRounds(500).withSeeds(1, 2).withNewItems(5);
        SimulationResult r = new SimulationRunner().run(env, cfg, List.of(Strategies.alsFoldIn(factors)),
                Progress.NONE);
        assertNull(r.strategy("als").note());
        assertTrue(r.strategy("als").finalCtr().mean() > 0);
    }

    @Test void calibrationHitsTheBaseCtrAndArrivalsFollowTheWindow() {
        Environment env = LatentEnvironment.generate(LatentEnvironment.Params.defaults(), 21);
        double sum = 0;
        for (int u = 0; u < env.userCount(); u++) {
            for (int i = 0; i < env.itemCount(); i++) {
                sum += env.attractiveness(u, i);
            }
        }
        assertEquals(0.05, sum / (env.userCount() * env.itemCount()), 1e-6);
        Arrivals a = Arrivals.schedule(100, 50, 1000, 10, 0.2, 0.1, 0.6, new SplittableRandom(1));
        int n = 0;
        for (int i = 0; i < 100; i++) {
            if (a.isNewItem(i)) {
                n++;
                assertTrue(a.itemArrival(i) >= 100 && a.itemArrival(i) < 600, "arrival " + a.itemArrival(i));
            } else {
                assertEquals(0, a.itemArrival(i));
            }
        }
        assertEquals(10, n);
        assertEquals(10, a.newItemCount());
    }
}
