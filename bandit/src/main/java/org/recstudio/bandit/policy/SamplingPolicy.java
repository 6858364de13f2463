package org.recstudio.bandit.policy;

import java.util.SplittableRandom;

/**
 * A Thompson-sampling policy (Thompson 1933; Chapelle &amp; Li 2011): each decision draws one score per candidate
 * from the posterior and plays the largest. The probability of a choice has no closed form, so it is estimated by
 * Monte-Carlo: {@code S = propensitySamples} further independent posterior draws from the same random stream,
 * counting how often the chosen candidate wins; the draw that made the decision counts too, giving
 * {@code (1 + wins) / (1 + S)} — never 0, so a logged decision is always usable by IPS, with a standard error
 * at most {@code 0.5/sqrt(S)}.
 */
abstract class SamplingPolicy extends AbstractPolicy {

    /** The default Monte-Carlo sample count for propensities: standard error ≤ 0.016. */
    static final int DEFAULT_PROPENSITY_SAMPLES = 1000;

    final int propensitySamples;
    private double[] draw = new double[16];

    SamplingPolicy(String type, String spec, int arms, int propensitySamples) {
        super(type, spec, arms);
        if (propensitySamples < 1) {
            throw new IllegalArgumentException("propensitySamples must be >= 1, got " + propensitySamples);
        }
        this.propensitySamples = propensitySamples;
    }

    /** Writes one posterior draw of each candidate's score into {@code out}. */
    abstract void sample(Round round, SplittableRandom rng, double[] out);

    final double[] drawBuffer(int n) {
        if (draw.length < n) {
            draw = new double[Math.max(n, 2 * draw.length)];
        }
        return draw;
    }

    @Override public int select(Round round, SplittableRandom rng) {
        check(round);
        double[] s = drawBuffer(round.size());
        sample(round, rng, s);
        return Ranking.argmax(s, round.size(), rng);
    }

    @Override public Decision decide(Round round, SplittableRandom rng) {
        int j = select(round, rng);
        int wins = 0;
        double[] s = drawBuffer(round.size());
        for (int t = 0; t < propensitySamples; t++) {
            sample(round, rng, s);
            if (Ranking.argmax(s, round.size(), rng) == j) {
                wins++;
            }
        }
        return new Decision(round.arm(j), j, (1.0 + wins) / (1.0 + propensitySamples));
    }

    @Override public Slate decideSlate(Round round, int k, SplittableRandom rng) {
        check(round);
        int n = round.size();
        int m = Math.min(k, n);
        double[] s = drawBuffer(n);
        sample(round, rng, s);
        int[] cand = new int[m];
        Ranking.topK(s, n, m, rng, cand);
        int[] wins = new int[m];
        int[] other = new int[m];
        for (int t = 0; t < propensitySamples; t++) {
            sample(round, rng, s);
            Ranking.topK(s, n, m, rng, other);
            for (int p = 0; p < m; p++) {
                if (other[p] == cand[p]) {
                    wins[p]++;
                }
            }
        }
        int[] arm = new int[m];
        double[] prop = new double[m];
        for (int p = 0; p < m; p++) {
            arm[p] = round.arm(cand[p]);
            prop[p] = (1.0 + wins[p]) / (1.0 + propensitySamples);
        }
        return new Slate(arm, cand, prop);
    }

    @Override public void selectSlate(Round round, int k, SplittableRandom rng, int[] out) {
        if (k == 1) {
            out[0] = select(round, rng);
            return;
        }
        check(round);
        double[] s = drawBuffer(round.size());
        sample(round, rng, s);
        Ranking.topK(s, round.size(), k, rng, out);
    }

    @Override public void probabilities(Round round, SplittableRandom rng, double[] out) {
        check(round);
        int n = round.size();
        java.util.Arrays.fill(out, 0, n, 0.0);
        double[] s = drawBuffer(n);
        for (int t = 0; t < propensitySamples; t++) {
            sample(round, rng, s);
            out[Ranking.argmax(s, n, rng)] += 1.0;
        }
        for (int j = 0; j < n; j++) {
            out[j] /= propensitySamples;
        }
    }
}
