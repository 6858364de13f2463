package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code recstudio datasets}: lists the datasets of a workspace with their counts. */
@Command(name = "datasets", description = "List the datasets of a workspace with their counts.")
final class DatasetsCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    /** One dataset row of the JSON output. */
    record Row(String name, int users, int items, long interactions, long version, String created) {
    }

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = Workspaces.open(ws, out)) {
            List<DatasetInfo> list = w.datasets().list();
            if (ws.json) {
                Json.print(out, java.util.Map.of("workspace", w.folder().toString(), "datasets", list.stream()
                        .map(d -> new Row(d.name(), d.users(), d.items(), d.interactions(), d.version(),
                                d.createdAt().toString())).toList()));
                return 0;
            }
            out.printf("Workspace %s%n", w.folder());
            if (list.isEmpty()) {
                out.println("No datasets yet. Import one with: recstudio import --dataset NAME --interactions FILE");
                return 0;
            }
            out.printf("%-24s %10s %10s %14s%n", "DATASET", "USERS", "ITEMS", "INTERACTIONS");
            for (DatasetInfo d : list) {
                out.printf("%-24s %,10d %,10d %,14d%n", d.name(), d.users(), d.items(), d.interactions());
            }
            return 0;
        }
    }
}
