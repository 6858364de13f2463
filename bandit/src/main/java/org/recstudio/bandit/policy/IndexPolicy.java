package org.recstudio.bandit.policy;

import java.util.SplittableRandom;

/**
 * A deterministic index policy: each candidate gets an index (UCB bound, mean…) and the policy plays the largest,
 * ties split uniformly at random — so the propensity of a choice is 1 or 1/(number of tied candidates), exactly.
 * Slates rank candidates by index.
 */
abstract class IndexPolicy extends AbstractPolicy {

    private double[] scratch = new double[16];

    IndexPolicy(String type, String spec, int arms) {
        super(type, spec, arms);
    }

    /** Writes the index of each candidate of {@code round} into {@code out}. */
    abstract void indexes(Round round, double[] out);

    final double[] scores(Round round) {
        check(round);
        if (scratch.length < round.size()) {
            scratch = new double[Math.max(round.size(), 2 * scratch.length)];
        }
        indexes(round, scratch);
        return scratch;
    }

    @Override public int select(Round round, SplittableRandom rng) {
        return Ranking.argmax(scores(round), round.size(), rng);
    }

    @Override public Decision decide(Round round, SplittableRandom rng) {
        double[] s = scores(round);
        int j = Ranking.argmax(s, round.size(), rng);
        return new Decision(round.arm(j), j, 1.0 / Ranking.ties(s, round.size(), j));
    }

    @Override public Slate decideSlate(Round round, int k, SplittableRandom rng) {
        double[] s = scores(round);
        int n = round.size();
        int m = Math.min(k, n);
        int[] cand = new int[m];
        Ranking.topK(s, n, m, rng, cand);
        int[] arm = new int[m];
        double[] prop = new double[m];
        for (int p = 0; p < m; p++) {
            arm[p] = round.arm(cand[p]);
            prop[p] = Ranking.slotProbability(s, n, cand[p], p);
        }
        return new Slate(arm, cand, prop);
    }

    @Override public void selectSlate(Round round, int k, SplittableRandom rng, int[] out) {
        if (k == 1) {
            out[0] = select(round, rng);
            return;
        }
        Ranking.topK(scores(round), round.size(), k, rng, out);
    }

    @Override public void probabilities(Round round, SplittableRandom rng, double[] out) {
        double[] s = scores(round);
        int n = round.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, s[j]);
        }
        int g = 0;
        for (int j = 0; j < n; j++) {
            if (s[j] == max) {
                g++;
            }
        }
        for (int j = 0; j < n; j++) {
            out[j] = s[j] == max ? 1.0 / g : 0.0;
        }
    }
}
