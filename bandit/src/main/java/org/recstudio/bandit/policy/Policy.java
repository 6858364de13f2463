package org.recstudio.bandit.policy;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A bandit policy: chooses arms among a round's candidates and learns from feedback.
 *
 * <p>All randomness comes from the {@link SplittableRandom} passed to each call, so the same seed and the same
 * feedback give the same choices. A policy is not thread-safe: one thread decides and updates it. Its learned
 * state can be {@link #snapshot() snapshotted} and restored with {@link Policies#restore}.
 */
public interface Policy {

    /** The registry name of this policy type, e.g. {@code ts} or {@code linucb}. */
    String type();

    /** The spec that recreates this policy with its parameters, e.g. {@code egreedy:epsilon=0.1,decay=0.0}. */
    String spec();

    /** Number of arms (valid arms are {@code 0..armCount()-1}). */
    int armCount();

    /** The per-arm feature dimension the policy reads from {@link Round#features()} (0 when context-free). */
    int dimension();

    /** The shared feature dimension the policy reads from {@link Round#sharedFeatures()} (0 when unused). */
    default int sharedDimension() {
        return 0;
    }

    /** Chooses a candidate and returns its index in the round: the fast path, without a propensity. */
    int select(Round round, SplittableRandom rng);

    /** Chooses a candidate and returns it with its propensity. */
    Decision decide(Round round, SplittableRandom rng);

    /**
     * Chooses a page of {@code min(k, round.size())} distinct candidates, best slot first, with slot-wise
     * propensities.
     */
    Slate decideSlate(Round round, int k, SplittableRandom rng);

    /**
     * Chooses a page of {@code k <= round.size()} distinct candidates into {@code out[0..k)}, best slot first:
     * the fast path of {@link #decideSlate}, without propensities.
     */
    default void selectSlate(Round round, int k, SplittableRandom rng, int[] out) {
        if (k == 1) {
            out[0] = select(round, rng);
            return;
        }
        Slate s = decideSlate(round, k, rng);
        for (int p = 0; p < k; p++) {
            out[p] = s.candidate(p);
        }
    }

    /**
     * Writes the probability of choosing each candidate into {@code out[0..round.size())}: exact for
     * deterministic, ε-greedy and softmax policies, a Monte-Carlo estimate for Thompson sampling.
     */
    void probabilities(Round round, SplittableRandom rng, double[] out);

    /** Learns from one observed reward. */
    void update(Feedback feedback);

    /** Learns from a batch of observed rewards, in order (batched or delayed feedback). */
    default void updateAll(List<Feedback> batch) {
        for (Feedback f : batch) {
            update(f);
        }
    }

    /** Number of feedbacks learned from. */
    long updates();

    /** The learned state, for storing, exporting and restoring. */
    PolicySnapshot snapshot();
}
