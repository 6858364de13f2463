package org.recstudio.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The row reader of delimited files (commons-csv), tracking the line each row starts on. */
final class CsvRowReader implements RowReader, Row {

    private final Path file;
    private final TextInput.Opened input;
    private final DecodingReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String delimiter;
    private CSVRecord record;
    private long line;
    private long previousEnd;
    private String badBytes;

    CsvRowReader(Path file, FileFormat format) throws IOException {
        this.file = file;
        this.delimiter = format.delimiter();
        this.input = TextInput.open(file);
        try {
            this.reader = new DecodingReader(input.data(), format.charset());
            CSVFormat csv = CSVFormat.Builder.create().setDelimiter(format.delimiter())
                    .setQuote(format.quote() == FileFormat.NO_QUOTE ? null : format.quote())
                    .setIgnoreEmptyLines(true).setTrailingData(true).setLenientEof(false).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(csv).get();
            this.records = parser.iterator();
            if (format.header()) {
                next();
            }
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override public Row next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw failure(e);
        }
        long end = parser.getCurrentLineNumber();
        line = end - previousEnd == 1 ? end : Math.max(previousEnd + 1, end - lineBreaks(record));
        previousEnd = Math.max(end, line);
        badBytes = reader.rowDone(line, previousEnd, previousEnd + 1);
        return this;
    }

    private ImportException failure(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        long at = previousEnd + 1;
        if (cause instanceof DecodingReader.RowTooLongException tooLong) {
            return new ImportException(file, tooLong.line, null, "a single row is longer than "
                    + DecodingReader.MAX_ROW_CHARS / (1 << 20) + " million characters. Usually a quote (\") opens a "
                    + "field and is never closed; import with quoting turned off, or fix the file", e);
        }
        if (cause instanceof EOFException || cause instanceof ZipException) {
            return new ImportException(file, at, null, "the gzip data is damaged or ends early ("
                    + cause.getMessage() + "); the file is probably truncated: download or copy it again", e);
        }
        return new ImportException(file, at, null, "cannot be parsed: " + cause.getMessage()
                + ". Check the delimiter and quote settings (a quote inside an unquoted field needs quoting turned "
                + "off)", e);
    }

    private static long lineBreaks(CSVRecord r) {
        long n = 0;
        for (int i = 0; i < r.size(); i++) {
            String v = r.get(i);
            for (int k = v.indexOf('\n'); k >= 0; k = v.indexOf('\n', k + 1)) {
                n++;
            }
        }
        return n;
    }

    @Override public String badBytes() {
        return badBytes;
    }

    @Override public long bytesRead() {
        return input.rawBytesRead();
    }

    @Override public long line() {
        return line;
    }

    @Override public int size() {
        return record.size();
    }

    @Override public String get(int col) {
        return col < record.size() ? record.get(col) : null;
    }

    @Override public JsonNode node(int col) {
        return null;
    }

    @Override public String error() {
        return null;
    }

    @Override public String content() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < record.size() && sb.length() < RejectedRow.MAX_CONTENT; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(record.get(i));
        }
        return sb.toString();
    }

    @Override public void close() throws IOException {
        try (input) {
            parser.close();
        }
    }
}
