package org.recstudio.bandit.policy;

import java.util.List;

/**
 * The registry of policies by name: builds a policy from a spec such as {@code ts}, {@code egreedy:epsilon=0.05}
 * or {@code linucb:alpha=0.5}, and restores one from a {@link PolicySnapshot}.
 *
 * <p>Names: {@code random}, {@code greedy} (ε-greedy with ε = 0), {@code egreedy}, {@code ucb1}, {@code ts}
 * (Beta–Bernoulli), {@code gts} (Gaussian), {@code softmax}, and the contextual {@code linucb} (disjoint),
 * {@code hybrid-linucb} and {@code lints}.
 */
public final class Policies {

    /** The registered names. */
    public static final List<String> NAMES = List.of("random", "greedy", "egreedy", "ucb1", "ts", "gts", "softmax",
            "linucb", "hybrid-linucb", "lints");

    private Policies() {
    }

    /** Whether policy {@code name} reads per-candidate features. */
    public static boolean isContextual(String name) {
        return name.equals("linucb") || name.equals("hybrid-linucb") || name.equals("lints");
    }

    /**
     * Builds the policy of {@code spec} for {@code arms} arms; contextual policies read features of
     * {@code dimension} (and hybrid-linucb shared features of {@code sharedDimension}).
     */
    public static Policy create(String spec, int arms, int dimension, int sharedDimension) {
        PolicySpec s = PolicySpec.parse(spec);
        if (isContextual(s.name()) && dimension < 1) {
            throw new IllegalArgumentException("policy '" + s.name() + "' needs context features (dimension >= 1)");
        }
        return switch (s.name()) {
            case "random" -> {
                s.bind(UniformRandom.Params.class, UniformRandom.Params.defaults());
                yield new UniformRandom(arms);
            }
            case "greedy" -> new EpsilonGreedy(arms, s.bind(EpsilonGreedy.Params.class,
                    new EpsilonGreedy.Params(0.0, 0.0, 0.0)));
            case "egreedy" -> new EpsilonGreedy(arms, s.bind(EpsilonGreedy.Params.class,
                    EpsilonGreedy.Params.defaults()));
            case "ucb1" -> new Ucb1(arms, s.bind(Ucb1.Params.class, Ucb1.Params.defaults()));
            case "ts" -> new BetaThompson(arms, s.bind(BetaThompson.Params.class, BetaThompson.Params.defaults()));
            case "gts" -> new GaussianThompson(arms, s.bind(GaussianThompson.Params.class,
                    GaussianThompson.Params.defaults()));
            case "softmax" -> new Softmax(arms, s.bind(Softmax.Params.class, Softmax.Params.defaults()));
            case "linucb" -> new LinUcb(arms, dimension, s.bind(LinUcb.Params.class, LinUcb.Params.defaults()));
            case "hybrid-linucb" -> new HybridLinUcb(arms, dimension, Math.max(1, sharedDimension),
                    s.bind(HybridLinUcb.Params.class, HybridLinUcb.Params.defaults()));
            case "lints" -> new LinearThompson(arms, dimension, s.bind(LinearThompson.Params.class,
                    LinearThompson.Params.defaults()));
            default -> throw new IllegalArgumentException("unknown policy '" + s.name() + "'; known: " + NAMES);
        };
    }

    /** A context-free policy from its spec. */
    public static Policy create(String spec, int arms) {
        return create(spec, arms, 0, 0);
    }

    /** The policy a snapshot describes, with its learned state. */
    public static Policy restore(PolicySnapshot snapshot) {
        Policy p = create(snapshot.spec(), snapshot.arms(), snapshot.dimension(), snapshot.sharedDimension());
        if (!p.type().equals(snapshot.type())) {
            throw new IllegalArgumentException("snapshot type '" + snapshot.type() + "' does not match its spec '"
                    + snapshot.spec() + "'");
        }
        AbstractPolicy ap = (AbstractPolicy) p;
        ap.restoreState(snapshot);
        ap.restoreUpdates(snapshot.updates());
        return p;
    }
}
