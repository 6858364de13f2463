package org.recstudio.app.studio.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.MetricValue;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.SegmentResult;
import org.recstudio.engine.eval.history.RunComparison;

/**
 * Turns a {@link RunResult} into what the Evaluate screen shows: table rows with intervals and significance
 * markers, the protocol line, chart bars, segment rows and the diff of two runs. Plain Java, no FX.
 */
final class RunTables {

    /** Significance level for the marker, on the Holm-adjusted Wilcoxon p-value (as the CLI). */
    static final double ALPHA = 0.05;
    /** The metric families shown as table columns, at every cutoff. */
    static final List<String> TABLE_METRICS = List.of("ndcg", "hr", "recall", "coverage");

    private RunTables() {
    }

    /** "0.0816 [0.071, 0.092]" plus "▲"/"▼" against the baseline and "*" when significant after correction. */
    static String cell(MetricValue v, MetricValue base, boolean isBaseline) {
        String text = interval(v);
        if (isBaseline || base == null || v.pWilcoxonHolm() == null) {
            return text;
        }
        String arrow = v.value() > base.value() ? " \u25b2" : v.value() < base.value() ? " \u25bc" : " =";
        return text + arrow + (v.pWilcoxonHolm() < ALPHA ? "*" : "");
    }

    /** "0.0816 [0.071, 0.092]": the value to four decimals, the interval to three. */
    static String interval(MetricValue v) {
        return String.format(Locale.ROOT, "%.4f [%.3f, %.3f]", v.value(), v.ciLow(), v.ciHigh());
    }

    /** The metric keys shown as columns: {@link #TABLE_METRICS} at each cutoff, in that order. */
    static List<String> columns(RunResult r) {
        List<String> out = new ArrayList<>();
        Set<String> have = r.algorithms().isEmpty() ? Set.of() : r.algorithms().getFirst().metrics().keySet();
        for (int k : r.ks()) {
            for (String m : TABLE_METRICS) {
                if (have.contains(m + "@" + k)) {
                    out.add(m + "@" + k);
                }
            }
        }
        return out;
    }

    /** Every metric key of the run, for the chart and segment selectors. */
    static List<String> metricKeys(RunResult r) {
        return r.algorithms().isEmpty() ? List.of() : List.copyOf(r.algorithms().getFirst().metrics().keySet());
    }

    /** One row per model with a cell for every metric of the run. */
    static List<ResultRow> rows(RunResult r) {
        AlgorithmResult base = r.algorithms().stream().filter(a -> a.label().equals(r.baseline())).findFirst()
                .orElse(null);
        List<ResultRow> out = new ArrayList<>();
        for (AlgorithmResult a : r.algorithms()) {
            boolean isBase = a == base;
            Map<String, String> cells = new LinkedHashMap<>();
            a.metrics().forEach((k, v) -> cells.put(k, cell(v, base == null ? null : base.metrics().get(k), isBase)));
            out.add(new ResultRow(a.label(), isBase, cells, a.fitSeconds()));
        }
        return out;
    }

    /** What the numbers mean: protocol, tie rule, tied share, ranking, intervals and the baseline. */
    static String protocolLine(RunResult r) {
        Map<String, Object> p = r.protocol();
        StringBuilder b = new StringBuilder();
        b.append(r.dataset()).append(" v").append(r.datasetVersion()).append(" \u00b7 ").append(p.get("name"));
        if (p.get("n") != null && !Objects.equals(p.get("name"), "leave-last-out")) {
            b.append(" (N=").append(p.get("n")).append(')');
        }
        if (p.get("ties") != null) {
            b.append(" \u00b7 ties by ").append(p.get("ties"));
        }
        b.append(" \u00b7 ").append(Boolean.TRUE.equals(p.get("sampled")) ? "SAMPLED negatives" : "full ranking");
        b.append(" \u00b7 ").append(Formats.count(r.split().evaluatedUsers())).append(" users evaluated");
        if (r.split().skippedUsers() > 0) {
            b.append(" (").append(Formats.count(r.split().skippedUsers())).append(" skipped)");
        }
        b.append(" \u00b7 ").append(Formats.percent(r.split().tiedShare())).append(" of users have a tied last "
                + "timestamp");
        b.append(String.format(Locale.ROOT, " \u00b7 %.0f%% CIs from %s bootstrap resamples \u00b7 \u25b2\u25bc vs %s, "
                        + "* Holm-adjusted Wilcoxon p < %s \u00b7 seed %d", 100 * r.confidence(),
                Formats.count(r.bootstrapResamples()), r.baseline(), Formats.decimal(ALPHA, 2), r.seed()));
        if (Boolean.TRUE.equals(p.get("leaks_future")) || r.split().leaksFuture()) {
            b.append(" \u00b7 LEAKS FUTURE INFORMATION: trained on interactions later than the test ones");
        }
        return b.toString();
    }

    /** The bars of {@code metric}: each model's value and interval. */
    static List<BarPoint> bars(RunResult r, String metric) {
        List<BarPoint> out = new ArrayList<>();
        for (AlgorithmResult a : r.algorithms()) {
            MetricValue v = a.metrics().get(metric);
            if (v != null) {
                out.add(new BarPoint(a.label(), v.value(), v.ciLow(), v.ciHigh()));
            }
        }
        return out;
    }

    /** One row per segment group with each model's {@code metric}; empty when the metric has no breakdown. */
    static List<SegmentRow> segments(RunResult r, String metric) {
        Map<String, SegmentRow> rows = new LinkedHashMap<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (AlgorithmResult a : r.algorithms()) {
            for (SegmentResult s : a.segments()) {
                MetricValue v = s.metrics().get(metric);
                if (v == null) {
                    continue;
                }
                String id = s.segment() + "\u0000" + s.group();
                cells.computeIfAbsent(id, x -> new LinkedHashMap<>()).put(a.label(), interval(v));
                rows.putIfAbsent(id, new SegmentRow(segmentName(s.segment()), s.group(), s.users(), Map.of()));
            }
        }
        List<SegmentRow> out = new ArrayList<>();
        rows.forEach((id, row) -> out.add(new SegmentRow(row.segment(), row.group(), row.users(), cells.get(id))));
        return out;
    }

    /** "activity" → "User activity", "items" → "Held-out items", "attribute:age" → "User age". */
    static String segmentName(String segment) {
        return switch (segment) {
            case "activity" -> "User activity";
            case "items" -> "Held-out items";
            case "last-timestamp" -> "Last timestamp";
            default -> segment.startsWith("attribute:") ? "User " + segment.substring("attribute:".length())
                    : segment;
        };
    }

    /**
     * The diff of two runs: run settings, protocol entries, model params (changed ones) and every metric; the
     * settings that differ come first, then the metrics, then the settings both runs share.
     */
    static List<DiffRow> diff(RunComparison c, RunResult a, RunResult b) {
        List<DiffRow> all = rawDiff(c, a, b);
        List<DiffRow> out = new ArrayList<>();
        for (boolean metric : new boolean[] {false, true}) {
            out.addAll(all.stream().filter(d -> d.changed() && d.section().equals("Metric") == metric).toList());
        }
        for (boolean metric : new boolean[] {true, false}) {
            out.addAll(all.stream().filter(d -> !d.changed() && d.section().equals("Metric") == metric).toList());
        }
        return out;
    }

    private static List<DiffRow> rawDiff(RunComparison c, RunResult a, RunResult b) {
        List<DiffRow> out = new ArrayList<>();
        run(out, "dataset", a.dataset() + " v" + a.datasetVersion(), b.dataset() + " v" + b.datasetVersion());
        run(out, "data fingerprint", c.sameData() ? "same" : shortPrint(a.datasetFingerprint()),
                c.sameData() ? "same" : shortPrint(b.datasetFingerprint()));
        run(out, "cutoffs", a.ks().toString(), b.ks().toString());
        run(out, "baseline", a.baseline(), b.baseline());
        run(out, "seed", Long.toString(a.seed()), Long.toString(b.seed()));
        run(out, "models", labels(a), labels(b));
        Set<String> keys = new LinkedHashSet<>(a.protocol().keySet());
        keys.addAll(b.protocol().keySet());
        for (String k : keys) {
            String x = text(a.protocol().get(k));
            String y = text(b.protocol().get(k));
            if (k.equals("prefilters") && x.equals(y)) {
                continue;
            }
            out.add(new DiffRow("Protocol", "", k, x, y, "", !x.equals(y)));
        }
        c.params().forEach((model, params) -> params.forEach((k, v) ->
                out.add(new DiffRow("Params", model, k, text(v.get(0)), text(v.get(1)), "", true))));
        for (RunComparison.MetricDiff m : c.metrics()) {
            out.add(new DiffRow("Metric", m.model(), m.metric(), number(m.a()), number(m.b()),
                    Double.isNaN(m.delta()) ? "" : String.format(Locale.ROOT, "%+.4f", m.delta()),
                    Double.compare(m.a(), m.b()) != 0));
        }
        return out;
    }

    private static void run(List<DiffRow> out, String key, String a, String b) {
        out.add(new DiffRow("Run", "", key, a, b, "", !a.equals(b)));
    }

    private static String labels(RunResult r) {
        return String.join(", ", r.algorithms().stream().map(AlgorithmResult::label).toList());
    }

    private static String shortPrint(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) + "\u2026" : fingerprint;
    }

    private static String text(Object o) {
        return o == null ? "\u2014" : o.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "\u2014" : String.format(Locale.ROOT, "%.4f", v);
    }
}
