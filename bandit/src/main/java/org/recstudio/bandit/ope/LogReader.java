package org.recstudio.bandit.ope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads logged bandit feedback from CSV (header row) or JSON Lines (one object per line, nested objects such as
 * {@code "context": {...}} flattened to {@code context.key}) into a {@link BanditLog}. Unnamed CSV columns (a
 * pandas index) are ignored.
 *
 * <p>Every row is checked and every problem reported with its line and column: a missing propensity column or
 * value, propensities outside (0, 1], actions outside the action set, unparsable rewards, positions or times.
 * The file is read to the end so that the error counts all problems; nothing is silently dropped.
 */
public final class LogReader {

    private final Path file;
    private final LogColumns cols;
    private final ActionSet actionSet;
    private final Map<String, Integer> actionIndex;
    private final ItemContext items;
    private final List<String> problems = new ArrayList<>();
    private long problemCount;
    private int[] action = new int[1024];
    private int[] position = new int[1024];
    private double[] reward = new double[1024];
    private double[] propensity = new double[1024];
    private long[] time = new long[1024];
    private final Map<String, ContextColumn> context = new LinkedHashMap<>();
    private final Map<String, Integer> seenActions = new LinkedHashMap<>();
    private int n;
    private boolean hasPosition;

    private LogReader(Path file, LogColumns cols, ActionSet actions, ItemContext items) {
        this.file = file;
        this.cols = cols;
        this.items = items;
        this.actionSet = actions != null ? actions : items != null ? items.actions() : null;
        this.actionIndex = actionSet == null ? null : actionSet.index();
    }

    /**
     * Reads {@code file} with the column roles {@code cols}. Actions must belong to {@code actions} (or to the
     * item context's ids when {@code actions} is null); with neither, the action set is the actions seen.
     *
     * @throws LogFormatException listing the problems, with line and column
     */
    public static BanditLog read(Path file, LogColumns cols, ActionSet actions, ItemContext items) {
        LogReader r = new LogReader(file, cols, actions, items);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                r.readJsonl();
            } else {
                r.readCsv();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw LogFormatException.single(file, "cannot read: " + e.getMessage());
        }
        return r.finish();
    }

    private void readCsv() throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get().parse(in)) {
            List<String> header = csv.getHeaderNames();
            requireColumns(header, 1);
            hasPosition = cols.position() != null && header.contains(cols.position());
            List<String> contextCols = new ArrayList<>();
            for (String h : header) {
                if (!h.isBlank() && !cols.isRole(h)) {
                    contextCols.add(h);
                    context.put(h, new ContextColumn(h));
                }
            }
            boolean hasTime = cols.time() != null && header.contains(cols.time());
            for (CSVRecord rec : csv) {
                long line = csv.getCurrentLineNumber();
                if (!rec.isConsistent()) {
                    problem(line, null, "has " + rec.size() + " fields, the header has " + header.size());
                    continue;
                }
                row(line, rec::get, hasTime);
                for (String c : contextCols) {
                    context.get(c).add(rec.get(c));
                }
            }
        }
    }

    private void requireColumns(List<String> header, long line) {
        if (!header.contains(cols.propensity())) {
            throw LogFormatException.single(file, "line " + line + ": no '" + cols.propensity() + "' column. "
                    + "Off-policy evaluation needs the probability with which the logging policy chose each logged "
                    + "action (its propensity); log it with every decision, or name the column that holds it. "
                    + "Columns: " + header);
        }
        for (String c : new String[] {cols.action(), cols.reward()}) {
            if (!header.contains(c)) {
                throw LogFormatException.single(file, "line " + line + ": no '" + c + "' column. Columns: " + header);
            }
        }
    }

    private void readJsonl() throws IOException {
        ObjectMapper json = JsonMapper.builder().build();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            boolean first = true;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(text);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problem(line, null, "is not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                if (!node.isObject()) {
                    problem(line, null, "is not a JSON object");
                    continue;
                }
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", node, flat);
                if (first) {
                    requireColumns(new ArrayList<>(flat.keySet()), line);
                    hasPosition = cols.position() != null && flat.containsKey(cols.position());
                    first = false;
                }
                int before = n;
                row(line, flat::get, cols.time() != null && flat.containsKey(cols.time()));
                if (n == before) {
                    continue;
                }
                for (var e : flat.entrySet()) {
                    if (!cols.isRole(e.getKey()) && !context.containsKey(e.getKey())) {
                        ContextColumn c = new ContextColumn(e.getKey());
                        for (int i = 0; i < n - 1; i++) {
                            c.add("");
                        }
                        context.put(e.getKey(), c);
                    }
                }
                for (var c : context.values()) {
                    String v = flat.get(c.name());
                    c.add(v == null ? "" : v);
                }
            }
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(key + ".", v, out);
            } else if (!v.isNull()) {
                out.put(key, v.isTextual() ? v.asText() : v.toString());
            }
        }
    }

    private void problem(long line, String column, String what) {
        problemCount++;
        if (problems.size() < LogFormatException.SHOWN) {
            problems.add("line " + line + (column == null ? "" : ", column '" + column + "'") + ": "
                    + (column == null ? "the row " : "") + what);
        }
    }

    /** Parses one row; adds it when valid (context columns are added by the caller when the row count grew). */
    private void row(long line, Function<String, String> get, boolean hasTime) {
        long before = problemCount;
        String a = trim(get.apply(cols.action()));
        int act = -1;
        if (a == null) {
            problem(line, cols.action(), "empty action");
        } else if (actionIndex != null) {
            Integer i = actionIndex.get(a);
            if (i == null) {
                problem(line, cols.action(), "action '" + a + "' is outside the action set: " + actionSet.describe());
            } else {
                act = i;
            }
        } else {
            act = seenActions.computeIfAbsent(a, k -> seenActions.size());
        }
        double r = number(line, cols.reward(), get.apply(cols.reward()), "reward");
        String ps = trim(get.apply(cols.propensity()));
        double p = Double.NaN;
        if (ps == null) {
            problem(line, cols.propensity(), "missing propensity; every logged action needs the probability the "
                    + "logging policy gave it");
        } else {
            p = number(line, cols.propensity(), ps, "propensity");
            if (!Double.isNaN(p) && !(p > 0 && p <= 1)) {
                problem(line, cols.propensity(), "propensity " + ps + (p <= 0 ? " must be > 0: an action the logging "
                        + "policy could not take cannot be reweighted; check how propensities were logged"
                        : " must be <= 1"));
            }
        }
        int pos = 1;
        if (hasPosition) {
            String s = trim(get.apply(cols.position()));
            try {
                pos = Integer.parseInt(s == null ? "" : s);
                if (pos < 0) {
                    problem(line, cols.position(), "position " + pos + " must be >= 0");
                }
            } catch (NumberFormatException e) {
                problem(line, cols.position(), "position '" + s + "' is not a whole number");
            }
        }
        long t = Long.MIN_VALUE;
        if (hasTime) {
            String s = trim(get.apply(cols.time()));
            if (s != null) {
                t = Timestamps.parse(s);
                if (t == Long.MIN_VALUE) {
                    problem(line, cols.time(), "time '" + s + "' is neither epoch milliseconds nor an ISO-8601 / "
                            + "'yyyy-MM-dd HH:mm:ss[.ffffff][+hh:mm]' timestamp");
                }
            }
        }
        if (problemCount > before) {
            n++; // keep row numbering aligned with context columns; the log is rejected anyway
            grow();
            return;
        }
        grow();
        action[n] = act;
        position[n] = pos;
        reward[n] = r;
        propensity[n] = p;
        time[n] = t;
        n++;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private double number(long line, String column, String raw, String what) {
        String s = trim(raw);
        if (s == null) {
            problem(line, column, "empty " + what);
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                problem(line, column, what + " '" + s + "' is not a finite number");
                return Double.NaN;
            }
            return v;
        } catch (NumberFormatException e) {
            problem(line, column, what + " '" + s + "' is not a number");
            return Double.NaN;
        }
    }

    private void grow() {
        if (n >= action.length) {
            int m = action.length * 2;
            action = java.util.Arrays.copyOf(action, m);
            position = java.util.Arrays.copyOf(position, m);
            reward = java.util.Arrays.copyOf(reward, m);
            propensity = java.util.Arrays.copyOf(propensity, m);
            time = java.util.Arrays.copyOf(time, m);
        }
    }

    private BanditLog finish() {
        if (problemCount > 0) {
            throw new LogFormatException(file, problems, problemCount);
        }
        if (n == 0) {
            throw LogFormatException.single(file, "no rows");
        }
        ActionSet actions = actionSet;
        if (actions == null) {
            actions = seenActionSet();
        }
        java.util.TreeSet<Integer> labels = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) {
            labels.add(position[i]);
        }
        List<Integer> positions = new ArrayList<>(labels);
        int[] posIndex = new int[n];
        for (int i = 0; i < n; i++) {
            posIndex[i] = positions.indexOf(position[i]);
        }
        return new BanditLog(file, actions, positions, java.util.Arrays.copyOf(action, n), posIndex,
                java.util.Arrays.copyOf(reward, n), java.util.Arrays.copyOf(propensity, n),
                java.util.Arrays.copyOf(time, n), new ArrayList<>(context.values()), items, 0, n);
    }

    /** The actions seen, numerically sorted when all are integers; remaps the action codes accordingly. */
    private ActionSet seenActionSet() {
        List<String> ids = new ArrayList<>(seenActions.keySet());
        boolean numeric = ids.stream().allMatch(s -> s.matches("-?\\d{1,18}"));
        if (numeric) {
            ids.sort(java.util.Comparator.comparingLong(Long::parseLong));
            int[] remap = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                remap[seenActions.get(ids.get(i))] = i;
            }
            for (int i = 0; i < n; i++) {
                action[i] = remap[action[i]];
            }
        }
        return new ActionSet(ids, "the actions seen in " + file.getFileName());
    }
}
