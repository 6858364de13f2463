package org.recstudio.bandit.policy;

/**
 * One decision of a policy: the chosen arm, its candidate index in the {@link Round}, and its propensity — the
 * probability that the policy chooses this arm in this round (exact, or a Monte-Carlo estimate for Thompson
 * sampling), as logged for off-policy evaluation.
 */
public record Decision(int arm, int candidate, double propensity) {

    public Decision {
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], got " + propensity + " for arm " + arm);
        }
    }
}
