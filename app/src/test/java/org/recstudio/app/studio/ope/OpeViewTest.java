package org.recstudio.app.studio.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.FxTests;
import org.recstudio.app.studio.Screenshots;
import org.recstudio.app.studio.StudioApp;
import org.recstudio.app.studio.StudioContext;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.shell.MainViewModel;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Off-policy screen driven like a user: a bad log is explained, then the OBD Men log is evaluated. */
@ExtendWith(ApplicationExtension.class)
class OpeViewTest {

    static {
        FxTests.quickRobot();
    }

    @TempDir static Path temp;
    private static Path dir;
    private StudioContext context;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll static void data() {
        dir = temp.resolve("default");
        try (Workspace ws = Workspace.open(dir, "test")) {
            TestData.shop(ws, "outdoor-shop", 50, 60, 500, 7);
        }
    }

    @Start void start(Stage stage) {
        this.stage = stage;
        context = StudioContext.open(dir, Platform::runLater);
        vm = StudioApp.show(stage, context);
    }

    @AfterEach void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        context.close();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty()
                && !vm.ope().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts a long path in a field at once (typing it key by key adds nothing to the test). */
    private static void paste(FxRobot robot, String fieldId, Path path) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.interact(() -> field.setText(path.toString()));
    }

    @Test void aBadLogIsExplainedThenTheObdLogIsEvaluated(FxRobot robot) throws Exception {
        Path log = OpeViewModelTest.obdMen();
        awaitIdle();
        robot.clickOn("#nav-off-policy");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#ope-screen").tryQuery().isPresent());

        Path bad = temp.resolve("clicks.csv");
        Files.writeString(bad, "action,reward,propensity\n0,1,0.5\n1,0,0\n");
        paste(robot, "#ope-log", bad);
        assertEquals("generic", robot.lookup("#ope-format").queryAs(ComboBox.class).getValue());
        robot.clickOn("#ope-run");
        awaitIdle();
        HBox banner = robot.lookup(".banner-error").match(n -> n.isVisible()).queryAs(HBox.class);
        String text = ((Label) banner.getChildren().get(1)).getText();
        assertTrue(text.contains("clicks.csv") && text.contains("line 3") && text.contains("propensity"), text);

        paste(robot, "#ope-log", log);
        paste(robot, "#ope-item-context", log.resolveSibling("item_context.csv"));
        assertEquals("obd", robot.lookup("#ope-format").queryAs(ComboBox.class).getValue());
        robot.clickOn("#ope-est-switch-dr");
        FxTests.type(robot, "#ope-bootstrap", "100");
        robot.clickOn("#ope-run");
        awaitIdle();
        assertEquals("", vm.ope().errorProperty().get());
        TableView<?> table = robot.lookup("#ope-table").queryTableView();
        assertEquals(5, table.getItems().size());
        LineChart<?, ?> chart = robot.lookup("#ope-chart").queryAs(LineChart.class);
        assertEquals(5 + 1, chart.getData().size(), "one series per estimator and the logged reference");
        assertTrue(robot.lookup("#ope-status").queryAs(Label.class).getText().startsWith("Done"));
        Screenshots.save(stage.getScene(), "ope-screen.png");
    }
}
