package org.recstudio.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A streaming UTF-8 CSV writer with RFC 4180 quoting and {@code \n} line ends, optionally gzip-compressed.
 *
 * <p>A field is quoted when it holds a comma, a double quote, CR or LF; quotes inside are doubled.
 */
final class CsvWriter implements Closeable {

    private final Writer out;
    private long rows;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** Opens {@code file} for writing, gzip-compressed (best compression, no file name or time in the header). */
    static CsvWriter open(Path file, boolean gzip) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream raw = Files.newOutputStream(file);
        OutputStream stream = gzip ? new BestGzip(raw) : raw;
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes one row. */
    void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields[i]);
        }
        out.write('\n');
        rows++;
    }

    /** Rows written so far, the header included. */
    long rows() {
        return rows;
    }

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }

    /** Whether RFC 4180 requires {@code value} to be quoted. */
    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** A gzip stream at the best compression level. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
