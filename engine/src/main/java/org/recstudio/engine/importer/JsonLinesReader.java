package org.recstudio.engine.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The row reader of JSON Lines files, one line at a time with Jackson, so a bad line is one rejected row (with its line
 * number) rather than the end of the import; the columns are the object keys of the detected format.
 */
final class JsonLinesReader implements RowReader, Row {

    private final Path file;
    private final TextInput.Opened input;
    private final DecodingReader decoding;
    private final BufferedReader reader;
    private final ObjectReader json = new ObjectMapper().readerFor(JsonNode.class);
    private final List<String> columns;
    private long lineNo;
    private long line;
    private String text;
    private JsonNode object;
    private String error;
    private String badBytes;

    JsonLinesReader(Path file, FileFormat format) throws IOException {
        this.file = file;
        this.columns = format.columns();
        this.input = TextInput.open(file);
        this.decoding = new DecodingReader(input.data(), format.charset());
        this.reader = new BufferedReader(decoding, 1 << 16);
    }

    @Override public Row next() {
        try {
            while (true) {
                text = reader.readLine();
                if (text == null) {
                    return null;
                }
                lineNo++;
                badBytes = decoding.rowDone(lineNo, lineNo, lineNo + 1);
                if (!text.isBlank()) {
                    break;
                }
            }
        } catch (DecodingReader.RowTooLongException e) {
            throw new ImportException(file, e.line, null, "a single line is longer than "
                    + DecodingReader.MAX_ROW_CHARS / (1 << 20) + " million characters; JSON Lines needs one object "
                    + "per line: check the file", e);
        } catch (EOFException | ZipException e) {
            throw new ImportException(file, lineNo + 1, null, "the gzip data is damaged or ends early ("
                    + e.getMessage() + "); the file is probably truncated: download or copy it again", e);
        } catch (IOException e) {
            throw new ImportException(file, lineNo + 1, null, "cannot be read: " + e.getMessage(), e);
        }
        line = lineNo;
        error = null;
        try {
            object = json.readTree(text);
            if (object == null || !object.isObject()) {
                error = "the line is not a JSON object";
                object = null;
            }
        } catch (JsonProcessingException e) {
            error = "the line is not valid JSON: " + e.getOriginalMessage();
            object = null;
        }
        return this;
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
        return columns.size();
    }

    @Override public String get(int col) {
        JsonNode v = node(col);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    @Override public JsonNode node(int col) {
        return object == null || col >= columns.size() ? null : object.get(columns.get(col));
    }

    @Override public String error() {
        return error;
    }

    @Override public String content() {
        return text.length() <= RejectedRow.MAX_CONTENT ? text : text.substring(0, RejectedRow.MAX_CONTENT);
    }

    @Override public void close() throws IOException {
        try (input) {
            reader.close();
        }
    }
}
