package org.recstudio.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal streaming RFC 4180 CSV reader for the tests (quoted fields, doubled quotes, LF or CRLF).
 */
final class CsvReader implements Closeable {

    private final Reader in;
    private int peeked = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of input. */
    List<String> next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c < 0) {
                    throw new IOException("unterminated quoted field");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c < 0) {
                fields.add(field.toString());
                return fields;
            } else if (c == '\r' && peek() == '\n') {
                // CRLF: the LF ends the record
            } else if (wasQuoted) {
                throw new IOException("text after a closing quote");
            } else {
                field.append((char) c);
            }
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
