package org.recstudio.app.studio.evaluate;

import java.util.Map;

/**
 * One model in the results table.
 *
 * @param label      the model's label
 * @param baseline   whether the others are tested against it
 * @param cells      per metric key ({@code ndcg@10}) the cell text, e.g. {@code 0.0816 [0.0710, 0.0920] ▲*}
 * @param fitSeconds the final fit's wall time
 */
public record ResultRow(String label, boolean baseline, Map<String, String> cells, double fitSeconds) {

    public ResultRow {
        cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    }

    /** The cell of {@code key}, or "" when the run has no such metric. */
    public String cell(String key) {
        return cells.getOrDefault(key, "");
    }
}
