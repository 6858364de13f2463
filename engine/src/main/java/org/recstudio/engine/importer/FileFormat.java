package org.recstudio.engine.importer;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a data file is encoded and laid out, as detected by {@link FormatSniffer} (or overridden by the user),
 * with a preview of its first rows.
 *
 * @param gzip      whether the file is gzip-compressed (detected from its magic bytes, not its name)
 * @param jsonLines whether the file holds one JSON object per line; then {@code columns} are the object keys
 * @param delimiter the field separator, possibly several characters ("::"); null for JSON Lines
 * @param quote     the quote character, or {@link #NO_QUOTE} when quotes are ordinary characters
 * @param header    whether the first row holds column names
 * @param columns   the column names: the header, or {@code column1..N} without one
 * @param preview   the first rows (at most {@link FormatSniffer#PREVIEW_ROWS}), cells clipped for display
 * @param notes     what detection found or assumed, for people ("ISO-8859-1 detected: byte 0xE9 on line 3…")
 */
public record FileFormat(Charset charset, boolean gzip, boolean jsonLines, String delimiter, char quote,
                         boolean header, List<String> columns, List<List<String>> preview, List<String> notes) {

    /** The {@link #quote} value meaning "no quoting". */
    public static final char NO_QUOTE = '\0';

    public FileFormat {
        Objects.requireNonNull(charset, "charset");
        if (!jsonLines && (delimiter == null || delimiter.isEmpty())) {
            throw new IllegalArgumentException("a delimited file needs a non-empty delimiter, got '" + delimiter + "'");
        }
        if (jsonLines) {
            delimiter = null;
        }
        columns = List.copyOf(columns);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : preview == null ? List.<List<String>>of() : preview) {
            rows.add(row.stream().map(c -> c == null ? "" : c).toList());
        }
        preview = List.copyOf(rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The index of column {@code name}: exact match first, then ignoring case; -1 when absent. */
    public int columnIndex(String name) {
        int i = columns.indexOf(name);
        if (i >= 0) {
            return i;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    /** The preview values of column {@code index}, skipping rows too short to have it. */
    public List<String> previewColumn(int index) {
        List<String> out = new ArrayList<>();
        for (List<String> row : preview) {
            if (index < row.size()) {
                out.add(row.get(index));
            }
        }
        return out;
    }

    /** A short human description: "UTF-8 gzip, delimiter '::', no header, 4 columns". */
    public String describe() {
        String layout = jsonLines ? "JSON Lines" : "delimiter '" + printable(delimiter) + "'"
                + (quote == NO_QUOTE ? ", no quoting" : "") + (header ? ", header" : ", no header");
        return charset.name() + (gzip ? " gzip" : "") + ", " + layout + ", " + columns.size() + " columns";
    }

    /** The parts of this format that change how rows are read; part of an import's fingerprint. */
    String readingKey() {
        return String.join("\u001f", charset.name(), Boolean.toString(gzip), Boolean.toString(jsonLines),
                String.valueOf(delimiter), Integer.toString(quote), Boolean.toString(header),
                String.join("\u001e", columns));
    }

    static String printable(String delimiter) {
        return delimiter == null ? "" : delimiter.replace("\t", "\\t").toLowerCase(Locale.ROOT);
    }
}
