package org.recstudio.engine.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One model to evaluate: a registered algorithm, its params as {@code key=value} strings (bound to the params
 * record by {@link org.recstudio.engine.model.ParamsBinder}), and an optional search space for tuning.
 *
 * @param label     the name in results (defaults to the algorithm name; must be unique within a request)
 * @param algorithm the registered algorithm name, e.g. {@code als}
 * @param params    overrides of the algorithm's defaults
 * @param grid      for tuning: each key's candidate values (empty: nothing to tune)
 */
public record AlgorithmSpec(String label, String algorithm, Map<String, String> params, Map<String, List<String>> grid) {

    public AlgorithmSpec {
        if (algorithm == null || algorithm.isBlank()) {
            throw new IllegalArgumentException("an algorithm spec needs an algorithm name");
        }
        label = label == null || label.isBlank() ? algorithm : label;
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        Map<String, List<String>> g = new LinkedHashMap<>();
        new TreeMap<>(grid).forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("tuning grid of " + algorithm + " has no values for '" + k + "'");
            }
            g.put(k, List.copyOf(v));
        });
        grid = java.util.Collections.unmodifiableMap(g);
    }

    /** The algorithm with its defaults. */
    public static AlgorithmSpec of(String algorithm) {
        return new AlgorithmSpec(algorithm, algorithm, Map.of(), Map.of());
    }

    /** The algorithm with params overrides. */
    public static AlgorithmSpec of(String algorithm, Map<String, String> params) {
        return new AlgorithmSpec(algorithm, algorithm, params, Map.of());
    }

    /** This spec with a tuning search space. */
    public AlgorithmSpec withGrid(Map<String, List<String>> searchSpace) {
        return new AlgorithmSpec(label, algorithm, params, searchSpace);
    }
}
