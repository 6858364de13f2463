package org.recstudio.engine.importer;

import java.nio.file.Path;

/**
 * One input row an import did not store, with where it was and why.
 *
 * @param line    the 1-based line the row starts on
 * @param column  the column at fault, or null when the whole row was bad (e.g. ragged)
 * @param content the row's text, clipped to {@value #MAX_CONTENT} characters
 */
public record RejectedRow(Path file, long line, String column, String reason, String content) {

    /** The longest content kept per rejected row. */
    public static final int MAX_CONTENT = 200;

    public RejectedRow {
        if (content != null && content.length() > MAX_CONTENT) {
            content = content.substring(0, MAX_CONTENT - 1) + "…";
        }
    }

    /** "u.data, line 12, column 'rating': 'abc' is not a number". */
    @Override public String toString() {
        return (file == null ? "" : file.getFileName() + ", ") + "line " + line
                + (column == null ? "" : ", column '" + column + "'") + ": " + reason;
    }
}
