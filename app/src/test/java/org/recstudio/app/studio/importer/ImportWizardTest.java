package org.recstudio.app.studio.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import org.recstudio.engine.importer.RejectedRow;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard walked like a user on real files and a real workspace: preview, mapping, report, cancel. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    static {
        FxTests.quickRobot();
    }

    @TempDir static Path temp;
    private static Path dir;
    private static Path clicks;
    private StudioContext context;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll static void data() {
        dir = temp.resolve("default");
        try (Workspace ws = Workspace.open(dir, "test")) {
            TestData.shop(ws, "shop", 300, 400, 5_000, 5);
        }
        clicks = ImportFiles.clicks(temp, "web-clicks.csv", 2_000);
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

    private ImportWizardViewModel wizard() {
        return vm.importer();
    }

    private void awaitStep(WizardStep step) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> wizard().stepProperty().get() == step
                && !wizard().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void toPreview(FxRobot robot, Path file, String dataset) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        robot.clickOn("#nav-import");
        TextField path = robot.lookup("#import-path").queryAs(TextField.class);
        robot.clickOn(path);
        robot.interact(() -> path.setText(file.toString())); // as if pasted
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file.getFileName().toString(), wizard().files().getFirst().name());
        ComboBox<?> name = robot.lookup("#import-dataset").queryComboBox();
        robot.clickOn(name.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(dataset);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dataset, wizard().datasetNameProperty().get());
        robot.clickOn("#wizard-next");
        awaitStep(WizardStep.PREVIEW);
    }

    @Test void walkTheWizardFromFileToReport(FxRobot robot) throws Exception {
        toPreview(robot, clicks, "web-logs");
        assertTrue(robot.lookup("#import-detected").queryAs(Label.class).getText()
                .contains("delimiter ',', header, 4 columns"));
        TableView<?> preview = robot.lookup("#import-preview").queryTableView();
        assertEquals(4, preview.getColumns().size());
        assertEquals(20, preview.getItems().size(), "the preview shows the first rows");
        Screenshots.save(stage.getScene(), "import-wizard-preview.png");

        robot.clickOn("#wizard-next");
        awaitStep(WizardStep.MAPPING);
        assertEquals("User id", robot.lookup("#role-0").queryComboBox().getValue().toString());
        assertEquals("Timestamp", robot.lookup("#role-3").queryComboBox().getValue().toString());
        assertTrue(robot.lookup(".validation-ok").tryQuery().isPresent());
        Screenshots.save(stage.getScene(), "import-wizard-mapping.png");

        robot.clickOn("#wizard-next");
        awaitStep(WizardStep.REPORT);
        DatasetInfo info = context.workspace().datasets().require("web-logs");
        assertEquals(Formats.count(2_003), count(robot, "rows-read"));
        assertEquals(Formats.count(info.interactions()), count(robot, "accepted"));
        assertEquals("3", count(robot, "rejected"));
        TableView<RejectedRow> rejected = robot.lookup("#import-rejected").queryTableView();
        assertEquals(3, rejected.getItems().size());
        assertTrue(rejected.getItems().stream().allMatch(r -> r.line() > 1 && !r.reason().isBlank()));
        assertEquals("web-logs now has " + Formats.count(info.users()) + " users \u00b7 " + Formats.count(info.items())
                + " items \u00b7 " + Formats.count(info.interactions()) + " interactions",
                robot.lookup("#import-totals").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "web-logs".equals(vm.selectedDatasetProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.datasets().contains("web-logs"), "the new dataset is in the selector");
        Screenshots.save(stage.getScene(), "import-wizard-report.png");

        robot.clickOn("#import-explore");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.explore().snapshotProperty().get() != null
                && context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Formats.count(info.interactions()),
                robot.lookup("#kpi-interactions").queryAs(KpiCard.class).value());
    }

    private static String count(FxRobot robot, String id) {
        return robot.lookup("#import-count-" + id).queryAs(KpiCard.class).value();
    }

    @Test void aBadMappingShowsWhyAndDisablesImport(FxRobot robot) throws Exception {
        toPreview(robot, clicks, "shop");
        robot.clickOn("#wizard-next");
        awaitStep(WizardStep.MAPPING);
        robot.clickOn("#role-0").clickOn("\u2014 ignore \u2014");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = robot.lookup(".validation-problem").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("no column is bound to USER_ID")), problems.toString());
        assertTrue(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled());
        robot.clickOn("#role-0").clickOn("User id");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled());
    }

    @Test void cancellingAnImportLeavesTheDatasetUnchanged(FxRobot robot) throws Exception {
        // big enough that the import is still running when Cancel is clicked, even on an idle machine
        Path big = ImportFiles.clicks(temp, "big-log.csv", 1_000_000);
        DatasetInfo before = context.workspace().datasets().require("shop");
        toPreview(robot, big, "shop");
        robot.clickOn("#wizard-next");
        awaitStep(WizardStep.MAPPING);
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard().run().progressProperty().get() > 0
                && wizard().run().progressTextProperty().get().contains("Importing big-log.csv"));
        robot.clickOn("#import-cancel");
        awaitStep(WizardStep.MAPPING);
        assertTrue(wizard().noticeProperty().get().startsWith("Import cancelled: nothing from big-log.csv was stored."),
                wizard().noticeProperty().get());
        assertEquals(before, context.workspace().datasets().require("shop"), "the dataset is exactly as before");
    }
}
