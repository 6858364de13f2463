package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.ParamSpec;
import org.recstudio.engine.model.ParamsBinder;
import org.recstudio.engine.model.ProvenanceJson;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio train}: fits an algorithm on a whole dataset (with its metadata) and saves the model in the
 * workspace, printing its provenance, the fit time and the last training message (e.g. the final loss).
 */
@Command(name = "train", description = {
        "Train a model on a dataset and save it in the workspace.",
        "Algorithms: popularity, itemknn, ease, sequential, als, content, hybrid (those available in this build).",
        "See an algorithm's parameters with: recstudio train --algorithm NAME --list-params"})
final class TrainCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset to train on.")
    String dataset;

    @Option(names = "--algorithm", required = true, paramLabel = "NAME",
            description = "als, itemknn, ease, popularity, sequential, content or hybrid.")
    String algorithm;

    @Option(names = "--model", paramLabel = "NAME", description = "Name to save the model under.")
    String model;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "Set a parameter of the algorithm (repeatable), e.g. --param neighbours=50.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of all randomness (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--replace", description = "Replace an existing model of the same name.")
    boolean replace;

    @Option(names = "--list-params", description = "List the algorithm's parameters with their defaults and exit.")
    boolean listParams;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Algorithm<?> a = Algorithms.byName(algorithm);
        if (listParams) {
            printParams(out, a);
            return 0;
        }
        if (dataset == null || model == null) {
            throw new IllegalArgumentException("recstudio train needs --dataset NAME and --model NAME");
        }
        ParamsBinder.bind(a, params); // fail on a bad --param before loading any data
        try (Workspace w = Workspaces.open(ws, out);
             CliProgress bar = new CliProgress(System.err, !ws.json && System.console() != null)) {
            Recording progress = new Recording(bar);
            Dataset d = new DatasetLoader(w).loadWithMetadata(dataset, progress);
            Model m = Algorithms.fit(a, d, params, seed, progress);
            StoredModel saved = new ModelStore(w).save(model, m, replace);
            Map<String, Object> json = result(saved, d, progress.last);
            if (ws.json) {
                Json.print(out, json);
            } else {
                printText(out, saved, d, progress.last);
            }
            return 0;
        }
    }

    private static Map<String, Object> result(StoredModel s, Dataset d, String lastMessage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", s.name());
        m.put("algorithm", s.algorithm());
        m.put("dataset", s.dataset());
        m.put("dataset_version", s.datasetVersion());
        m.put("users", d.userCount());
        m.put("items", d.itemCount());
        m.put("interactions", d.size());
        m.put("params", new TreeMap<>(s.provenance().params()));
        m.put("seed", s.provenance().seed());
        m.put("fit_seconds", s.provenance().fitSeconds());
        m.put("last_message", lastMessage);
        m.put("artifact", s.artifact().toString());
        m.put("sha256", s.sha256());
        m.put("size_bytes", s.sizeBytes());
        m.put("provenance", ProvenanceJson.toMap(s.provenance()));
        return m;
    }

    private void printText(PrintWriter out, StoredModel s, Dataset d, String lastMessage) {
        out.printf("Trained %s model '%s' on dataset '%s' (version %d: %,d users, %,d items, %,d interactions) "
                        + "in %.2f s%n", s.algorithm(), s.name(), s.dataset(), s.datasetVersion(), d.userCount(),
                d.itemCount(), d.size(), s.provenance().fitSeconds());
        out.print("  params:");
        new TreeMap<>(s.provenance().params()).forEach((k, v) -> out.printf(" %s=%s", k, v));
        out.println();
        out.printf("  seed %d, data fingerprint %s, RecStudio %s%n", s.provenance().seed(),
                s.datasetFingerprint(), s.provenance().recstudioVersion());
        if (lastMessage != null) {
            out.printf("  last message: %s%n", lastMessage);
        }
        out.printf("  saved to %s (%,d bytes, sha256 %s)%n", s.artifact(), s.sizeBytes(), s.sha256());
        out.printf("Recommend with: recstudio recommend%s --model %s --user USER%n",
                ws.workspace == null ? "" : " --workspace " + ws.workspace, s.name());
        out.flush();
    }

    private void printParams(PrintWriter out, Algorithm<?> a) {
        List<ParamSpec> specs = ParamsBinder.describe(a);
        if (ws.json) {
            Json.print(out, Map.of("algorithm", a.name(), "params", specs.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("type", p.type());
                m.put("default", p.defaultValue());
                m.put("choices", p.choices());
                m.put("description", p.description());
                return m;
            }).toList()));
            return;
        }
        out.printf("Parameters of %s (set with --param KEY=VALUE):%n", a.name());
        for (ParamSpec p : specs) {
            String type = p.choices().isEmpty() ? p.type() : p.type() + " " + p.choices();
            out.printf("  %-20s %-34s default %-10s %s%n", p.name(), type, p.defaultValue(), p.description());
        }
        out.flush();
    }

    /** Forwards progress to the terminal and keeps the last free-text message (e.g. the final loss). */
    private static final class Recording implements Progress {
        private final Progress delegate;
        private volatile String last;

        Recording(Progress delegate) {
            this.delegate = delegate;
        }

        @Override public void update(String stage, long done, long total) {
            delegate.update(stage, done, total);
        }

        @Override public void message(String text) {
            last = text;
            delegate.message(text);
        }

        @Override public boolean isCancelled() {
            return delegate.isCancelled();
        }
    }
}
