package org.recstudio.engine.importer;

import java.nio.file.Path;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/**
 * A child process for {@link ImportKillTest}: imports one interactions file into a workspace and prints
 * {@code PROGRESS <bytes> <total>} lines while doing so, then {@code DONE}. Arguments: workspace, file, dataset.
 */
public final class ImportChildMain {

    private ImportChildMain() {
    }

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]), "import child")) {
            Progress progress = new Progress() {
                @Override public void update(String stage, long done, long total) {
                    if (stage.startsWith("Importing") && done > 0) {
                        System.out.println("PROGRESS " + done + " " + total);
                        System.out.flush();
                    }
                }

                @Override public boolean isCancelled() {
                    return false;
                }
            };
            ImportReport r = new Importer(ws).run(ImportRequest.of(args[2], DataKind.INTERACTIONS, Path.of(args[1])),
                    progress);
            System.out.println("DONE " + r.accepted());
        }
    }
}
