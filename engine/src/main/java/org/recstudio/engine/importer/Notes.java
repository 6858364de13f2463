package org.recstudio.engine.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes of one import: counts of what it noticed without rejecting rows (a price that is not a price, an HTML
 * title, a clipped description), keeping the first example of each, rendered as sentences for the report.
 */
final class Notes {

    private static final int MAX_EXAMPLE = 80;

    /** How often one thing was noticed, and where first. */
    private static final class Entry {
        private final long line;
        private final String example;
        private long count = 1;

        Entry(long line, String example) {
            this.line = line;
            this.example = example;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> fixed = new ArrayList<>();

    /** Counts one occurrence of {@code what} ("values of column 'price' were not prices and were left empty"). */
    void add(String what, long line, String example) {
        Entry e = entries.get(what);
        if (e == null) {
            String ex = example == null ? null : example.length() <= MAX_EXAMPLE ? example
                    : example.substring(0, MAX_EXAMPLE - 1) + "…";
            entries.put(what, new Entry(line, ex));
        } else {
            e.count++;
        }
    }

    /** Adds a note that is not counted per row. */
    void add(String sentence) {
        fixed.add(sentence);
    }

    List<String> render() {
        List<String> out = new ArrayList<>(fixed);
        entries.forEach((what, e) -> out.add(String.format("%,d %s (first: line %d%s)", e.count, what, e.line,
                e.example == null ? "" : ", '" + e.example + "'")));
        return out;
    }
}
