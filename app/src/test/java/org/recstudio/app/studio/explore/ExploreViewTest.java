package org.recstudio.app.studio.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.FxTests;
import org.recstudio.app.studio.Screenshots;
import org.recstudio.app.studio.StudioApp;
import org.recstudio.app.studio.StudioContext;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.shell.MainViewModel;
import org.recstudio.app.studio.ui.KpiCard;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The data explorer driven like a user on a real workspace: KPIs, charts, item search, a user's history. */
@ExtendWith(ApplicationExtension.class)
class ExploreViewTest {

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
            TestData.shop(ws, "outdoor-shop", 1500, 2400, 40_000, 11);
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

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> context.tasks().running().isEmpty() && vm.explore().snapshotProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void overviewShowsTheWorkspaceCountsAndFilledCharts(FxRobot robot) throws Exception {
        awaitLoaded();
        DatasetInfo info = context.workspace().datasets().require("outdoor-shop");
        assertEquals(Formats.count(info.users()), kpi(robot, "users"));
        assertEquals(Formats.count(info.items()), kpi(robot, "items"));
        assertEquals(Formats.count(info.interactions()), kpi(robot, "interactions"));
        assertEquals("4", kpi(robot, "event-types"));

        AreaChart<?, ?> timeline = (AreaChart<?, ?>) robot.lookup(".chart-timeline").query();
        assertFalse(timeline.getData().getFirst().getData().isEmpty(), "interactions over time are drawn");
        AreaChart<?, ?> popularity = (AreaChart<?, ?>) robot.lookup(".chart-popularity").query();
        assertEquals(2, popularity.getData().size(), "head and long tail are two series");
        BarChart<?, ?> events = (BarChart<?, ?>) robot.lookup(".chart-events").query();
        long eventTotal = events.getData().getFirst().getData().stream()
                .mapToLong(d -> ((Number) ((XYChart.Data<?, ?>) d).getYValue()).longValue()).sum();
        assertEquals(info.interactions(), eventTotal, "the event mix adds up to all interactions");
        String headline = robot.lookup("#popularity-headline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("The top 20% of items (480) hold "), headline);
        Screenshots.save(stage.getScene(), "data-explorer.png");
    }

    /** The row showing element {@code index} of a table. */
    static Node row(FxRobot robot, String table, int index) {
        return robot.lookup(table + " .table-row-cell")
                .match((TableRow<?> r) -> !r.isEmpty() && r.getIndex() == index).query();
    }

    private static String kpi(FxRobot robot, String id) {
        return robot.lookup("#kpi-" + id).queryAs(KpiCard.class).value();
    }

    @Test void searchFiltersItemsAndSelectingOneShowsItsInteractions(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("Items");
        robot.clickOn("#item-search").write("headlamp");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ItemRow> items = robot.lookup("#items-table").queryTableView();
        assertFalse(items.getItems().isEmpty());
        assertTrue(items.getItems().stream().allMatch(r -> r.title().toLowerCase(Locale.ROOT).contains("headlamp")
                || r.category().toLowerCase(Locale.ROOT).contains("headlamp")), "only matching items are listed");
        assertTrue(items.getItems().size() < vm.explore().snapshotProperty().get().items().size());

        robot.clickOn(row(robot, "#items-table", 0));
        WaitForAsyncUtils.waitForFxEvents();
        ItemRow selected = items.getSelectionModel().getSelectedItem();
        TableView<InteractionRow> interactions = robot.lookup("#item-interactions").queryTableView();
        assertEquals(selected.interactions(), interactions.getItems().size());
        Dataset d = new DatasetLoader(context.workspace()).load("outdoor-shop", Progress.NONE);
        assertEquals(d.byItem().rowLength(d.items().indexOf(selected.id())), interactions.getItems().size(),
                "the table lists exactly the item's stored interactions");
        Screenshots.save(stage.getScene(), "data-explorer-items.png");
    }

    @Test void usersTabShowsAUsersHistoryWithItemTitles(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("Users");
        robot.clickOn("#user-search").write("u0042");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<UserRow> users = robot.lookup("#users-table").queryTableView();
        assertEquals(1, users.getItems().size());
        robot.clickOn(row(robot, "#users-table", 0));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<InteractionRow> history = robot.lookup("#user-interactions").queryTableView();
        assertEquals(users.getItems().getFirst().interactions(), history.getItems().size());
        assertTrue(history.getItems().stream().allMatch(r -> !r.counterpartTitle().isEmpty()),
                "every item of the shop has a title");
    }
}
