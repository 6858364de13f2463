package org.recstudio.engine.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.ParamSpec;
import org.recstudio.engine.model.ParamsBinder;

/**
 * Default tuning search spaces of the built-in algorithms (used by {@code --tune} when no grid is given): the
 * hyperparameters that matter most, over ranges that cover MovieLens-sized data. Keys the algorithm's params record
 * does not have are left out, so the spaces survive params changes.
 */
public final class SearchSpaces {

    private SearchSpaces() {
    }

    /** The default search space of {@code algorithm}; empty for algorithms with nothing worth tuning. */
    public static Map<String, List<String>> defaults(Algorithm<?> algorithm) {
        return defaults(algorithm, Map.of());
    }

    /**
     * The default search space of {@code algorithm} around the {@code fixed} params (which are not tuned): for the
     * sequential model with a fixed method, only that method's params.
     */
    public static Map<String, List<String>> defaults(Algorithm<?> algorithm, Map<String, String> fixed) {
        String method = fixed.getOrDefault("method", "").toUpperCase(java.util.Locale.ROOT);
        Map<String, List<String>> space = new LinkedHashMap<>();
        switch (algorithm.name()) {
            case "als" -> {
                // λ in half-decades (plain λ peaks near 3 and activity-scaled λ near 0.01–0.1 on MovieLens);
                // alpha below 1 for ratings used as strengths (1–5), up to 40 for raw counts (Hu et al. 2008)
                space.put("factors", List.of("32", "64", "128"));
                space.put("regularization", List.of("0.01", "0.03", "0.1", "0.3", "1", "3", "10"));
                space.put("alpha", List.of("0.25", "1", "4", "16", "40"));
                space.put("scaleRegularization", List.of("false", "true"));
            }
            case "itemknn" -> {
                space.put("neighbours", List.of("20", "50", "100", "200", "400"));
                space.put("shrinkage", List.of("0", "10", "50", "200"));
            }
            case "ease" -> space.put("lambda", List.of("50", "100", "250", "500", "1000", "2000"));
            case "sequential" -> {
                space.put("method", List.of("TRANSITIONS", "SLIST"));
                if (!method.equals("SLIST")) {
                    space.put("historyLength", List.of("1", "3", "5", "10"));
                    space.put("smoothing", List.of("0.1", "1", "5"));
                }
                if (method.equals("SLIST")) {
                    space.put("alpha", List.of("0.2", "0.5", "0.8"));
                    space.put("lambda", List.of("10", "100", "1000"));
                }
            }
            default -> {
                return Map.of();
            }
        }
        Set<String> known = ParamsBinder.describe(algorithm).stream().map(ParamSpec::name).collect(Collectors.toSet());
        space.keySet().retainAll(known);
        space.keySet().removeAll(fixed.keySet());
        return space;
    }
}
