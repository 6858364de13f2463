package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.engine.eval.history.RunComparison;
import org.recstudio.engine.eval.history.RunStore;
import org.recstudio.engine.eval.history.RunSummary;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio runs}: the evaluation run history of a workspace — list the runs, compare two (params and
 * metrics side by side), or export one as CSV or JSON. Re-running is {@code recstudio evaluate --rerun RUN}.
 */
@Command(name = "runs", description = {"List stored evaluation runs, compare two, or export one.",
        "Re-run a stored run with 'recstudio evaluate --rerun RUN'."})
final class RunsCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN", description = "Compare two runs: params and metrics.")
    long[] compare;

    @Option(names = "--export", paramLabel = "RUN", description = "Export one run (with --to FILE).")
    Long export;

    @Option(names = "--to", paramLabel = "FILE", description = "Export target; .csv writes CSV, anything else JSON.")
    Path to;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = Workspaces.open(ws, out)) {
            RunStore store = new RunStore(w);
            if (export != null) {
                if (to == null) {
                    throw new IllegalArgumentException("--export RUN needs --to FILE (.csv or .json)");
                }
                if (to.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    store.exportCsv(export, to);
                } else {
                    store.exportJson(export, to);
                }
                if (ws.json) {
                    Json.print(out, Map.of("run", export, "file", to.toAbsolutePath().toString()));
                } else {
                    out.printf("Run %d written to %s%n", export, to.toAbsolutePath());
                }
                return 0;
            }
            if (compare != null) {
                RunComparison c = store.compare(compare[0], compare[1]);
                if (ws.json) {
                    Json.print(out, c);
                } else {
                    printComparison(out, c);
                }
                return 0;
            }
            List<RunSummary> runs = store.list();
            if (ws.json) {
                Json.print(out, Map.of("runs", runs.stream().map(RunsCommand::summaryJson).toList()));
                return 0;
            }
            if (runs.isEmpty()) {
                out.println("No evaluation runs yet. Start one with: recstudio evaluate --dataset D --algorithms A,B");
            } else {
                out.printf("%5s  %-20s  %-14s  %-16s  %-10s  %-40s  %8s%n", "RUN", "CREATED", "DATASET", "PROTOCOL",
                        "TIES", "MODELS", "SECONDS");
                for (RunSummary r : runs) {
                    out.printf("%5d  %-20s  %-14s  %-16s  %-10s  %-40s  %8.1f%n", r.id(),
                            r.createdAt().toString().substring(0, 19), r.dataset() + " v" + r.datasetVersion(),
                            r.protocol(), r.ties(), String.join(",", r.models()), r.wallSeconds());
                }
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> summaryJson(RunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("created", r.createdAt().toString());
        m.put("dataset", r.dataset());
        m.put("dataset_version", r.datasetVersion());
        m.put("protocol", r.protocol());
        m.put("ties", r.ties());
        m.put("models", r.models());
        m.put("seed", r.seed());
        m.put("wall_seconds", r.wallSeconds());
        return m;
    }

    private static void printComparison(PrintWriter out, RunComparison c) {
        out.printf("Run %d vs run %d%s%n", c.runA(), c.runB(), c.sameData() ? "" : " (different data: compare with care)");
        c.protocol().forEach((k, v) -> out.printf("  protocol %-20s %s -> %s%n", k, v.get(0), v.get(1)));
        c.params().forEach((model, diffs) -> diffs.forEach((k, v) ->
                out.printf("  %-12s %-20s %s -> %s%n", model, k, v.get(0), v.get(1))));
        out.printf("  %-12s %-14s %10s %10s %10s%n", "MODEL", "METRIC", "A", "B", "DELTA");
        for (RunComparison.MetricDiff d : c.metrics()) {
            out.printf("  %-12s %-14s %10.4f %10.4f %+10.4f%n", d.model(), d.metric(), d.a(), d.b(), d.delta());
        }
        out.flush();
    }
}
