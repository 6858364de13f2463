package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.ImportReport;
import org.recstudio.engine.importer.ImportRequest;
import org.recstudio.engine.importer.Importer;
import org.recstudio.engine.importer.RejectedRow;
import org.recstudio.engine.importer.UnknownItemPolicy;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio import}: imports a catalog, users and an interaction log into a dataset, atomically per file.
 */
@Command(name = "import", description = {
        "Import items, users and interactions into a dataset (CSV/TSV/any delimiter, JSON Lines, gzip).",
        "Format, encoding, header and columns are detected; --preset names a known format "
                + "(see 'recstudio import --list-presets')."})
final class ImportCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset to import into (created if new).")
    String dataset;

    @Option(names = "--interactions", paramLabel = "FILE", description = "Interaction log (user, item, event/value, time).")
    Path interactions;

    @Option(names = "--items", paramLabel = "FILE", description = "Item catalog.")
    Path items;

    @Option(names = "--users", paramLabel = "FILE", description = "Users with attributes.")
    Path users;

    @Option(names = "--preset", paramLabel = "NAME", description = "A named format, e.g. movielens-100k.")
    String preset;

    @Option(names = "--unknown-items", paramLabel = "POLICY", defaultValue = "placeholder",
            description = "What to do with interactions naming an item not in the catalog: reject or placeholder "
                    + "(default ${DEFAULT-VALUE}).")
    String unknownItems;

    @Option(names = "--list-presets", description = "List the named formats and exit.")
    boolean listPresets;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listPresets) {
            for (var p : org.recstudio.engine.importer.Presets.all()) {
                out.printf("%-24s %s%n", p.name(), p.description());
            }
            out.flush();
            return 0;
        }
        if (dataset == null) {
            throw new IllegalArgumentException("--dataset NAME is required");
        }
        if (interactions == null && items == null && users == null) {
            throw new IllegalArgumentException("name at least one file: --interactions, --items or --users");
        }
        UnknownItemPolicy policy = switch (unknownItems.toLowerCase(java.util.Locale.ROOT)) {
            case "reject" -> UnknownItemPolicy.REJECT;
            case "placeholder" -> UnknownItemPolicy.PLACEHOLDER;
            default -> throw new IllegalArgumentException("--unknown-items must be 'reject' or 'placeholder', got '"
                    + unknownItems + "'");
        };
        long start = System.nanoTime();
        try (Workspace w = Workspace.open(ws.folder(), "recstudio CLI");
             CliProgress progress = new CliProgress(System.err, System.console() != null)) {
            Importer importer = new Importer(w);
            List<ImportReport> reports = new ArrayList<>();
            if (preset != null) {
                Map<String, Path> files = new LinkedHashMap<>();
                put(files, "items", items);
                put(files, "users", users);
                put(files, "interactions", interactions);
                reports.addAll(importer.runPreset(preset, dataset, files, policy, progress));
            } else { // one unit: all files become visible together, or none does
                List<ImportRequest> unit = new ArrayList<>();
                if (items != null) {
                    unit.add(ImportRequest.of(dataset, DataKind.ITEMS, items).withUnknownItems(policy));
                }
                if (users != null) {
                    unit.add(ImportRequest.of(dataset, DataKind.USERS, users).withUnknownItems(policy));
                }
                if (interactions != null) {
                    unit.add(ImportRequest.of(dataset, DataKind.INTERACTIONS, interactions).withUnknownItems(policy));
                }
                reports.addAll(importer.runAll(unit, progress));
            }
            progress.close();
            var info = w.datasets().require(dataset);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dataset", dataset);
            m.put("interactions", info.interactions());
            m.put("users", info.users());
            m.put("items", info.items());
            m.put("accepted", reports.stream().mapToLong(ImportReport::accepted).sum());
            m.put("rejected", reports.stream().mapToLong(ImportReport::rejected).sum());
            m.put("duplicates", reports.stream().mapToLong(ImportReport::duplicates).sum());
            m.put("placeholder_items", reports.stream().mapToLong(ImportReport::placeholderItems).sum());
            m.put("seconds", (System.nanoTime() - start) / 1e9);
            m.put("files", reports.stream().map(ImportCommand::fileJson).toList());
            if (ws.json) {
                Json.print(out, m);
            } else {
                printText(out, m, reports);
            }
            return 0;
        }
    }

    private static void put(Map<String, Path> files, String key, Path p) {
        if (p != null) {
            files.put(key, p);
        }
    }

    private static Map<String, Object> fileJson(ImportReport r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", r.file().toString());
        f.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        f.put("rows", r.rowsRead());
        f.put("accepted", r.accepted());
        f.put("rejected", r.rejected());
        f.put("duplicates", r.duplicates());
        f.put("placeholder_items", r.placeholderItems());
        f.put("already_imported", r.alreadyImported());
        f.put("report", r.reportFile() == null ? null : r.reportFile().toString());
        f.put("rejected_sample", r.sampleRejected().stream().limit(20).map(ImportCommand::rejectedJson).toList());
        f.put("seconds", r.elapsed().toMillis() / 1000.0);
        return f;
    }

    private static Map<String, Object> rejectedJson(RejectedRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", row.line());
        m.put("column", row.column());
        m.put("reason", row.reason());
        return m;
    }

    private static void printText(PrintWriter out, Map<String, Object> m, List<ImportReport> reports) {
        for (ImportReport r : reports) {
            out.printf("%-12s %s: %s%n", r.kind().name().toLowerCase(java.util.Locale.ROOT), r.file(),
                    r.alreadyImported() ? "already imported, nothing changed"
                            : String.format("%,d rows, %,d accepted, %,d rejected, %,d duplicates%s in %.1f s",
                            r.rowsRead(), r.accepted(), r.rejected(), r.duplicates(),
                            r.placeholderItems() > 0 ? String.format(", %,d placeholder items", r.placeholderItems()) : "",
                            r.elapsed().toMillis() / 1000.0));
            for (RejectedRow row : r.sampleRejected().stream().limit(5).toList()) {
                out.printf("    line %d, column %s: %s%n", row.line(), row.column(), row.reason());
            }
            if (r.reportFile() != null) {
                out.printf("    all rejected rows: %s%n", r.reportFile());
            }
        }
        out.printf("Dataset %s now has %,d users, %,d items, %,d interactions.%n", m.get("dataset"), m.get("users"),
                m.get("items"), m.get("interactions"));
        out.flush();
    }
}
