package org.recstudio.engine.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.model.Algorithm;

/** Finds the algorithm an {@link AlgorithmSpec} names; the app passes the registry, tests pass their own. */
@FunctionalInterface
public interface AlgorithmCatalog {

    /**
     * The algorithm called {@code name}.
     *
     * @throws IllegalArgumentException naming the known algorithms when there is none
     */
    Algorithm<?> require(String name);

    /** The algorithms registered with {@link org.recstudio.engine.model.Algorithms} (names and aliases). */
    static AlgorithmCatalog registry() {
        return org.recstudio.engine.model.Algorithms::byName;
    }

    /** A catalog of the given algorithms, by {@link Algorithm#name()}. */
    static AlgorithmCatalog of(List<? extends Algorithm<?>> algorithms) {
        Map<String, Algorithm<?>> byName = new LinkedHashMap<>();
        for (Algorithm<?> a : algorithms) {
            byName.put(a.name(), a);
        }
        return name -> {
            Algorithm<?> a = byName.get(name);
            if (a == null) {
                throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + byName.keySet());
            }
            return a;
        };
    }
}
