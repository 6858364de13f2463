package org.recstudio.bandit.sim;

import java.util.SplittableRandom;
import org.recstudio.bandit.policy.Ranking;

/**
 * The most-popular ranking: items ordered by historic interactions plus clicks seen during the run (ties at
 * random). New items start at zero and rarely get a chance — the cold-start failure the bandits are compared to.
 */
final class PopularityStrategy implements Strategy {

    private final double[] score;
    private double[] buf = new double[0];

    PopularityStrategy(Environment env, Arrivals arrivals) {
        score = new double[env.itemCount()];
        for (int i = 0; i < score.length; i++) {
            score[i] = arrivals.isNewItem(i) ? 0 : env.popularity(i);
        }
    }

    static StrategyFactory factory() {
        return new StrategyFactory() {
            @Override public String name() {
                return "popularity";
            }

            @Override public Strategy create(Environment env, Arrivals arrivals, SimulationConfig config) {
                return new PopularityStrategy(env, arrivals);
            }
        };
    }

    @Override public void choose(long round, int user, int[] candidates, int n, int k, SplittableRandom rng,
                                 int[] out) {
        if (buf.length < n) {
            buf = new double[n];
        }
        for (int j = 0; j < n; j++) {
            buf[j] = score[candidates[j]];
        }
        Ranking.topK(buf, n, k, rng, out);
    }

    @Override public void observe(long round, int user, int item, int slot, double examination, boolean click) {
        if (click) {
            score[item] += 1;
        }
    }
}
