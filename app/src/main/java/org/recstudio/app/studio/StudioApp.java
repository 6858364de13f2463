package org.recstudio.app.studio;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.recstudio.app.studio.shell.MainView;
import org.recstudio.app.studio.shell.MainViewModel;

/**
 * The RecStudio studio, a JavaFX application over one workspace folder.
 *
 * <p>Start it with {@link #launch(Path)}; the workspace is opened (and locked) when the window opens and
 * closed when it closes.
 */
public final class StudioApp extends Application {

    static final String WORKSPACE_PARAMETER = "workspace";

    private StudioContext context;

    /**
     * Opens the studio on the workspace in {@code workspaceDir} and blocks until the window is closed.
     * Call from a plain {@code main}, not from a JavaFX thread; at most once per process.
     */
    public static void launch(Path workspaceDir) {
        Objects.requireNonNull(workspaceDir, "workspaceDir");
        Application.launch(StudioApp.class, "--" + WORKSPACE_PARAMETER + "=" + workspaceDir.toAbsolutePath());
    }

    @Override public void start(Stage stage) {
        String dir = getParameters().getNamed().get(WORKSPACE_PARAMETER);
        if (dir == null) {
            fail("No workspace folder given", "Start the studio with StudioApp.launch(workspaceDir) or "
                    + "'recstudio studio --workspace <folder>'.");
            return;
        }
        try {
            context = StudioContext.open(Path.of(dir), Platform::runLater);
        } catch (RuntimeException e) {
            fail("Cannot open workspace " + dir, e.getMessage());
            return;
        }
        show(stage, context);
    }

    /** Shows the main window of {@code context} on {@code stage} at 1280×800 and loads the datasets. */
    public static MainViewModel show(Stage stage, StudioContext context) {
        MainViewModel vm = new MainViewModel(context);
        MainView view = new MainView(vm);
        stage.setTitle("RecStudio \u2014 " + vm.workspaceName());
        stage.setScene(view.scene(1280, 800));
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.show();
        vm.start();
        return vm;
    }

    private static void fail(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle("RecStudio");
        alert.setHeaderText(header);
        alert.showAndWait();
        Platform.exit();
    }

    @Override public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
