package org.recstudio.engine.eval;

import java.util.List;
import java.util.Map;

/**
 * What tuning on the validation split tried and chose; the chosen params were then evaluated once on test.
 *
 * @param best     the params (as strings) with the highest validation objective; ties go to the earlier trial
 * @param trials   every tried combination with its validation objective, in trial order
 */
public record TuningResult(String mode, String objective, Map<String, String> best, double bestValue,
                           List<Trial> trials) {

    /** One tried combination. */
    public record Trial(Map<String, String> params, double value, double fitSeconds) {
    }

    public TuningResult {
        best = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(best));
        trials = List.copyOf(trials);
    }
}
