package org.recstudio.bandit.sim;

import java.util.SplittableRandom;

/**
 * A way of filling a page in the simulator — a bandit policy, a popularity ranking, a recommender — that sees
 * the outcome of what it showed. One instance serves one run.
 */
public interface Strategy {

    /** Called at the start of every round, before {@link #choose} (delayed feedback becomes known here). */
    default void advance(long round) {
    }

    /**
     * Fills {@code out[0..k)} with distinct indexes into {@code candidates[0..n)}, best slot first, for
     * {@code user} in {@code round}; randomness only from {@code rng}.
     */
    void choose(long round, int user, int[] candidates, int n, int k, SplittableRandom rng, int[] out);

    /** The outcome of the item shown in {@code slot} (examined with probability {@code examination}). */
    void observe(long round, int user, int item, int slot, double examination, boolean click);

    /** The learned state at the end of the run when the strategy is a bandit policy, else null. */
    default org.recstudio.bandit.policy.PolicySnapshot snapshot() {
        return null;
    }
}
