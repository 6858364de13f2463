package org.recstudio.app.studio.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Train screen driven like a user: pick an algorithm, fix a bad parameter, train, watch the loss. */
@ExtendWith(ApplicationExtension.class)
class TrainViewTest {

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
            TestData.shop(ws, "outdoor-shop", 400, 600, 9_000, 7);
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty()
                && !vm.train().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the Train screen from the navigation and waits for the datasets and models. */
    private void openTrain(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#nav-train");
        awaitIdle();
        assertTrue(robot.lookup("#train-screen").tryQuery().isPresent());
    }

    static void choose(FxRobot robot, String comboId, String value) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> value.equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> saved() {
        return new ModelStore(context.workspace()).list().stream().map(StoredModel::name).toList();
    }

    @Test void aBadParameterIsExplainedThenItemKnnAndAlsTrainWithTheirLossDrawn(FxRobot robot) throws Exception {
        openTrain(robot);
        assertEquals("als", robot.lookup("#train-algorithm").queryAs(ComboBox.class).getValue(), "ALS comes first");
        choose(robot, "#train-algorithm", "itemknn");
        assertTrue(robot.lookup("#param-neighbours").tryQuery().isPresent(), "the form follows the algorithm");
        assertTrue(robot.lookup("#param-factors").tryQuery().isEmpty());
        FxTests.type(robot, "#param-neighbours", "-5");
        Label error = robot.lookup("#params-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("neighbours") && error.getText().contains("-5"), error.getText());
        assertTrue(robot.lookup("#param-neighbours").queryAs(TextField.class).getStyleClass()
                .contains("param-invalid"));
        assertTrue(robot.lookup("#train-start").queryAs(Button.class).isDisabled(), "Train waits for valid params");

        FxTests.type(robot, "#param-neighbours", "25");
        assertFalse(error.isVisible());
        assertEquals("outdoor-shop-itemknn", robot.lookup("#train-model-name").queryAs(TextField.class).getText());
        robot.clickOn("#train-start");
        awaitIdle();
        assertEquals(List.of("outdoor-shop-itemknn"), saved());
        TableView<ModelRow> models = robot.lookup("#models-table").queryTableView();
        assertEquals(1, models.getItems().size());
        assertEquals("itemknn", models.getItems().getFirst().algorithm());
        assertEquals("neighbours=25", models.getItems().getFirst().changedParams());
        assertTrue(robot.lookup("#train-outcome").queryAs(Label.class).getText()
                .startsWith("Saved model outdoor-shop-itemknn"));
        assertTrue(robot.lookup("#loss-note").queryAs(Label.class).getText()
                .contains("itemknn reports no per-iteration training loss"));

        choose(robot, "#train-algorithm", "als");
        FxTests.type(robot, "#param-factors", "16");
        FxTests.type(robot, "#param-iterations", "10");
        robot.clickOn("#train-start");
        awaitIdle();
        assertEquals(List.of("outdoor-shop-als", "outdoor-shop-itemknn"), saved());
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertEquals(10, chart.getData().getFirst().getData().size(), "one point per iteration");
        assertFalse(robot.lookup("#loss-note").queryAs(Label.class).isVisible());
        assertEquals("Done \u2014 saved model outdoor-shop-als.",
                robot.lookup("#train-status").queryAs(Label.class).getText());
        assertEquals(List.of("outdoor-shop-als", "outdoor-shop-itemknn"),
                models.getItems().stream().map(ModelRow::name).toList(), "newest first");
        assertEquals("factors=16, iterations=10", models.getItems().getFirst().changedParams());
        robot.moveTo("#train-outcome");
        Screenshots.save(stage.getScene(), "train-screen.png");
    }
}
