package org.recstudio.app.studio.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
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

/** The Simulate screen driven like a user: choose strategies, set the run, simulate, read the charts and table. */
@ExtendWith(ApplicationExtension.class)
class SimulateViewTest {

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
            TestData.shop(ws, "outdoor-shop", 400, 500, 9_000, 7);
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
                && !vm.simulate().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sets a field at once (typing every field adds seconds, not coverage). */
    private static void set(FxRobot robot, String fieldId, String text) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test void configureRunAndSeeRegretCtrAndExposureWithBands(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#nav-simulate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#simulate-screen").tryQuery().isPresent());
        assertEquals("outdoor-shop", vm.simulate().datasetProperty().get());

        FxTests.type(robot, "#sim-rounds", "x");
        Label problem = robot.lookup("#sim-form-error").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("Rounds"), problem.getText());
        assertTrue(robot.lookup("#sim-run").queryAs(Button.class).isDisabled());
        FxTests.type(robot, "#sim-rounds", "2500");
        set(robot, "#sim-seeds", "3");
        set(robot, "#sim-users", "300");
        set(robot, "#sim-items", "150");
        set(robot, "#sim-new-items", "15");
        robot.clickOn("#sim-strategy-ucb1");
        assertFalse(robot.lookup("#sim-strategy-ucb1").queryAs(CheckBox.class).isSelected());
        assertFalse(problem.isVisible());

        robot.clickOn("#sim-run");
        awaitIdle();
        assertEquals("", vm.simulate().errorProperty().get());
        for (String id : new String[] {"#sim-regret-chart", "#sim-ctr-chart", "#sim-exposure-chart"}) {
            LineChart<?, ?> chart = robot.lookup(id).queryAs(LineChart.class);
            assertEquals(4 * 3, chart.getData().size(), id + ": mean, low and high per strategy");
            assertTrue(chart.getData().getLast().getData().size() > 10, id);
        }
        TableView<?> table = robot.lookup("#sim-summary-table").queryTableView();
        assertEquals(4, table.getItems().size());
        assertEquals(4, robot.lookup("#sim-legend").queryAs(FlowPane.class).getChildren().size());
        assertTrue(robot.lookup("#sim-status").queryAs(Label.class).getText().startsWith("Done"));
        Screenshots.save(stage.getScene(), "simulate-screen.png");
    }
}
