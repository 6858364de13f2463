package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.data.DatasetSummary;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recstudio stats}: a summary of one dataset (counts, sparsity, time range, events, top items). */
@Command(name = "stats", description = "Summarise a dataset: counts, sparsity, time range, event mix, top items.")
final class StatsCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset to summarise.")
    String dataset;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many top items to list (default ${DEFAULT-VALUE}).")
    int top;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = Workspaces.open(ws, out)) {
            Map<String, Object> json = summarize(w, dataset, top);
            if (ws.json) {
                Json.print(out, json);
            } else {
                printText(out, json);
            }
            return 0;
        }
    }

    /** The summary of {@code name} as an ordered map, the shape of the JSON output. */
    static Map<String, Object> summarize(Workspace w, String name, int top) {
        Dataset d = new DatasetLoader(w).load(name, org.recstudio.engine.progress.Progress.NONE);
        DatasetSummary s = DatasetSummary.of(d, top);
        List<ItemRecord> items = w.catalog().items(d.info().id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", s.name());
        m.put("users", s.users());
        m.put("items", s.items());
        m.put("interactions", s.interactions());
        m.put("sparsity", s.sparsity());
        m.put("first_interaction", s.firstInteraction() == null ? null : s.firstInteraction().toString());
        m.put("last_interaction", s.lastInteraction() == null ? null : s.lastInteraction().toString());
        m.put("items_without_interactions", s.itemsWithoutInteractions());
        m.put("head_items", s.headItems());
        m.put("head_share", s.headShare());
        m.put("median_user_interactions", s.medianUserActivity());
        m.put("max_user_interactions", s.maxUserActivity());
        m.put("events", s.events().stream().map(e -> Map.of("event", e.event(), "weight", e.weight(), "count", e.count()))
                .toList());
        m.put("top_items", s.topItems().stream().map(t -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", t.id());
            String title = items.get(t.item()).title();
            r.put("title", title);
            r.put("interactions", t.count());
            return r;
        }).toList());
        return m;
    }

    @SuppressWarnings("unchecked")
    static void printText(PrintWriter out, Map<String, Object> m) {
        out.printf("Dataset %s%n", m.get("dataset"));
        out.printf("  users %,d   items %,d   interactions %,d   sparsity %.4f%%%n", m.get("users"), m.get("items"),
                m.get("interactions"), 100 * (double) m.get("sparsity"));
        out.printf("  from %s to %s%n", m.get("first_interaction"), m.get("last_interaction"));
        out.printf("  long tail: top %,d items (20%%) hold %.1f%% of interactions; %,d items have none%n",
                m.get("head_items"), 100 * (double) m.get("head_share"), m.get("items_without_interactions"));
        out.printf("  user activity: median %.1f, max %,d interactions%n", m.get("median_user_interactions"),
                m.get("max_user_interactions"));
        out.print("  events:");
        for (Map<String, Object> e : (List<Map<String, Object>>) m.get("events")) {
            out.printf(" %s=%,d (weight %s)", e.get("event"), e.get("count"), e.get("weight"));
        }
        out.println();
        out.println("  top items:");
        int rank = 1;
        for (Map<String, Object> t : (List<Map<String, Object>>) m.get("top_items")) {
            Object title = t.get("title");
            out.printf("   %2d. %-12s %-50s %,8d%n", rank++, t.get("id"), title == null ? "" : clip(title.toString(), 50),
                    t.get("interactions"));
        }
        out.flush();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
