package org.recstudio.app.studio.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.FxTests;
import org.recstudio.app.studio.Screenshots;
import org.recstudio.app.studio.StudioContext;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.shell.Theme;
import org.recstudio.engine.eval.history.RunStore;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Evaluate screen driven like a user under headless Monocle: tick models, run, read the results, change a
 * param, run again and compare the two runs. The screen sits in the shell's content frame at the size it has in
 * the 1280×800 main window.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluateViewTest {

    static {
        FxTests.quickRobot();
    }

    @TempDir static Path temp;
    private static Path dir;
    private StudioContext context;
    private EvaluateViewModel vm;
    private Stage stage;

    @BeforeAll static void data() {
        dir = temp.resolve("default");
        try (Workspace ws = Workspace.open(dir, "test")) {
            TestData.shop(ws, "outdoor-shop", 400, 600, 9_000, 7);
        }
    }

    @Start void start(Stage stage) {
        this.stage = stage;
        context = StudioContext.open(dir, Platform::runLater);
        vm = org.recstudio.app.studio.StudioApp.show(stage, context).evaluate();
    }

    @AfterEach void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        context.close();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty()
                && !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String comboId, String value) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> value.equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void aUserRunsTwoEvaluationsAndComparesThem(FxRobot robot) throws Exception {
        robot.clickOn("#nav-evaluate");
        awaitIdle();
        assertEquals("outdoor-shop", vm.datasetProperty().get());
        assertTrue(robot.lookup("#eval-alg-popularity").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#eval-alg-ease");
        assertEquals(List.of("popularity", "itemknn", "ease"), vm.setup().baselines());
        choose(robot, "#eval-ties", "seeded random");
        robot.clickOn("#eval-run");
        awaitIdle();

        TableView<ResultRow> table = robot.lookup("#eval-results").queryTableView();
        assertEquals(List.of("popularity", "itemknn", "ease"), table.getItems().stream().map(ResultRow::label)
                .toList());
        assertEquals("ndcg@10", table.getColumns().get(1).getText());
        String cell = table.getItems().get(1).cell("ndcg@10");
        assertTrue(cell.matches("0\\.\\d{4} \\[0\\.\\d{3}, 0\\.\\d{3}\\] [\u25b2\u25bc=]\\*?"), cell);
        Label line = robot.lookup("#eval-protocol-line").queryAs(Label.class);
        assertTrue(line.isVisible() && line.getText().contains("ties by random"), line.getText());
        CiBarChart chart = robot.lookup("#eval-chart").queryAs(CiBarChart.class);
        assertEquals(3, chart.getData().getFirst().getData().size());
        assertTrue(robot.lookup(".ci-whisker").queryAll().size() >= 9, "a whisker with two caps per bar");
        assertTrue(robot.lookup("#eval-status").queryAs(Label.class).getText().startsWith("Done in"));
        Screenshots.save(stage.getScene(), "evaluate-screen.png");

        robot.clickOn("#eval-params").write("itemknn.neighbours=20");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("itemknn.neighbours=20", robot.lookup("#eval-params").queryAs(TextField.class).getText());
        robot.clickOn("#eval-run");
        awaitIdle();
        assertEquals(2, new RunStore(context.workspace()).list().size());

        robot.clickOn("#eval-tab-segments");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<SegmentRow> segments = robot.lookup("#eval-segments").queryTableView();
        assertFalse(segments.getItems().isEmpty());
        assertEquals(3 + 3, segments.getColumns().size(), "segment, group, users and one column per model");
        Screenshots.save(stage.getScene(), "evaluate-segments.png");

        robot.clickOn("#eval-tab-history");
        awaitIdle();
        TableView<RunRow> runs = robot.lookup("#eval-runs").queryTableView();
        assertEquals(2, runs.getItems().size());
        TableView<DiffRow> diff = robot.lookup("#eval-diff").queryTableView();
        DiffRow first = diff.getItems().getFirst();
        assertEquals(List.of("Params", "itemknn", "neighbours", "20"), List.of(first.section(), first.model(),
                first.key(), first.b()), "the changed param comes first");
        assertEquals("Metric", diff.getItems().get(1).section());
        assertEquals("itemknn", diff.getItems().get(1).model(), "then the metrics that moved");
        Screenshots.save(stage.getScene(), "evaluate-history.png");
    }
}
