package org.recstudio.engine.eval.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.MetricValue;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.Workspace;

/**
 * The evaluation run history of a workspace (table {@code eval_run}): store, list, get, compare and export runs.
 * Each run keeps its provenance (dataset name, version and fingerprint, protocol, models and params, seed, code
 * version, wall time, peak memory) beside the full results JSON, so a run can be read, diffed and re-run later.
 */
public final class RunStore {

    private final Workspace workspace;

    public RunStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores {@code run}; returns its id. */
    public long save(RunResult run) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO eval_run (created_at, dataset_name, "
                     + "dataset_version, dataset_fingerprint, protocol_json, algorithms_json, seed, code_version, "
                     + "wall_seconds, peak_memory_bytes, results_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, OffsetDateTime.ofInstant(run.createdAt(), ZoneOffset.UTC));
            ps.setString(2, run.dataset());
            ps.setLong(3, run.datasetVersion());
            ps.setString(4, run.datasetFingerprint());
            ps.setString(5, RunJson.write(run.protocol()));
            List<Map<String, Object>> models = new ArrayList<>();
            for (AlgorithmResult a : run.algorithms()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("label", a.label());
                m.put("algorithm", a.algorithm());
                m.put("params", a.params());
                models.add(m);
            }
            ps.setString(6, RunJson.write(models));
            ps.setLong(7, run.seed());
            ps.setString(8, run.codeVersion());
            ps.setDouble(9, run.wallSeconds());
            ps.setLong(10, run.peakHeapBytes());
            ps.setString(11, RunJson.write(run));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store the evaluation run of dataset '" + run.dataset() + "': "
                    + e.getMessage(), e);
        }
    }

    /** Every stored run, newest first. */
    public List<RunSummary> list() {
        List<RunSummary> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, results_json FROM eval_run ORDER BY created_at DESC, id DESC")) {
            while (rs.next()) {
                RunResult r = RunJson.read(rs.getString(2));
                out.add(new RunSummary(rs.getLong(1), r.createdAt(), r.dataset(), r.datasetVersion(),
                        String.valueOf(r.protocol().get("name")), Objects.toString(r.protocol().get("ties"), null),
                        r.algorithms().stream().map(AlgorithmResult::label).toList(), r.seed(), r.wallSeconds()));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot list evaluation runs: " + e.getMessage(), e);
        }
        return out;
    }

    /** The run with id {@code id}, if stored. */
    public Optional<RunResult> get(long id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT results_json FROM eval_run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(RunJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read evaluation run " + id + ": " + e.getMessage(), e);
        }
    }

    /** The run with id {@code id}; a {@link StoreException} naming the stored ids when there is none. */
    public RunResult require(long id) {
        return get(id).orElseThrow(() -> new StoreException("No evaluation run " + id + " in this workspace; stored: "
                + list().stream().map(RunSummary::id).toList()));
    }

    /** Deletes run {@code id}; returns whether it existed. */
    public boolean delete(long id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM eval_run WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot delete evaluation run " + id + ": " + e.getMessage(), e);
        }
    }

    /** The differences between runs {@code a} and {@code b}. */
    public RunComparison compare(long a, long b) {
        return compare(a, require(a), b, require(b));
    }

    /** The differences between two runs. */
    public static RunComparison compare(long idA, RunResult a, long idB, RunResult b) {
        Map<String, List<Object>> protocol = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(a.protocol().keySet());
        keys.addAll(b.protocol().keySet());
        for (String k : keys) {
            Object x = a.protocol().get(k);
            Object y = b.protocol().get(k);
            if (!Objects.equals(x, y)) {
                protocol.put(k, java.util.Arrays.asList(x, y));
            }
        }
        Map<String, Map<String, List<String>>> params = new LinkedHashMap<>();
        List<RunComparison.MetricDiff> metrics = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        a.algorithms().forEach(r -> labels.add(r.label()));
        b.algorithms().forEach(r -> labels.add(r.label()));
        for (String label : labels) {
            AlgorithmResult ra = find(a, label);
            AlgorithmResult rb = find(b, label);
            Map<String, String> pa = ra == null ? Map.of() : ra.params();
            Map<String, String> pb = rb == null ? Map.of() : rb.params();
            Set<String> pk = new LinkedHashSet<>(pa.keySet());
            pk.addAll(pb.keySet());
            Map<String, List<String>> diff = new LinkedHashMap<>();
            for (String k : pk) {
                if (!Objects.equals(pa.get(k), pb.get(k))) {
                    diff.put(k, java.util.Arrays.asList(pa.get(k), pb.get(k)));
                }
            }
            if (!diff.isEmpty()) {
                params.put(label, diff);
            }
            Set<String> mk = new LinkedHashSet<>();
            if (ra != null) {
                mk.addAll(ra.metrics().keySet());
            }
            if (rb != null) {
                mk.addAll(rb.metrics().keySet());
            }
            for (String k : mk) {
                double x = value(ra, k);
                double y = value(rb, k);
                metrics.add(new RunComparison.MetricDiff(label, k, x, y, y - x));
            }
        }
        return new RunComparison(idA, idB, a.datasetFingerprint().equals(b.datasetFingerprint()), protocol, params,
                metrics);
    }

    private static AlgorithmResult find(RunResult r, String label) {
        return r.algorithms().stream().filter(x -> x.label().equals(label)).findFirst().orElse(null);
    }

    private static double value(AlgorithmResult r, String key) {
        MetricValue v = r == null ? null : r.metrics().get(key);
        return v == null ? Double.NaN : v.value();
    }

    /** Writes run {@code id} as JSON to {@code file}. */
    public void exportJson(long id, Path file) {
        write(file, RunJson.write(require(id)));
    }

    /** Writes run {@code id}'s metrics as CSV (one row per model and metric) to {@code file}. */
    public void exportCsv(long id, Path file) {
        write(file, csv(id, require(id)));
    }

    /**
     * The metrics of a run as CSV: {@code run,dataset,protocol,ties,model,algorithm,metric,value,ci_low,ci_high,
     * p_ttest,p_wilcoxon,p_ttest_holm,p_wilcoxon_holm,fit_seconds}.
     */
    public static String csv(long id, RunResult run) {
        StringBuilder b = new StringBuilder("run,dataset,protocol,ties,model,algorithm,metric,value,ci_low,ci_high,"
                + "p_ttest,p_wilcoxon,p_ttest_holm,p_wilcoxon_holm,fit_seconds\n");
        for (AlgorithmResult a : run.algorithms()) {
            for (Map.Entry<String, MetricValue> e : a.metrics().entrySet()) {
                MetricValue v = e.getValue();
                b.append(id).append(',').append(quote(run.dataset())).append(',')
                        .append(quote(String.valueOf(run.protocol().get("name")))).append(',')
                        .append(quote(Objects.toString(run.protocol().get("ties"), ""))).append(',')
                        .append(quote(a.label())).append(',').append(quote(a.algorithm())).append(',')
                        .append(e.getKey()).append(',').append(v.value()).append(',').append(v.ciLow()).append(',')
                        .append(v.ciHigh()).append(',').append(blank(v.pTTest())).append(',')
                        .append(blank(v.pWilcoxon())).append(',').append(blank(v.pTTestHolm())).append(',')
                        .append(blank(v.pWilcoxonHolm())).append(',').append(a.fitSeconds()).append('\n');
            }
        }
        return b.toString();
    }

    private static String blank(Double d) {
        return d == null ? "" : d.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
