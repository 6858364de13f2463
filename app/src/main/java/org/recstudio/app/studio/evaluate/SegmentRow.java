package org.recstudio.app.studio.evaluate;

import java.util.Map;

/**
 * One user group in the segment breakdown of one metric.
 *
 * @param segment the breakdown, e.g. "Activity", "Cold items", "Attribute: country"
 * @param group   the group, e.g. "cold"
 * @param users   evaluated users in the group
 * @param byModel per model label the cell text (value and interval)
 */
public record SegmentRow(String segment, String group, int users, Map<String, String> byModel) {

    public SegmentRow {
        byModel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byModel));
    }
}
