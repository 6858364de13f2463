package org.recstudio.engine.eval;

import java.util.List;
import java.util.Map;

/**
 * The results of one model in a run.
 *
 * @param label          the model's label
 * @param algorithm      the registered algorithm name
 * @param params         every param of the fitted model (defaults included), as strings
 * @param fitSeconds     wall time of the final fit on the training split
 * @param metrics        per metric key ({@code ndcg@10}) the value, interval and tests vs the baseline
 * @param segments       the breakdowns
 * @param tuning         what tuning chose, or null without tuning
 */
public record AlgorithmResult(String label, String algorithm, Map<String, String> params, double fitSeconds,
                              double evaluateSeconds, Map<String, MetricValue> metrics, List<SegmentResult> segments,
                              TuningResult tuning) {

    public AlgorithmResult {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        segments = List.copyOf(segments);
    }

    /** The metric {@code key}, e.g. {@code ndcg@10}. */
    public MetricValue metric(String key) {
        MetricValue v = metrics.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no metric '" + key + "' in the results of " + label + "; have "
                    + metrics.keySet());
        }
        return v;
    }
}
