package org.recstudio.bandit.policy;

import java.util.Map;

/**
 * UCB1 (Auer, Cesa-Bianchi &amp; Fischer 2002): play the candidate maximising mean + c·sqrt(2 ln N / n_a),
 * where n_a is the arm's number of trials and N the total; untried arms first (index +∞, ties split). c = 1 is
 * the published algorithm; smaller c explores less. Deterministic up to ties, so propensities are exact.
 */
public final class Ucb1 extends IndexPolicy {

    /** @param c the exploration scale (1 = Auer et al.) */
    public record Params(double c) {
        public Params {
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("c must be >= 0 and finite, got " + c);
            }
        }

        public static Params defaults() {
            return new Params(1.0);
        }
    }

    private final Params params;
    private final ArmStats stats;

    public Ucb1(int arms, Params params) {
        super("ucb1", PolicySpec.format("ucb1", params), arms);
        this.params = params;
        this.stats = new ArmStats(arms);
    }

    /** The UCB1 index of {@code arm} now. */
    public double index(int arm) {
        return index(arm, 2 * Math.log(Math.max(stats.totalTrials, 1.0)));
    }

    private double index(int arm, double twoLogN) {
        double n = stats.trials[arm];
        if (n <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return stats.rewards[arm] / n + params.c() * Math.sqrt(twoLogN / n);
    }

    @Override void indexes(Round round, double[] out) {
        double twoLogN = 2 * Math.log(Math.max(stats.totalTrials, 1.0));
        for (int j = 0; j < round.size(); j++) {
            out[j] = index(round.arm(j), twoLogN);
        }
    }

    @Override public void update(Feedback f) {
        check(f);
        stats.add(f.arm(), f.reward(), f.examination());
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
        stats.save(out);
    }

    @Override void restoreState(PolicySnapshot s) {
        stats.restore(s);
    }
}
