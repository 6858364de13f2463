package org.recstudio.engine.model.hybrid;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;

/**
 * Hyperparameters of the hybrid recommender (Burke 2002): a switching hybrid with cold-item and cold-user
 * thresholds, or a weighted blend of named component algorithms, each fitted with its own defaults.
 *
 * @param mode               {@link Mode#SWITCHING} or {@link Mode#WEIGHTED}
 * @param coldItemThreshold  switching: items with fewer training interactions than this are scored by content
 * @param coldUserThreshold  switching: users with fewer training interactions than this get {@code coldUsers}
 * @param coldUsers          switching: what scores cold users
 * @param collaborative      switching: the algorithm that scores warm users on warm items
 * @param components         weighted: the algorithms blended ({@code content}, {@code popularity} or any
 *                           collaborative algorithm the hybrid was given)
 * @param weights            weighted: one weight per component, >= 0, not all 0
 * @param normalization      how component scores are put on one scale per user
 */
public record HybridParams(
        @Doc("SWITCHING (content for cold items, popularity or content for cold users) or WEIGHTED (blend)")
        Mode mode,
        @Doc("Switching: items with fewer training interactions than this are scored by content; >= 0")
        int coldItemThreshold,
        @Doc("Switching: users with fewer training interactions than this are cold; >= 0") int coldUserThreshold,
        @Doc("Switching: POPULARITY or CONTENT for cold users (content falls back to popularity without history)")
        ColdUserStrategy coldUsers,
        @Doc("Switching: the collaborative algorithm for warm users and items, e.g. itemknn") String collaborative,
        @Doc("Weighted: the algorithms to blend, e.g. content,popularity,itemknn") List<String> components,
        @Doc("Weighted: one weight per component, each >= 0, not all 0") List<Double> weights,
        @Doc("How scores are put on one scale per user: MIN_MAX or Z_SCORE") ScoreNormalization normalization)
        implements Params {

    /** The two hybridisation methods of Burke's taxonomy offered here. */
    public enum Mode { SWITCHING, WEIGHTED }

    /** What scores users with fewer interactions than the cold-user threshold. */
    public enum ColdUserStrategy { POPULARITY, CONTENT }

    public HybridParams {
        if (mode == null || coldUsers == null || normalization == null) {
            throw new IllegalArgumentException("mode, coldUsers and normalization must be set, got mode " + mode
                    + ", coldUsers " + coldUsers + ", normalization " + normalization);
        }
        if (coldItemThreshold < 0) {
            throw new IllegalArgumentException("coldItemThreshold must be >= 0, got " + coldItemThreshold);
        }
        if (coldUserThreshold < 0) {
            throw new IllegalArgumentException("coldUserThreshold must be >= 0, got " + coldUserThreshold);
        }
        collaborative = name("collaborative", collaborative);
        components = List.copyOf(components).stream().map(c -> name("components", c)).toList();
        weights = List.copyOf(weights);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("components must name at least one algorithm, got none");
        }
        Set<String> seen = new HashSet<>();
        for (String c : components) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("components lists '" + c + "' twice: " + components);
            }
        }
        if (weights.size() != components.size()) {
            throw new IllegalArgumentException("weights has " + weights.size() + " values " + weights + " but "
                    + "components has " + components.size() + " " + components + "; give one weight per component");
        }
        double sum = 0;
        for (double w : weights) {
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + weights);
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be > 0, got " + weights);
        }
    }

    /**
     * The defaults: switching at 5 interactions per item and 3 per user, popularity for cold users, item-kNN as
     * the collaborative model; blend weights content 0.3, popularity 0.2, item-kNN 0.5; min-max normalisation.
     */
    public static HybridParams defaults() {
        return new HybridParams(Mode.SWITCHING, 5, 3, ColdUserStrategy.POPULARITY, "itemknn",
                List.of("content", "popularity", "itemknn"), List.of(0.3, 0.2, 0.5), ScoreNormalization.MIN_MAX);
    }

    /** A weighted blend of {@code components} with {@code weights}, other params as in {@link #defaults()}. */
    public static HybridParams weighted(List<String> components, List<Double> weights) {
        HybridParams d = defaults();
        return new HybridParams(Mode.WEIGHTED, d.coldItemThreshold, d.coldUserThreshold, d.coldUsers,
                d.collaborative, components, weights, d.normalization);
    }

    /** A switching hybrid with these thresholds, other params as in {@link #defaults()}. */
    public static HybridParams switching(int coldItemThreshold, int coldUserThreshold, ColdUserStrategy coldUsers) {
        HybridParams d = defaults();
        return new HybridParams(Mode.SWITCHING, coldItemThreshold, coldUserThreshold, coldUsers, d.collaborative,
                d.components, d.weights, d.normalization);
    }

    private static String name(String param, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(param + " must name an algorithm, got '" + value + "'");
        }
        String n = value.trim().toLowerCase(Locale.ROOT);
        if (n.equals(HybridAlgorithm.NAME)) {
            throw new IllegalArgumentException(param + " cannot name the hybrid itself");
        }
        return n;
    }
}
