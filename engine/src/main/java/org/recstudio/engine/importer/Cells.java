package org.recstudio.engine.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reader of cell values as every import handler needs them: whitespace-trimmed, with the mapping's "missing"
 * markers ("", "?", "\N"…) turned into null, and ids built from one or several columns.
 */
final class Cells {

    private final Set<String> nulls;
    private final int maxNullLength;
    private final boolean[] nullStarts = new boolean[128];
    private final boolean nonAsciiNullStart;

    Cells(List<String> nullValues) {
        this.nulls = new HashSet<>(nullValues);
        this.nulls.add("");
        this.maxNullLength = nulls.stream().mapToInt(String::length).max().orElse(0);
        boolean nonAscii = false;
        for (String s : nulls) {
            if (!s.isEmpty()) {
                if (s.charAt(0) < 128) {
                    nullStarts[s.charAt(0)] = true;
                } else {
                    nonAscii = true;
                }
            }
        }
        this.nonAsciiNullStart = nonAscii;
    }

    /** The trimmed text of {@code col}, or null when absent, missing-marked or {@code col < 0}. */
    String text(Row row, int col) {
        if (col < 0) {
            return null;
        }
        String v = row.get(col);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return isNull(v) ? null : v;
    }

    /** Whether {@code v} (already trimmed) is a "missing" marker. */
    boolean isNull(String v) {
        if (v.isEmpty()) {
            return true;
        }
        char c = v.charAt(0);
        boolean candidate = c < 128 ? nullStarts[c] : nonAsciiNullStart;
        return candidate && v.length() <= maxNullLength && nulls.contains(v);
    }

    /**
     * The id in {@code cols}: the single column's text, or for several columns a stable hash of all their texts
     * ({@code "h"} + 16 hex digits); null when every part is missing.
     */
    String id(Row row, int[] cols) {
        if (cols.length == 1) {
            return text(row, cols[0]);
        }
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        for (int c : cols) {
            String v = text(row, c);
            any |= v != null;
            String s = v == null ? "" : v;
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        if (!any) {
            return null;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return "h" + String.format("%016x", h);
    }
}
