package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code recstudio demo}: a readable summary of every dataset in the workspace (the no-display quick start). */
@Command(name = "demo", description = "Print a readable summary of the workspace: datasets, counts, top items.")
final class DemoCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = Workspaces.open(ws, out)) {
            List<DatasetInfo> list = w.datasets().list();
            if (ws.json) {
                List<Map<String, Object>> all = new ArrayList<>();
                for (DatasetInfo d : list) {
                    all.add(StatsCommand.summarize(w, d.name(), 5));
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("workspace", w.folder().toString());
                m.put("datasets", all);
                Json.print(out, m);
                return 0;
            }
            out.printf("RecStudio workspace %s: %d dataset(s)%n%n", w.folder(), list.size());
            for (DatasetInfo d : list) {
                StatsCommand.printText(out, StatsCommand.summarize(w, d.name(), 5));
                out.println();
            }
            out.println("Next: recstudio stats --dataset NAME, recstudio import --help, or ./recstudio on a desktop for the studio.");
            out.flush();
            return 0;
        }
    }
}
