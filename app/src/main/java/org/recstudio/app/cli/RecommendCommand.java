package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio recommend}: the top-k items of a saved model for one user, by external user id, with titles,
 * scores and explanations; the user's already-seen items are left out unless {@code --include-seen}.
 */
@Command(name = "recommend", description = {
        "Recommend items to a user with a saved model (see 'recstudio train').",
        "Items the user already interacted with are left out unless --include-seen; a user with no history gets "
                + "the model's fallback (usually popularity)."})
final class RecommendCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Saved model to use.")
    String model;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "External id of the user.")
    String user;

    @Option(names = "--k", defaultValue = "10", paramLabel = "N",
            description = "How many items (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--include-seen", description = "Also recommend items the user already interacted with.")
    boolean includeSeen;

    @Override public Integer call() {
        if (k < 0) {
            throw new IllegalArgumentException("--k must be >= 0, got " + k);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = Workspaces.open(ws, out)) {
            ModelStore store = new ModelStore(w);
            StoredModel info = store.require(model);
            Model m = store.load(model);
            Dataset d = loadDataset(w, info);
            int u = userIndex(d, info, m);
            IntPredicate known = i -> i < m.itemCount();
            IntPredicate allowed = includeSeen ? known : known.and(ItemFilters.unseen(d.byUser(), u));
            boolean noHistory = d.byUser().rowLength(u) == 0;
            List<Map<String, Object>> items = new ArrayList<>();
            for (ScoredItem s : m.recommend(u, k, allowed)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.items().id(s.item()));
                row.put("title", d.item(s.item()).title());
                row.put("score", s.score());
                row.put("explanation", explanation(m.explain(u, s.item()), d));
                items.add(row);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("model", info.name());
            json.put("algorithm", info.algorithm());
            json.put("dataset", info.dataset());
            json.put("user", user);
            json.put("history", d.byUser().rowLength(u));
            json.put("fallback", noHistory);
            json.put("items", items);
            if (ws.json) {
                Json.print(out, json);
            } else {
                printText(out, info, noHistory, items);
            }
            return 0;
        }
    }

    private Dataset loadDataset(Workspace w, StoredModel info) {
        if (w.datasets().find(info.dataset()).isEmpty()) {
            throw new StoreException("Model '" + info.name() + "' was trained on dataset '" + info.dataset()
                    + "', which is no longer in workspace " + w.folder() + ". Re-import it or train a new model.");
        }
        Dataset d = new DatasetLoader(w).loadWithMetadata(info.dataset(), Progress.NONE);
        if (d.info().version() != info.datasetVersion()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("warning: dataset '%s' changed since model '%s' was trained (version %d, now %d); "
                            + "retrain to use the new data: recstudio train --replace ...%n", info.dataset(),
                    info.name(), info.datasetVersion(), d.info().version());
            err.flush();
        }
        return d;
    }

    private int userIndex(Dataset d, StoredModel info, Model m) {
        int u = d.users().indexOf(user);
        if (u < 0) {
            throw new IllegalArgumentException("No user '" + user + "' in dataset '" + info.dataset() + "' (model '"
                    + info.name() + "'). See the dataset's users and activity with: recstudio stats"
                    + (ws.workspace == null ? "" : " --workspace " + ws.workspace) + " --dataset " + info.dataset());
        }
        if (u >= m.userCount()) {
            throw new IllegalArgumentException("User '" + user + "' was added to dataset '" + info.dataset()
                    + "' after model '" + info.name() + "' was trained; retrain it: recstudio train --dataset "
                    + info.dataset() + " --algorithm " + info.algorithm() + " --model " + info.name() + " --replace");
        }
        return u;
    }

    /** The explanation's summary and its top three contributing items by title (or id). */
    static String explanation(Optional<Explanation> e, Dataset d) {
        if (e.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Explanation.Contribution c : e.get().contributions()) {
            if (c.item() >= 0 && c.item() < d.itemCount() && parts.size() < 3) {
                String title = d.item(c.item()).title();
                parts.add(String.format(Locale.ROOT, "%s (%.3g)", title == null ? d.items().id(c.item()) : title,
                        c.weight()));
            }
        }
        return parts.isEmpty() ? e.get().summary() : e.get().summary() + ": " + String.join(", ", parts);
    }

    private void printText(PrintWriter out, StoredModel info, boolean noHistory, List<Map<String, Object>> items) {
        out.printf("Top %d for user %s from model '%s' (%s on dataset '%s')%s%n", items.size(), user, info.name(),
                info.algorithm(), info.dataset(), noHistory ? " — no history, fallback ranking" : "");
        int rank = 1;
        for (Map<String, Object> r : items) {
            Object title = r.get("title");
            out.printf("  %2d. %-12s %-40s %10.4f  %s%n", rank++, r.get("id"), title == null ? "" : clip(
                    title.toString(), 40), (Float) r.get("score"), r.get("explanation") == null ? "" : r.get(
                    "explanation"));
        }
        out.flush();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
