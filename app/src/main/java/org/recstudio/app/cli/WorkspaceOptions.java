package org.recstudio.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: which workspace, and JSON output. */
final class WorkspaceOptions {

    /**
     * The default workspace folder: {@code ~/.recstudio/default}, unless the system property
     * {@code recstudio.workspace} or the environment variable {@code RECSTUDIO_WORKSPACE} names another.
     */
    static Path defaultWorkspace() {
        String override = System.getProperty("recstudio.workspace", System.getenv("RECSTUDIO_WORKSPACE"));
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".recstudio", "default");
    }

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: ~/.recstudio/default, or $RECSTUDIO_WORKSPACE).")
    Path workspace;

    @Option(names = "--json", description = "Print one JSON object on standard output instead of text.")
    boolean json;

    Path folder() {
        return workspace != null ? workspace : defaultWorkspace();
    }

    boolean isDefault() {
        return workspace == null || workspace.toAbsolutePath().normalize()
                .equals(defaultWorkspace().toAbsolutePath().normalize());
    }
}
