package org.recstudio.bandit.ope;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recstudio.bandit.context.CategoricalEncoder;

/**
 * Features of each action (item) from a CSV such as OBD's {@code item_context.csv}: an id column and feature
 * columns, numeric ones standardised, others one-hot over their most frequent values. Unnamed columns (a pandas
 * index) are ignored.
 */
public final class ItemContext {

    private final Path source;
    private final ActionSet actions;
    private final double[][] features;
    private final List<String> columns;

    private ItemContext(Path source, ActionSet actions, double[][] features, List<String> columns) {
        this.source = source;
        this.actions = actions;
        this.features = features;
        this.columns = List.copyOf(columns);
    }

    /** Reads {@code file}, ids from column {@code idColumn}. */
    public static ItemContext read(Path file, String idColumn) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get().parse(in)) {
            List<String> header = csv.getHeaderNames();
            if (!header.contains(idColumn)) {
                throw LogFormatException.single(file, "line 1: no '" + idColumn + "' column; columns are " + header);
            }
            List<String> featureCols = new ArrayList<>();
            for (String h : header) {
                if (!h.isBlank() && !h.equals(idColumn)) {
                    featureCols.add(h);
                }
            }
            List<String> ids = new ArrayList<>();
            List<ContextColumn> cols = new ArrayList<>();
            for (String c : featureCols) {
                cols.add(new ContextColumn(c));
            }
            for (CSVRecord r : csv) {
                String id = r.get(idColumn).strip();
                if (id.isEmpty()) {
                    throw LogFormatException.single(file, "line " + csv.getCurrentLineNumber() + ", column '"
                            + idColumn + "': empty item id");
                }
                ids.add(id);
                for (int c = 0; c < featureCols.size(); c++) {
                    cols.get(c).add(r.isSet(featureCols.get(c)) ? r.get(featureCols.get(c)) : "");
                }
            }
            ActionSet actions;
            try {
                actions = new ActionSet(ids, file.getFileName().toString());
                actions.index();
            } catch (IllegalArgumentException e) {
                throw LogFormatException.single(file, e.getMessage());
            }
            return new ItemContext(file, actions, encode(cols, ids.size()), featureCols);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw LogFormatException.single(file, "cannot read item context: " + e.getMessage());
        }
    }

    /** Standardised numbers and one-hot categories, row per item. */
    static double[][] encode(List<ContextColumn> cols, int n) {
        List<double[]> blocks = new ArrayList<>();
        int dim = 0;
        List<CategoricalEncoder> encoders = new ArrayList<>();
        for (ContextColumn c : cols) {
            if (c.numeric()) {
                double s = 0;
                double q = 0;
                int m = 0;
                for (int i = 0; i < n; i++) {
                    double v = c.number(i);
                    if (!Double.isNaN(v)) {
                        s += v;
                        q += v * v;
                        m++;
                    }
                }
                double mean = m == 0 ? 0 : s / m;
                double sd = m < 2 ? 1 : Math.sqrt(Math.max(q / m - mean * mean, 0));
                blocks.add(new double[] {mean, sd > 0 ? sd : 1});
                encoders.add(null);
                dim += 1;
            } else {
                List<String> vals = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    vals.add(c.text(i));
                }
                CategoricalEncoder e = CategoricalEncoder.fit(vals, 50);
                blocks.add(null);
                encoders.add(e);
                dim += e.dimension();
            }
        }
        double[][] out = new double[n][dim];
        for (int i = 0; i < n; i++) {
            int o = 0;
            for (int c = 0; c < cols.size(); c++) {
                ContextColumn col = cols.get(c);
                if (encoders.get(c) == null) {
                    double v = col.number(i);
                    out[i][o++] = Double.isNaN(v) ? 0 : (v - blocks.get(c)[0]) / blocks.get(c)[1];
                } else {
                    encoders.get(c).write(col.text(i), out[i], o);
                    o += encoders.get(c).dimension();
                }
            }
        }
        return out;
    }

    public Path source() {
        return source;
    }

    /** The item ids, in file order: the action set. */
    public ActionSet actions() {
        return actions;
    }

    /** The feature columns (before encoding). */
    public List<String> columns() {
        return columns;
    }

    public int dimension() {
        return features.length == 0 ? 0 : features[0].length;
    }

    /** The encoded features of action {@code a} (shared, do not modify). */
    public double[] features(int a) {
        return features[a];
    }
}
