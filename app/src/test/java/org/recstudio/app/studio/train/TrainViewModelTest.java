package org.recstudio.app.studio.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.workspace.Workspace;

/** The Train screen's view model on a real workspace, without the FX toolkit: tasks run synchronously. */
class TrainViewModelTest {

    @TempDir Path dir;
    private Workspace ws;
    private TrainViewModel vm;

    @BeforeEach void open() {
        ws = Workspace.open(dir, "test");
        TestData.shop(ws, "shop", 120, 200, 3_000, 1);
        TaskRunner tasks = new TaskRunner(Runnable::run, Runnable::run);
        WorkspaceModel datasets = new WorkspaceModel(ws, tasks);
        datasets.refresh();
        vm = new TrainViewModel(ws, tasks, datasets, Runnable::run);
        vm.setActive(true);
    }

    @AfterEach void close() {
        ws.close();
    }

    private ParamField field(String name) {
        return vm.params().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> saved() {
        return new ModelStore(ws).list().stream().map(StoredModel::name).toList();
    }

    @Test void theFormIsGeneratedFromTheParamsRecordWithDefaults() {
        vm.algorithmProperty().set("als");
        assertEquals("factors", vm.params().getFirst().name());
        assertEquals(ParamField.Kind.TEXT, field("factors").kind());
        assertEquals("64", field("factors").valueProperty().get());
        assertEquals(ParamField.Kind.CHECK, field("scaleRegularization").kind());
        assertEquals(ParamField.Kind.CHOICE, field("solver").kind());
        assertEquals(List.of("CG", "CHOLESKY"), field("solver").choices());
        assertTrue(field("factors").help().contains("default 64"), field("factors").help());

        vm.algorithmProperty().set("itemknn");
        assertTrue(field("neighbours").help().startsWith("Neighbours kept per item"), "the @Doc text is the tooltip");
        assertEquals("shop-itemknn", vm.modelNameProperty().get(), "a free name is suggested");
        assertTrue(vm.canStartProperty().get());
    }

    @Test void aBadValueIsReportedNamingTheParameterAndBlocksTraining() {
        vm.algorithmProperty().set("als");
        field("factors").valueProperty().set("-1");
        String error = vm.paramsErrorProperty().get();
        assertTrue(error.contains("factors") && error.contains("-1"), error);
        assertTrue(field("factors").invalidProperty().get());
        assertFalse(field("iterations").invalidProperty().get());
        assertFalse(vm.canStartProperty().get());

        field("factors").valueProperty().set("many");
        assertTrue(vm.paramsErrorProperty().get().contains("'factors'"), vm.paramsErrorProperty().get());
        assertTrue(vm.paramsErrorProperty().get().contains("'many'"), vm.paramsErrorProperty().get());

        field("factors").valueProperty().set("");
        assertEquals("", vm.paramsErrorProperty().get(), "a blank field takes the default");
        field("factors").valueProperty().set("8");
        assertEquals("", vm.paramsErrorProperty().get());
        assertFalse(field("factors").invalidProperty().get());
        assertTrue(vm.canStartProperty().get());

        vm.seedProperty().set("x1");
        assertEquals("Seed must be a whole number, got 'x1'.", vm.seedErrorProperty().get());
        assertFalse(vm.canStartProperty().get());
        vm.seedProperty().set("7");
        vm.modelNameProperty().set("bad name");
        assertTrue(vm.nameErrorProperty().get().startsWith("Model name 'bad name' is not valid"));
        assertFalse(vm.canStartProperty().get());
    }

    @Test void trainingPopularityAndItemKnnSavesModelsThatAppearInTheTable() {
        vm.algorithmProperty().set("popularity");
        vm.start();
        assertFalse(vm.runningProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(List.of("shop-popularity"), saved());
        assertEquals(List.of("shop-popularity"), vm.models().stream().map(ModelRow::name).toList());
        ModelRow row = vm.models().getFirst();
        assertEquals("popularity", row.algorithm());
        assertEquals("shop", row.dataset());
        assertEquals(1, row.datasetVersion());
        assertEquals(42, row.seed());
        assertEquals("defaults", row.changedParams());
        assertTrue(row.allParams().contains("mode=GLOBAL"), row.allParams());
        assertTrue(vm.outcomeProperty().get().startsWith("Saved model shop-popularity: popularity on shop"),
                vm.outcomeProperty().get());
        assertTrue(vm.loss().isEmpty());
        assertTrue(vm.lossNoteProperty().get().contains("reports no per-iteration training loss"));
        assertEquals(1, vm.progressProperty().get());

        vm.algorithmProperty().set("itemknn");
        field("neighbours").valueProperty().set("20");
        vm.start();
        assertEquals(List.of("shop-itemknn", "shop-popularity"), saved());
        assertEquals("shop-itemknn", vm.models().getFirst().name(), "newest first");
        assertEquals("neighbours=20", vm.models().getFirst().changedParams());
        assertEquals("shop-itemknn-2", vm.modelNameProperty().get(), "the next suggestion is free again");

        vm.modelNameProperty().set("shop-popularity");
        assertEquals("A model named 'shop-popularity' already exists; choose another name.",
                vm.nameErrorProperty().get());
        assertFalse(vm.canStartProperty().get());
    }

    @Test void alsReportsItsLossForEveryIteration() {
        vm.algorithmProperty().set("als");
        field("factors").valueProperty().set("4");
        field("iterations").valueProperty().set("3");
        field("threads").valueProperty().set("1");
        vm.start();
        assertEquals(List.of(1, 2, 3), vm.loss().stream().map(LossPoint::iteration).toList());
        assertTrue(vm.loss().stream().allMatch(p -> p.loss() > 0 && Double.isFinite(p.loss())));
        assertEquals("", vm.lossNoteProperty().get());
        assertTrue(vm.outcomeProperty().get().contains("final loss"), vm.outcomeProperty().get());
        assertEquals(List.of("shop-als"), saved());
    }

    @Test void cancellingLeavesNoModel() {
        vm.algorithmProperty().set("als");
        field("factors").valueProperty().set("4");
        field("iterations").valueProperty().set("50");
        field("threads").valueProperty().set("1");
        vm.loss().addListener((ListChangeListener<LossPoint>) c -> vm.cancel());
        vm.start();
        assertEquals(1, vm.loss().size(), "stopped after the first iteration");
        assertFalse(vm.runningProperty().get());
        assertEquals("Cancelled \u2014 no model was saved.", vm.statusProperty().get());
        assertEquals("", vm.outcomeProperty().get());
        assertEquals(List.of(), saved());
        assertTrue(vm.models().isEmpty());
        assertTrue(vm.canStartProperty().get(), "a new run can start");
    }
}
