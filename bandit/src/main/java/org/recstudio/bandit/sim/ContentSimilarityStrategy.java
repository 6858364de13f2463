package org.recstudio.bandit.sim;

import java.util.SplittableRandom;
import org.recstudio.bandit.policy.Ranking;

/**
 * Content-based recommendation: a user's profile is the sum of the content vectors of the items in their history
 * (before the run, minus the hidden new items, plus clicks during it); candidates are ranked by cosine similarity
 * to it, ties at random. New items are reachable from day one if their content resembles what the user likes;
 * users without history get a random page.
 */
final class ContentSimilarityStrategy implements Strategy {

    private final Environment env;
    private final double[][] profile;
    private final double[] itemNorm;
    private double[] buf = new double[0];

    ContentSimilarityStrategy(Environment env, Arrivals arrivals) {
        this.env = env;
        int c = env.itemFeatureDimension();
        profile = new double[env.userCount()][c];
        itemNorm = new double[env.itemCount()];
        for (int i = 0; i < itemNorm.length; i++) {
            double[] f = env.itemFeatures(i);
            double s = 0;
            for (double v : f) {
                s += v * v;
            }
            itemNorm[i] = Math.sqrt(s);
        }
        for (int u = 0; u < env.userCount(); u++) {
            if (arrivals.isNewUser(u)) {
                continue;
            }
            for (int i : env.history(u)) {
                if (!arrivals.isNewItem(i)) {
                    add(u, i);
                }
            }
        }
    }

    static StrategyFactory factory() {
        return new StrategyFactory() {
            @Override public String name() {
                return "content";
            }

            @Override public String unavailable(Environment env) {
                return env.hasItemFeatures() ? null : "skipped: no content model (the environment has no item "
                        + "content features)";
            }

            @Override public Strategy create(Environment env, Arrivals arrivals, SimulationConfig config) {
                return new ContentSimilarityStrategy(env, arrivals);
            }
        };
    }

    private void add(int user, int item) {
        double[] f = env.itemFeatures(item);
        double[] p = profile[user];
        for (int k = 0; k < p.length; k++) {
            p[k] += f[k];
        }
    }

    @Override public void choose(long round, int user, int[] candidates, int n, int k, SplittableRandom rng,
                                 int[] out) {
        if (buf.length < n) {
            buf = new double[n];
        }
        double[] p = profile[user];
        for (int j = 0; j < n; j++) {
            int i = candidates[j];
            double[] f = env.itemFeatures(i);
            double dot = 0;
            for (int q = 0; q < p.length; q++) {
                dot += p[q] * f[q];
            }
            buf[j] = itemNorm[i] == 0 ? 0 : dot / itemNorm[i];
        }
        Ranking.topK(buf, n, k, rng, out);
    }

    @Override public void observe(long round, int user, int item, int slot, double examination, boolean click) {
        if (click) {
            add(user, item);
        }
    }
}
