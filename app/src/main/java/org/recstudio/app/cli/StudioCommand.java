package org.recstudio.app.cli;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code recstudio studio}: opens the JavaFX studio, or runs {@code demo} when there is no display. */
@Command(name = "studio", description = "Open the studio on a workspace (falls back to 'demo' without a display).")
final class StudioCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        if (!hasDisplay()) {
            spec.commandLine().getErr().println("No display available (DISPLAY/WAYLAND_DISPLAY unset): running "
                    + "'recstudio demo' instead.");
            spec.commandLine().getErr().flush();
            DemoCommand demo = new DemoCommand();
            demo.ws = ws;
            demo.spec = spec;
            return demo.call();
        }
        try (var w = Workspaces.open(ws, spec.commandLine().getOut())) {
            // the studio opens the workspace itself: release it for the studio process
        }
        org.recstudio.app.studio.StudioApp.launch(ws.folder());
        return 0;
    }

    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return !GraphicsEnvironment.isHeadless();
        }
        String x = System.getenv("DISPLAY");
        String wl = System.getenv("WAYLAND_DISPLAY");
        return (x != null && !x.isBlank()) || (wl != null && !wl.isBlank());
    }
}
