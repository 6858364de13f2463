package org.recstudio.bandit.policy;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The uniformly random policy: every candidate with probability 1/n; a slate is a uniformly random ordered
 * subset, so each candidate is in each slot with probability 1/n. The baseline of every comparison and the
 * logging policy that makes replay evaluation unbiased (Li et al. 2011).
 */
public final class UniformRandom extends AbstractPolicy {

    /** No parameters. */
    public record Params() {
        public static Params defaults() {
            return new Params();
        }
    }

    public UniformRandom(int arms) {
        super("random", "random", arms);
    }

    @Override public int select(Round round, SplittableRandom rng) {
        return rng.nextInt(round.size());
    }

    @Override public Decision decide(Round round, SplittableRandom rng) {
        int j = select(round, rng);
        return new Decision(round.arm(j), j, 1.0 / round.size());
    }

    @Override public Slate decideSlate(Round round, int k, SplittableRandom rng) {
        int n = round.size();
        int m = Math.min(k, n);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int[] cand = new int[m];
        int[] arm = new int[m];
        double[] prop = new double[m];
        for (int p = 0; p < m; p++) {
            int r = p + rng.nextInt(n - p);
            int t = perm[p];
            perm[p] = perm[r];
            perm[r] = t;
            cand[p] = perm[p];
            arm[p] = round.arm(perm[p]);
            prop[p] = 1.0 / n;
        }
        return new Slate(arm, cand, prop);
    }

    @Override public void probabilities(Round round, SplittableRandom rng, double[] out) {
        java.util.Arrays.fill(out, 0, round.size(), 1.0 / round.size());
    }

    @Override public void update(Feedback feedback) {
        check(feedback);
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
    }

    @Override void restoreState(PolicySnapshot snapshot) {
    }
}
