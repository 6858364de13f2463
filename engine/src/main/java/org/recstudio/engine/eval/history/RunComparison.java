package org.recstudio.engine.eval.history;

import java.util.List;
import java.util.Map;

/**
 * The differences between two stored runs: protocol entries, each model's params, and each model's metrics.
 *
 * @param protocol per protocol key whose value differs, the two values ({@code [a, b]})
 * @param params   per model label, per param key that differs (or exists in one run only), the two values
 * @param metrics  every metric of every model present in either run
 */
public record RunComparison(long runA, long runB, boolean sameData, Map<String, List<Object>> protocol,
                            Map<String, Map<String, List<String>>> params, List<MetricDiff> metrics) {

    /** One metric of one model in both runs; a missing side is NaN. */
    public record MetricDiff(String model, String metric, double a, double b, double delta) {
    }
}
