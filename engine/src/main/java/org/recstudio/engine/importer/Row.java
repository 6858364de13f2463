package org.recstudio.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;

/** One data row of a file being imported, read by a {@link RowReader}; valid until the next row is read. */
interface Row {

    /** The 1-based line the row starts on. */
    long line();

    /** The number of fields (for JSON: the number of columns). */
    int size();

    /** The text of field {@code col}, or null when the row has no such field (or a JSON null). */
    String get(int col);

    /** The JSON value of field {@code col} (JSON Lines only), else null. */
    JsonNode node(int col);

    /** Why the row could not be parsed at all (bad JSON), or null. */
    String error();

    /** The undecodable bytes found in the row ("byte 0xE9"), or null. */
    String badBytes();

    /** The row's text, for reports; may be long, callers clip it. */
    String content();
}
