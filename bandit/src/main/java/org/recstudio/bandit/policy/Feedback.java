package org.recstudio.bandit.policy;

/**
 * The observed reward of one shown arm, with the features it was shown with (null when context-free) and the
 * probability that its slot was examined.
 *
 * <p>With a position-based click model (Richardson et al. 2007; Lagrée, Vernade &amp; Cappé 2016) a click at a
 * slot examined with probability κ is evidence about the arm's attractiveness scaled by κ: context-free policies
 * count κ trials instead of one, linear policies regress the reward on κ·x.
 */
public record Feedback(int arm, double reward, double examination, double[] x, double[] z) {

    public Feedback {
        if (arm < 0) {
            throw new IllegalArgumentException("arm must be >= 0, got " + arm);
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward of arm " + arm + " must be finite, got " + reward);
        }
        if (!(examination > 0 && examination <= 1)) {
            throw new IllegalArgumentException("examination probability of arm " + arm + " must be in (0, 1], got "
                    + examination);
        }
    }

    /** Context-free feedback, fully examined. */
    public static Feedback of(int arm, double reward) {
        return new Feedback(arm, reward, 1.0, null, null);
    }
}
