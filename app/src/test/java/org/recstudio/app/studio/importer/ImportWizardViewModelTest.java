package org.recstudio.app.studio.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.importer.ColumnMapping;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.FormatHints;
import org.recstudio.engine.importer.Preset;
import org.recstudio.engine.importer.PresetFile;
import org.recstudio.engine.importer.Role;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/** The wizard's view model on a real workspace, without the FX toolkit: tasks run synchronously. */
class ImportWizardViewModelTest {

    @TempDir Path dir;
    private Workspace ws;
    private WorkspaceModel model;
    private ImportWizardViewModel vm;
    private final List<String> imported = new ArrayList<>();

    @BeforeEach void open() {
        ws = Workspace.open(dir.resolve("ws"), "test");
        TaskRunner tasks = new TaskRunner(Runnable::run, Runnable::run);
        model = new WorkspaceModel(ws, tasks);
        vm = wizard(tasks, List.of());
    }

    private ImportWizardViewModel wizard(TaskRunner tasks, List<Preset> presets) {
        ImportWizardViewModel w = new ImportWizardViewModel(ws, tasks, model, presets);
        w.setOnImported(imported::add);
        return w;
    }

    @AfterEach void close() {
        ws.close();
    }

    private void toMapping(Path file, String dataset) {
        assertTrue(vm.addFiles(List.of(file)));
        vm.datasetNameProperty().set(dataset);
        vm.next();
        assertEquals(WizardStep.PREVIEW, vm.stepProperty().get(), vm.errorProperty().get());
        vm.next();
        assertEquals(WizardStep.MAPPING, vm.stepProperty().get());
    }

    private static RoleChoice roleOf(ImportFile f, String column) {
        return f.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow()
                .roleProperty().get();
    }

    @Test void walksFromFileToReportAndTheCountsMatchTheWorkspace() throws Exception {
        Path csv = ImportFiles.clicks(dir, "clicks.csv", 500);
        assertTrue(vm.addFiles(List.of(csv)));
        assertEquals("clicks", vm.datasetNameProperty().get(), "the name is taken from the file");
        assertEquals(DataKind.INTERACTIONS, vm.files().getFirst().kind());
        assertTrue(vm.datasetNoteProperty().get().startsWith("Creates a new dataset"));
        vm.next();
        ImportFile f = vm.currentProperty().get();
        assertEquals(WizardStep.PREVIEW, vm.stepProperty().get());
        assertEquals(List.of("user_id", "item_id", "event", "timestamp"), f.format().columns());
        assertTrue(f.format().header());
        vm.next();
        assertEquals(new RoleChoice(Role.USER_ID), roleOf(f, "user_id"));
        assertEquals(new RoleChoice(Role.EVENT), roleOf(f, "event"));
        assertTrue(f.problems().isEmpty(), f.problems().toString());
        assertTrue(vm.canGoNextProperty().get());
        vm.next();

        assertEquals(WizardStep.REPORT, vm.stepProperty().get(), vm.errorProperty().get());
        ImportSummary s = vm.run().summaryProperty().get();
        DatasetInfo info = ws.datasets().require("clicks");
        assertEquals(503, s.rowsRead());
        assertEquals(3, s.rejected());
        assertEquals(info.interactions(), s.accepted() , "accepted rows are the dataset's interactions");
        assertEquals(info.interactions(), s.interactions());
        assertEquals(info.users(), s.users());
        assertEquals(info.items(), s.items());
        assertEquals(info.items(), s.placeholders(), "every item of a log-only dataset is a placeholder");
        assertEquals(3, vm.run().rejected().size());
        assertEquals(List.of("clicks"), imported, "the shell is told to refresh and select the dataset");

        Path saved = dir.resolve("rejected.csv");
        vm.run().saveReport(saved);
        String message = vm.run().saveMessageProperty().get();
        assertTrue(message.startsWith("Saved 3 rejected rows"), message);
        assertEquals(4, Files.readAllLines(saved).size(), "a header and the three rejected rows");
    }

    @Test void aBadMappingIsExplainedLiveAndBlocksTheImport() {
        toMapping(ImportFiles.clicks(dir, "clicks.csv", 50), "shop");
        ImportFile f = vm.currentProperty().get();
        ColumnRow user = f.columns().getFirst();
        user.roleProperty().set(RoleChoice.IGNORE);
        assertTrue(f.problems().stream().anyMatch(p -> p.contains("no column is bound to USER_ID")),
                f.problems().toString());
        assertFalse(vm.canGoNextProperty().get());
        f.columns().get(2).roleProperty().set(RoleChoice.IGNORE);
        f.fixedEventProperty().set("");
        assertTrue(f.problems().stream().anyMatch(p -> p.contains("no EVENT column and no fixed event")));
        user.roleProperty().set(new RoleChoice(Role.USER_ID));
        f.fixedEventProperty().set("view");
        assertTrue(f.problems().isEmpty(), f.problems().toString());
        assertTrue(vm.canGoNextProperty().get());
    }

    @Test void overridingTheDelimiterReReadsTheFile() {
        toMapping(ImportFiles.clicks(dir, "clicks.csv", 50), "shop");
        vm.back();
        ImportFile f = vm.currentProperty().get();
        f.delimiterProperty().set(";");
        assertEquals(1, f.format().columns().size(), "with ';' the comma-separated file has one column");
        f.delimiterProperty().set(",");
        assertEquals(4, f.format().columns().size());
        f.headerProperty().set(false);
        assertEquals("user_id", f.format().preview().getFirst().getFirst(), "the header row is now data");
    }

    @Test void cancellingMidImportLeavesTheDatasetUnchanged() {
        toMapping(ImportFiles.clicks(dir, "first.csv", 200), "shop");
        vm.next();
        DatasetInfo before = ws.datasets().require("shop");
        vm.startOver();
        toMapping(ImportFiles.clicks(dir, "big.csv", 40_000), "shop");
        vm.run().progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                vm.cancelImport();
            }
        });
        vm.next();
        assertEquals(WizardStep.MAPPING, vm.stepProperty().get());
        assertTrue(vm.noticeProperty().get().startsWith("Import cancelled: nothing from big.csv was stored. "
                + "The dataset is unchanged."), vm.noticeProperty().get());
        assertEquals(before, ws.datasets().require("shop"));
        assertEquals(List.of("shop"), imported, "only the first import changed the dataset");
    }

    @Test void aPresetFileFixesTheKindFormatAndMapping() {
        ColumnMapping mapping = ColumnMapping.builder().bind(Role.USER_ID, "user").bind(Role.ITEM_ID, "song")
                .bind(Role.VALUE, "plays").fixedEvent("play").build();
        Preset preset = new Preset("tiny-music", "Plays of songs.", List.of(new PresetFile("interactions",
                DataKind.INTERACTIONS, "plays.tsv", "user, song and play count", FormatHints.headerless("\t", null,
                "user", "song", "plays"), mapping)));
        vm = wizard(new TaskRunner(Runnable::run, Runnable::run), List.of(preset));
        Path file = dir.resolve("plays.tsv");
        writeLines(file, "a\ts1\t3", "a\ts2\t10", "b\ts1\t1");
        vm.addFiles(List.of(file));
        vm.presetProperty().set(vm.presets().get(1));
        ImportFile f = vm.files().getFirst();
        assertNotNull(f.presetFileProperty().get());
        vm.datasetNameProperty().set("music");
        vm.next();
        assertEquals(List.of("user", "song", "plays"), f.format().columns());
        assertEquals(new RoleChoice(Role.VALUE), roleOf(f, "plays"));
        assertEquals("play", f.fixedEventProperty().get());
        vm.next();
        vm.next();
        assertEquals(WizardStep.REPORT, vm.stepProperty().get(), vm.errorProperty().get());
        assertEquals(3, ws.datasets().require("music").interactions());
    }

    @Test void aCatalogAndALogImportTogetherCatalogFirst() {
        Path log = dir.resolve("orders.csv");
        Path catalog = dir.resolve("products.csv");
        writeLines(log, "customer_id,product_id,event", "c1,p1,purchase", "c2,p2,view", "c2,p9,view");
        writeLines(catalog, "product_id,title,price", "p1,Tent,199.00", "p2,Stove,49.50");
        vm.addFiles(List.of(log, catalog));
        assertEquals(List.of(DataKind.INTERACTIONS, DataKind.ITEMS),
                vm.files().stream().map(ImportFile::kind).toList(), "kinds guessed from the file names");
        vm.datasetNameProperty().set("camping");
        vm.unknownItemsProperty().set(org.recstudio.engine.importer.UnknownItemPolicy.REJECT);
        vm.next();
        vm.next();
        assertTrue(vm.files().stream().allMatch(f -> f.problems().isEmpty()));
        vm.next();
        assertEquals(WizardStep.REPORT, vm.stepProperty().get(), vm.errorProperty().get());
        ImportSummary s = vm.run().summaryProperty().get();
        assertEquals("products.csv", s.reports().getFirst().file().getFileName().toString(), "catalog first");
        assertEquals(1, s.rejected(), "p9 is not in the catalog and unknown items are rejected");
        assertEquals(0, s.placeholders());
        DatasetInfo camping = ws.datasets().require("camping");
        assertEquals(2, camping.items());
        assertEquals(2, camping.interactions());
    }

    @Test void aFailedImportExplainsWhyAndStoresNothing() {
        Path bad = dir.resolve("visits.csv");
        List<String> lines = new ArrayList<>(List.of("user,item,timestamp"));
        for (int i = 0; i < 20; i++) {
            lines.add("u" + i + ",i" + i + "," + (i < 2 ? "1704067200" : "not a time " + i));
        }
        writeLines(bad, lines.toArray(String[]::new));
        toMapping(bad, "visits");
        vm.next();
        assertEquals(WizardStep.MAPPING, vm.stepProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("Import failed: nothing from visits.csv was stored."),
                vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("rejected"), vm.errorProperty().get());
        assertTrue(ws.datasets().find("visits").isEmpty(), "nothing was stored, not even the dataset");
        assertTrue(imported.isEmpty());
    }

    @Test void missingFilesAndBadNamesAreExplained() {
        assertFalse(vm.addFiles(List.of(dir.resolve("nope.csv"))));
        assertTrue(vm.errorProperty().get().contains("nope.csv"));
        vm.addFiles(List.of(ImportFiles.clicks(dir, "x.csv", 10)));
        vm.datasetNameProperty().set("bad name!");
        assertTrue(vm.datasetNoteProperty().get().contains("is not a valid name"));
        assertFalse(vm.canGoNextProperty().get());
    }

    @Test void kindsAndNamesAreGuessedFromFileNames() {
        assertEquals(DataKind.ITEMS, FileNames.guessKind("products.csv"));
        assertEquals(DataKind.ITEMS, FileNames.guessKind("u.item"));
        assertEquals(DataKind.USERS, FileNames.guessKind("customers.jsonl.gz"));
        assertEquals(DataKind.INTERACTIONS, FileNames.guessKind("ratings.csv"));
        assertEquals("Online-Retail-2011", FileNames.datasetName("Online Retail 2011.csv.gz"));
        assertEquals("u.data", FileNames.datasetName("u.data"));
    }

    private static void writeLines(Path file, String... lines) {
        try {
            Files.write(file, List.of(lines));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
