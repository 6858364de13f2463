package org.recstudio.engine.workspace;

import java.nio.file.Path;

/** Opens a workspace in a child process for the lock test; exits 3 when refused. */
public final class OpenWorkspaceMain {
    private OpenWorkspaceMain() {
    }

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]), "child")) {
            System.out.println("opened");
        } catch (WorkspaceException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
