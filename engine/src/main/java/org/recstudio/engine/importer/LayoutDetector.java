package org.recstudio.engine.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The layout detector for delimited text, finding delimiter, quoting and header row from a sample: the delimiter
 * whose field count is the same on most sampled rows (parsed with quotes respected), and a header when the first row
 * is text where later rows are numbers, or holds column names we know.
 */
final class LayoutDetector {

    /** Candidate delimiters, in order of preference when equally consistent. */
    static final List<String> CANDIDATES = List.of("\t", ",", ";", "|", "::", "^", "~", ":", " ");
    private static final int SAMPLE_ROWS = 500;
    private static final int MAX_PREVIEW_CELL = 500;

    private LayoutDetector() {
    }

    /** The detected layout of delimited text. */
    record Layout(String delimiter, char quote, boolean header, List<String> columns, List<List<String>> preview,
                  List<String> notes) {
    }

    /** One candidate's parse of the sample: rows, modal field count and the share of rows having it. */
    private record Trial(String delimiter, char quote, List<List<String>> rows, int mode, double consistency,
                         String quoteProblem) {
        boolean valid() {
            return mode >= 2;
        }
    }

    static Layout detect(String text, boolean complete, FormatHints hints) {
        List<String> notes = new ArrayList<>();
        Trial t;
        if (hints.delimiter() != null) {
            t = trial(text, complete, hints.delimiter(), hints.quote());
            notes.add("delimiter '" + FileFormat.printable(t.delimiter()) + "' as chosen: " + t.mode()
                    + " column(s)");
        } else {
            t = best(text, complete, hints.quote());
            if (t.valid()) {
                notes.add(String.format("delimiter '%s' detected: %d columns on %d of %d sampled rows",
                        FileFormat.printable(t.delimiter()), t.mode(),
                        Math.round(t.consistency() * t.rows().size()), t.rows().size()));
            } else {
                notes.add("no delimiter splits the rows into several columns consistently; read as one column. If "
                        + "the file has several columns, choose its delimiter");
            }
        }
        if (t.quoteProblem() != null) {
            notes.add("quoting turned off: " + t.quoteProblem());
        }
        List<List<String>> rows = t.rows();
        boolean header = hints.header() != null ? hints.header() : looksLikeHeader(rows);
        notes.add(hints.header() != null ? (header ? "header row as chosen" : "no header row, as chosen")
                : header ? "first row is a header" : "no header row detected: the first row holds data");
        List<String> columns = columns(rows, header, t.mode(), hints.columnNames(), notes);
        List<List<String>> preview = new ArrayList<>();
        for (int r = header ? 1 : 0; r < rows.size() && preview.size() < FormatSniffer.PREVIEW_ROWS; r++) {
            preview.add(rows.get(r).stream().map(LayoutDetector::clip).toList());
        }
        return new Layout(t.delimiter(), t.quote(), header, columns, preview, notes);
    }

    private static Trial best(String text, boolean complete, Character quote) {
        Map<String, Trial> trials = new HashMap<>();
        Trial best = null;
        for (String d : CANDIDATES) {
            if (d.equals(" ") && best != null && best.valid()) {
                break;
            }
            if (d.equals(":") && trials.containsKey("::") && trials.get("::").valid()) {
                continue;
            }
            if (!text.contains(d)) {
                continue;
            }
            Trial t = trial(text, complete, d, quote);
            trials.put(d, t);
            if (t.valid() && (best == null || !best.valid() || better(t, best))) {
                best = t;
            }
        }
        return best != null ? best : trial(text, complete, ",", quote);
    }

    private static boolean better(Trial a, Trial b) {
        double ca = Math.round(a.consistency() * 100) / 100.0;
        double cb = Math.round(b.consistency() * 100) / 100.0;
        return ca != cb ? ca > cb : a.mode() > b.mode();
    }

    private static Trial trial(String text, boolean complete, String delimiter, Character quote) {
        String problem = null;
        List<List<String>> rows = null;
        if (quote == null || quote != FileFormat.NO_QUOTE) {
            char q = quote == null ? '"' : quote;
            try {
                rows = parse(text, complete, delimiter, q);
                return summarise(delimiter, q, rows, null);
            } catch (UncheckedIOException | IllegalStateException e) {
                if (quote != null) {
                    throw e;
                }
                problem = e.getMessage();
            }
        }
        rows = parse(text, complete, delimiter, FileFormat.NO_QUOTE);
        return summarise(delimiter, FileFormat.NO_QUOTE, rows, problem);
    }

    private static Trial summarise(String delimiter, char quote, List<List<String>> rows, String problem) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<String> r : rows) {
            counts.merge(r.size(), 1, Integer::sum);
        }
        int mode = 0;
        int freq = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > freq || (e.getValue() == freq && e.getKey() > mode)) {
                mode = e.getKey();
                freq = e.getValue();
            }
        }
        double consistency = rows.isEmpty() ? 0 : (double) freq / rows.size();
        return new Trial(delimiter, quote, rows, mode, consistency, problem);
    }

    /** Parses up to {@link #SAMPLE_ROWS} rows; a possibly cut last row of an incomplete sample is dropped. */
    static List<List<String>> parse(String text, boolean complete, String delimiter, char quote) {
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(delimiter)
                .setQuote(quote == FileFormat.NO_QUOTE ? null : quote).setIgnoreEmptyLines(true)
                .setLenientEof(true).setTrailingData(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(text, format)) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
                if (rows.size() > SAMPLE_ROWS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ((!complete || rows.size() > SAMPLE_ROWS) && rows.size() > 1) {
            rows.removeLast();
        }
        return rows;
    }

    private static boolean looksLikeHeader(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        List<String> first = rows.getFirst();
        boolean anyNumeric = first.stream().anyMatch(c -> Numbers.isNumeric(c.strip()));
        if (!anyNumeric && first.stream().anyMatch(ColumnNames::isKnown)) {
            return true;
        }
        if (anyNumeric && first.stream().allMatch(c -> Numbers.isNumeric(c.strip()) || c.isBlank())) {
            return false;
        }
        for (int c = 0; c < first.size(); c++) {
            String head = first.get(c).strip();
            if (head.isEmpty() || Numbers.isNumeric(head)) {
                continue;
            }
            int values = 0;
            int numeric = 0;
            for (int r = 1; r < rows.size() && r < 200; r++) {
                if (c < rows.get(r).size() && !rows.get(r).get(c).isBlank()) {
                    values++;
                    numeric += Numbers.isNumeric(rows.get(r).get(c).strip()) ? 1 : 0;
                }
            }
            if (values > 0 && numeric >= 0.8 * values) {
                return true;
            }
        }
        return false;
    }

    private static List<String> columns(List<List<String>> rows, boolean header, int mode, List<String> names,
                                        List<String> notes) {
        int n = Math.max(mode, 1);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> source = names != null ? names : header && !rows.isEmpty() ? rows.getFirst() : List.of();
        if (names != null && names.size() != n && mode > 0) {
            notes.add(names.size() + " column names given for " + n + " columns");
        }
        int count = names != null ? Math.max(n, names.size()) : Math.max(n, source.size());
        for (int i = 0; i < count; i++) {
            String name = i < source.size() ? source.get(i).strip() : "";
            if (name.isEmpty()) {
                name = "column" + (i + 1);
            }
            String unique = name;
            for (int k = 2; !seen.add(unique); k++) {
                unique = name + "_" + k;
            }
            out.add(unique);
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= MAX_PREVIEW_CELL ? s : s.substring(0, MAX_PREVIEW_CELL - 1) + "…";
    }
}
