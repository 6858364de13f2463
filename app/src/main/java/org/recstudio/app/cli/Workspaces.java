package org.recstudio.app.cli;

import java.io.PrintWriter;
import org.recstudio.app.SampleWorkspace;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/** Opens the workspace a command names; the default workspace gets the sample catalogs on first use. */
final class Workspaces {

    private Workspaces() {
    }

    static Workspace open(WorkspaceOptions options, PrintWriter out) {
        Workspace w = Workspace.open(options.folder(), "recstudio CLI");
        if (options.isDefault()) {
            try {
                SampleWorkspace.ensure(w, options.json ? Progress.NONE : new CliProgress(System.err,
                        System.console() != null), msg -> {
                    if (!options.json) {
                        out.println(msg);
                        out.flush();
                    }
                });
            } catch (RuntimeException e) {
                w.close();
                throw e;
            }
        }
        return w;
    }
}
