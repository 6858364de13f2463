package org.recstudio.app.studio.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import org.recstudio.app.studio.ui.KpiCard;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a user: datasets in the selector, counts in the status bar, navigation, themes. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
            TestData.shop(ws, "shop", 600, 900, 16_000, 7);
            TestData.shop(ws, "kiosk", 40, 30, 300, 3);
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DatasetInfo info(String name) {
        return context.workspace().datasets().require(name);
    }

    @Test void selectorListsTheWorkspaceDatasetsAndStatusBarShowsTheSelectedCounts(FxRobot robot) throws Exception {
        awaitIdle();
        ComboBox<String> selector = robot.lookup("#dataset-selector").queryComboBox();
        assertEquals(List.of("kiosk", "shop"), selector.getItems());
        assertEquals("kiosk", selector.getValue(), "the first dataset by name is selected");
        assertEquals(counts(info("kiosk")), robot.lookup("#status-counts").queryAs(Label.class).getText());

        robot.clickOn(selector).clickOn("shop");
        awaitIdle();
        assertEquals(counts(info("shop")), robot.lookup("#status-counts").queryAs(Label.class).getText());
        KpiCard users = robot.lookup("#kpi-users").queryAs(KpiCard.class);
        assertEquals(Formats.count(info("shop").users()), users.value());
        KpiCard interactions = robot.lookup("#kpi-interactions").queryAs(KpiCard.class);
        assertEquals(Formats.count(info("shop").interactions()), interactions.value());
        assertEquals(dir.toAbsolutePath().normalize().toString(),
                robot.lookup("#status-workspace").queryAs(Label.class).getText());
        Screenshots.save(stage.getScene(), "main-window.png");
    }

    private static String counts(DatasetInfo d) {
        return Formats.count(d.users()) + " users \u00b7 " + Formats.count(d.items()) + " items \u00b7 "
                + Formats.count(d.interactions()) + " interactions";
    }

    @Test void laterScreensSayTheyArriveWithTheirIssueAndOffferNoFakeFunctions(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#nav-report");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.REPORT, vm.screenProperty().get());
        assertTrue(robot.lookup("#placeholder-report").tryQuery().isPresent());
        robot.lookup(".badge-soon-large").queryAll().forEach(n ->
                assertTrue(((Label) n).getText().contains("arrives with its own issue")));
        robot.clickOn("#nav-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.IMPORT, vm.screenProperty().get());
        robot.clickOn("#nav-explore");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#explore-screen").tryQuery().isPresent());
    }

    @Test void themeToggleSwitchesToTheDarkStylesheetAndBack(FxRobot robot) throws Exception {
        awaitIdle();
        Scene scene = stage.getScene();
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
        robot.clickOn(robot.lookup("#dataset-selector").queryComboBox()).clickOn("shop");
        awaitIdle();
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        robot.clickOn("Users");
        robot.clickOn(robot.lookup("#users-table .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "main-window-dark.png");
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
    }
}
