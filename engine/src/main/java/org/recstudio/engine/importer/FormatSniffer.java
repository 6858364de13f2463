package org.recstudio.engine.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Detects how a data file is stored — gzip, encoding, binary or text, JSON Lines or delimited, delimiter,
 * quoting, header row — from a bounded prefix of it, never the whole file (a 10 MB single line is fine).
 */
public final class FormatSniffer {

    /** How many (decompressed) bytes detection reads at most. */
    public static final int SAMPLE_BYTES = 1 << 20;
    /** How many data rows the preview holds at most. */
    public static final int PREVIEW_ROWS = 20;
    private static final int JSON_SAMPLE_LINES = 1000;
    private static final int MAX_PREVIEW_CELL = 500;

    private FormatSniffer() {
    }

    /** Detects the format of {@code file}. */
    public static FileFormat sniff(Path file) {
        return sniff(file, FormatHints.NONE);
    }

    /**
     * Detects the format of {@code file}, taking every non-null hint as given.
     *
     * @throws ImportException when the file is missing, empty, binary, or does not decode with a chosen encoding
     */
    public static FileFormat sniff(Path file, FormatHints hints) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hints, "hints");
        TextInput.Prefix prefix = TextInput.prefix(file, SAMPLE_BYTES);
        byte[] bytes = prefix.bytes();
        if (bytes.length == 0) {
            throw new ImportException(file, (prefix.gzip() ? "is an empty gzip file" : "is empty (0 bytes)")
                    + ": choose a file with data");
        }
        EncodingDetector.Detected enc = EncodingDetector.detect(file, bytes, prefix.complete(), hints.charset());
        String text = decode(bytes, enc);
        boolean complete = prefix.complete();
        List<String> notes = new ArrayList<>();
        if (prefix.gzip()) {
            notes.add("gzip-compressed");
        }
        notes.add(enc.note());
        if (!complete) {
            int cut = text.lastIndexOf('\n');
            if (cut > 0) {
                text = text.substring(0, cut + 1);
            } else {
                notes.add("the first line is longer than the " + (SAMPLE_BYTES >> 20) + " MB sample; detection "
                        + "used its beginning only");
            }
        }
        if (text.isBlank()) {
            throw new ImportException(file, "holds only blank lines: choose a file with data");
        }
        String start = text.stripLeading();
        if (hints.delimiter() == null && start.startsWith("[")) {
            throw new ImportException(file, "is a JSON array, not JSON Lines: convert it to one JSON object per line "
                    + "(e.g. jq -c '.[]' file.json > file.jsonl) and import that");
        }
        if (hints.delimiter() == null && start.startsWith("{")) {
            return jsonLines(file, text, complete, prefix.gzip(), enc, hints, notes);
        }
        LayoutDetector.Layout layout = LayoutDetector.detect(text, complete, hints);
        notes.addAll(layout.notes());
        return new FileFormat(enc.charset(), prefix.gzip(), false, layout.delimiter(), layout.quote(),
                layout.header(), layout.columns(), layout.preview(), notes);
    }

    private static String decode(byte[] bytes, EncodingDetector.Detected enc) {
        ByteBuffer in = ByteBuffer.wrap(bytes, enc.bomLength(), bytes.length - enc.bomLength());
        try {
            String s = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder reported an error: " + e.getMessage(), e);
        }
    }

    private static FileFormat jsonLines(Path file, String text, boolean complete, boolean gzip,
                                        EncodingDetector.Detected enc, FormatHints hints, List<String> notes) {
        ObjectMapper mapper = new ObjectMapper();
        Set<String> keys = new LinkedHashSet<>();
        List<JsonNode> objects = new ArrayList<>();
        String[] lines = text.split("\n", JSON_SAMPLE_LINES + 1);
        int bad = 0;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (lineNo > JSON_SAMPLE_LINES || line.isBlank()) {
                continue;
            }
            boolean last = lineNo == lines.length || (lineNo == lines.length - 1 && lines[lines.length - 1].isEmpty());
            try {
                JsonNode node = mapper.readTree(line);
                if (node != null && node.isObject()) {
                    node.fieldNames().forEachRemaining(keys::add);
                    objects.add(node);
                } else if (bad++ == 0) {
                    notes.add("line " + lineNo + " is not a JSON object");
                }
            } catch (JsonProcessingException e) {
                if (!complete && last) {
                    keys.addAll(leadingKeys(mapper, line));
                } else if (bad++ == 0) {
                    notes.add("line " + lineNo + " is not valid JSON: " + e.getOriginalMessage());
                }
            }
        }
        if (keys.isEmpty()) {
            throw new ImportException(file, 1, null, "starts like JSON Lines but no line of the sample is a JSON "
                    + "object with fields; check the file", null);
        }
        List<String> columns = hints.columnNames() != null ? hints.columnNames() : List.copyOf(keys);
        notes.add("JSON Lines: " + columns.size() + " fields"
                + (bad > 0 ? ", " + bad + " bad line(s) in the sample" : ""));
        List<List<String>> preview = new ArrayList<>();
        for (JsonNode o : objects.subList(0, Math.min(PREVIEW_ROWS, objects.size()))) {
            List<String> row = new ArrayList<>();
            for (String k : columns) {
                JsonNode v = o.get(k);
                String s = v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
                row.add(s.length() <= MAX_PREVIEW_CELL ? s : s.substring(0, MAX_PREVIEW_CELL - 1) + "…");
            }
            preview.add(row);
        }
        return new FileFormat(enc.charset(), gzip, true, null, FileFormat.NO_QUOTE, false, columns, preview, notes);
    }

    /** The top-level field names of a JSON object that is cut short (a line longer than the sample). */
    private static List<String> leadingKeys(ObjectMapper mapper, String partial) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = mapper.createParser(partial)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    out.add(p.currentName());
                }
            }
        } catch (IOException endOfSample) {
            return out; // the sample ends inside the object: the names read so far are what it has
        }
        return out;
    }
}
