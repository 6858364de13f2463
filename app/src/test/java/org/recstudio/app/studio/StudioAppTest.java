package org.recstudio.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application entry: started with a workspace folder as {@code launch(Path)} does, and stopped cleanly. */
class StudioAppTest {

    static {
        FxTests.quickRobot();
    }

    @TempDir Path dir;

    @Test void startsOnTheGivenWorkspaceAndReleasesItOnStop() throws Exception {
        try (Workspace ws = Workspace.open(dir, "test")) {
            TestData.shop(ws, "sample", 20, 30, 200, 4);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(StudioApp.class,
                "--" + StudioApp.WORKSPACE_PARAMETER + "=" + dir.toAbsolutePath());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() != null
                && !robot.lookup("#dataset-selector").queryComboBox().getItems().isEmpty());
        ComboBox<String> selector = robot.lookup("#dataset-selector").queryComboBox();
        assertEquals("sample", selector.getValue());
        assertTrue(stage.getTitle().startsWith("RecStudio"));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        try (Workspace again = Workspace.open(dir, "test")) {
            assertEquals(1, again.datasets().list().size(), "stop() closed the workspace and released its lock");
        }
    }
}
