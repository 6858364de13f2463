package org.recstudio.bandit.policy;

/**
 * A ranked page of arms chosen by a policy, best slot first, with for each slot the propensity that the policy
 * puts that arm in that slot (the position-wise marginal probability used by slot-level off-policy estimators).
 */
public record Slate(int[] arms, int[] candidates, double[] propensities) {

    public Slate {
        if (arms.length != candidates.length || arms.length != propensities.length) {
            throw new IllegalArgumentException("slate arrays differ in length: " + arms.length + " arms, "
                    + candidates.length + " candidates, " + propensities.length + " propensities");
        }
        arms = arms.clone();
        candidates = candidates.clone();
        propensities = propensities.clone();
    }

    /** Number of slots. */
    public int size() {
        return arms.length;
    }

    @Override public int[] arms() {
        return arms.clone();
    }

    @Override public int[] candidates() {
        return candidates.clone();
    }

    @Override public double[] propensities() {
        return propensities.clone();
    }

    /** The arm in slot {@code position} (0-based). */
    public int arm(int position) {
        return arms[position];
    }

    /** The candidate index (in the round) in slot {@code position}. */
    public int candidate(int position) {
        return candidates[position];
    }

    /** The propensity of slot {@code position}. */
    public double propensity(int position) {
        return propensities[position];
    }
}
