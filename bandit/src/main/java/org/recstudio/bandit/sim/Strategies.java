package org.recstudio.bandit.sim;

import org.recstudio.bandit.policy.PolicySpec;
import org.recstudio.bandit.policy.Policies;

/** The strategies the simulator offers, by name or as factories. */
public final class Strategies {

    private Strategies() {
    }

    /** A bandit policy from its spec (see {@link Policies}), named after the spec's policy name. */
    public static StrategyFactory policy(String spec) {
        return policy(PolicySpec.parse(spec).name(), spec);
    }

    /** A bandit policy from its spec, under {@code name}. */
    public static StrategyFactory policy(String name, String spec) {
        Policies.create(spec, 2, 1, 1); // validate now, with the user's spec in the message
        return PolicyStrategy.factory(name, spec);
    }

    /** Most popular first (historic interactions plus clicks during the run). */
    public static StrategyFactory popularity() {
        return PopularityStrategy.factory();
    }

    /** Content similarity to the user's history; skipped when the environment has no item content. */
    public static StrategyFactory contentSimilarity() {
        return ContentSimilarityStrategy.factory();
    }

    /** A matrix-factorisation model with fold-in, from its item factors (null: skipped with a note). */
    public static StrategyFactory alsFoldIn(float[][] itemFactors) {
        return FoldInStrategy.factory(itemFactors);
    }

    /**
     * The strategy called {@code name}: {@code popularity}, {@code content}, {@code als} (needs factors) or a
     * policy spec.
     */
    public static StrategyFactory byName(String name, float[][] alsItemFactors) {
        return switch (PolicySpec.parse(name).name()) {
            case "popularity", "pop" -> popularity();
            case "content" -> contentSimilarity();
            case "als" -> alsFoldIn(alsItemFactors);
            default -> policy(name);
        };
    }
}
