package org.recstudio.engine.eval;

import java.util.Map;

/**
 * The accuracy metrics of one model on one group of users.
 *
 * @param segment the breakdown, e.g. {@code activity}, {@code items}, {@code attribute:gender}
 * @param group   the group within it, e.g. {@code cold}, {@code heavy}, {@code F}
 * @param users   evaluated users in the group
 */
public record SegmentResult(String segment, String group, int users, Map<String, MetricValue> metrics) {

    public SegmentResult {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
