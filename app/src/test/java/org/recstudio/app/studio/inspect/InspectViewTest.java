package org.recstudio.app.studio.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Inspect screen driven like a user: two models side by side for a user, then similar items of an item. */
@ExtendWith(ApplicationExtension.class)
class InspectViewTest {

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
            Dataset d = new DatasetLoader(ws).loadWithMetadata("outdoor-shop", Progress.NONE);
            ModelStore store = new ModelStore(ws);
            store.save("shop-popularity", Algorithms.fit(Algorithms.byName("popularity"), d, Map.of(), 42,
                    Progress.NONE));
            store.save("shop-als", Algorithms.fit(Algorithms.byName("als"), d, Map.of("factors", "16",
                    "iterations", "10"), 42, Progress.NONE));
            store.save("shop-itemknn", Algorithms.fit(Algorithms.byName("itemknn"), d, Map.of("neighbours", "50"),
                    42, Progress.NONE));
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openInspect(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#nav-inspect");
        awaitIdle();
        choose(robot, "#inspect-model-a", "shop-itemknn");
        choose(robot, "#inspect-model-b", "shop-als");
        awaitIdle();
        assertTrue(vm.inspect().a().readyProperty().get() && vm.inspect().b().readyProperty().get());
    }

    private static void choose(FxRobot robot, String comboId, String value) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> value.equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node row(FxRobot robot, String table, int index) {
        return robot.lookup(table + " .table-row-cell")
                .match((TableRow<?> r) -> !r.isEmpty() && r.getIndex() == index).query();
    }

    private static Node cell(FxRobot robot, String list, int index) {
        return robot.lookup(list + " .list-cell")
                .match((ListCell<?> c) -> !c.isEmpty() && c.getIndex() == index).query();
    }

    @Test void aUserBesideTwoModelsTopKWithExplanationsThenSimilarItems(FxRobot robot) throws Exception {
        openInspect(robot);
        robot.clickOn("#inspect-user-search").write("u0042");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<UserChoice> users = robot.lookup("#inspect-users").queryListView();
        assertEquals(1, users.getItems().size());
        robot.clickOn(cell(robot, "#inspect-users", 0));
        awaitIdle();

        TableView<HistoryRow> history = robot.lookup("#history-table").queryTableView();
        assertEquals(users.getItems().getFirst().interactions(), history.getItems().size());
        Set<String> seen = new HashSet<>();
        history.getItems().forEach(h -> seen.add(h.itemId()));
        Dataset d = new DatasetLoader(context.workspace()).loadWithMetadata("outdoor-shop", Progress.NONE);
        int u = d.users().indexOf("u0042");
        for (String[] side : new String[][] {{"#inspect-recs-a", "shop-itemknn"}, {"#inspect-recs-b", "shop-als"}}) {
            TableView<RecommendationRow> recs = robot.lookup(side[0]).queryTableView();
            Model m = new ModelStore(context.workspace()).load(side[1]);
            assertEquals(m.recommend(u, 10, ItemFilters.unseen(d.byUser(), u)).stream()
                    .map(s -> d.items().id(s.item())).toList(),
                    recs.getItems().stream().map(RecommendationRow::itemId).toList(), side[1]);
            assertTrue(recs.getItems().stream().noneMatch(r -> seen.contains(r.itemId())));
            assertTrue(recs.getItems().stream().allMatch(r -> !r.why().isEmpty()), "every row says why");
        }
        robot.clickOn(row(robot, "#inspect-recs-a", 0));
        robot.clickOn(row(robot, "#inspect-recs-b", 1));
        WaitForAsyncUtils.waitForFxEvents();
        String why = robot.lookup("#inspect-recs-a-details").queryAs(Label.class).getText();
        assertTrue(why.startsWith("#1 ") && why.contains("\u2022 "), why);
        assertTrue(robot.lookup("#inspect-recs-b-details").queryAs(Label.class).getText().startsWith("#2 "));
        robot.moveTo("#inspect-screen .screen-title");
        Screenshots.save(stage.getScene(), "inspect-screen.png");


        robot.clickOn("#inspect-k").push(javafx.scene.input.KeyCode.DOWN);
        awaitIdle();
        assertEquals(9, vm.inspect().a().recommendations().size(), "k follows the spinner");
        assertEquals(9, vm.inspect().b().recommendations().size());
        robot.clickOn("#inspect-k").push(javafx.scene.input.KeyCode.UP);
        awaitIdle();

        // then an item: similar items from each model
        robot.clickOn("Similar items");
        robot.clickOn("#inspect-item-search").write("headlamp");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell(robot, "#inspect-items", 0));
        awaitIdle();
        TableView<RecommendationRow> a = robot.lookup("#inspect-similar-a").queryTableView();
        TableView<RecommendationRow> b = robot.lookup("#inspect-similar-b").queryTableView();
        assertEquals(10, a.getItems().size());
        assertEquals(10, b.getItems().size());
        String picked = vm.inspect().selectedItemProperty().get().id();
        assertTrue(a.getItems().stream().noneMatch(r -> r.itemId().equals(picked)), "an item is not its own match");
        assertTrue(robot.lookup("#similar-title").queryAs(Label.class).getText().startsWith("Items similar to "));
        robot.moveTo("#inspect-screen .screen-title");
        Screenshots.save(stage.getScene(), "inspect-similar-items.png");

        choose(robot, "#inspect-model-b", "shop-popularity");
        awaitIdle();
        assertTrue(b.getItems().isEmpty());
        Label note = robot.lookup("#inspect-similar-b-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("Model shop-popularity does not define item similarity"), note.getText());
        assertFalse(a.getItems().isEmpty(), "A still shows its similar items");
    }
}
