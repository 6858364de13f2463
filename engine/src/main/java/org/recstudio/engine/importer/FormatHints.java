package org.recstudio.engine.importer;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What the user (or a {@link Preset}) already knows about a file's format; every null field is detected by
 * {@link FormatSniffer}.
 *
 * @param charset     the encoding to use; bytes it cannot decode are an error instead of a detection hint
 * @param delimiter   the field separator, possibly several characters ("::")
 * @param quote       the quote character, or {@link FileFormat#NO_QUOTE} to turn quoting off
 * @param header      whether the first row holds column names
 * @param columnNames names for the columns (replacing the header, or naming a header-less file's columns)
 */
public record FormatHints(Charset charset, String delimiter, Character quote, Boolean header,
                          List<String> columnNames) {

    /** No hints: detect everything. */
    public static final FormatHints NONE = new FormatHints(null, null, null, null, null);

    public FormatHints {
        if (delimiter != null && delimiter.isEmpty()) {
            throw new IllegalArgumentException("delimiter hint must not be empty; use null to detect it");
        }
        columnNames = columnNames == null ? null : List.copyOf(columnNames);
    }

    /** Hints for a header-less delimited file whose columns are named {@code names}, with quoting off. */
    public static FormatHints headerless(String delimiter, Charset charset, String... names) {
        return new FormatHints(charset, delimiter, FileFormat.NO_QUOTE, false, List.of(names));
    }

    /** These hints with another encoding. */
    public FormatHints withCharset(Charset cs) {
        return new FormatHints(cs, delimiter, quote, header, columnNames);
    }

    /** These hints with another delimiter. */
    public FormatHints withDelimiter(String d) {
        return new FormatHints(charset, d, quote, header, columnNames);
    }

    /** These hints with the header row set on or off. */
    public FormatHints withHeader(Boolean h) {
        return new FormatHints(charset, delimiter, quote, h, columnNames);
    }
}
