package org.recstudio.app.studio.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.eval.AlgorithmCatalog;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.Evaluator;
import org.recstudio.engine.eval.MetricValue;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.history.RunStore;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/** The Evaluate screen's view model on a real workspace, without the FX toolkit: tasks run synchronously. */
class EvaluateViewModelTest {

    @TempDir Path dir;
    private Workspace ws;
    private EvaluateViewModel vm;

    @BeforeEach void open() {
        ws = Workspace.open(dir, "test");
        TestData.shop(ws, "shop", 150, 200, 3_000, 3);
        TaskRunner tasks = new TaskRunner(Runnable::run, Runnable::run);
        WorkspaceModel datasets = new WorkspaceModel(ws, tasks);
        datasets.refresh();
        vm = new EvaluateViewModel(ws, tasks, datasets);
        vm.setActive(true);
    }

    @AfterEach void close() {
        ws.close();
    }

    private List<Long> stored() {
        return new RunStore(ws).list().stream().map(r -> r.id()).toList();
    }

    @Test void theTableRowsAreTheEvaluatorsResultForTheSameRequest() {
        assertEquals(List.of("popularity", "itemknn"), vm.setup().baselines(), "the fast models are ticked first");
        vm.setup().tiesProperty().set(TieRule.RANDOM);
        vm.setup().ksProperty().set("5, 10");
        vm.run();
        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Done in"), vm.statusProperty().get());
        assertEquals(1, vm.progressProperty().get());

        RunResult expected = new Evaluator(AlgorithmCatalog.registry()).run(
                vm.setup().request(new DatasetLoader(ws).loadWithMetadata("shop", Progress.NONE)), Progress.NONE);
        assertEquals(expected.algorithms().stream().map(AlgorithmResult::label).toList(),
                vm.rows().stream().map(ResultRow::label).toList());
        for (int m = 0; m < expected.algorithms().size(); m++) {
            assertEquals(RunTables.rows(expected).get(m).cells(), vm.rows().get(m).cells(), "same numbers, same seed");
        }
        assertEquals(List.of("ndcg@5", "hr@5", "recall@5", "coverage@5", "ndcg@10", "hr@10", "recall@10",
                "coverage@10"), vm.columns());

        MetricValue v = expected.algorithm("itemknn").metric("ndcg@10");
        MetricValue base = expected.algorithm("popularity").metric("ndcg@10");
        String cell = vm.rows().get(1).cell("ndcg@10");
        assertTrue(cell.startsWith(String.format(Locale.ROOT, "%.4f [%.3f, %.3f] %s", v.value(), v.ciLow(),
                v.ciHigh(), v.value() > base.value() ? "\u25b2" : "\u25bc")), cell);
        assertEquals(v.pWilcoxonHolm() < 0.05, cell.endsWith("*"), cell);
        assertTrue(vm.rows().getFirst().baseline());
        assertFalse(vm.rows().getFirst().cell("ndcg@10").contains("\u25b2"), "the baseline has no marker");

        String line = vm.protocolLineProperty().get();
        assertTrue(line.contains("leave-last-out") && line.contains("ties by random")
                && line.contains("of users have a tied last timestamp"), line);
        assertFalse(line.contains("LEAKS"), line);

        assertEquals("ndcg@5", vm.chartMetricProperty().get());
        vm.chartMetricProperty().set("hr@10");
        assertEquals(List.of("popularity", "itemknn"), vm.bars().stream().map(BarPoint::model).toList());
        assertEquals(expected.algorithm("itemknn").metric("hr@10").ciHigh(), vm.bars().get(1).high());

        vm.segmentMetricProperty().set("ndcg@10");
        assertTrue(vm.segments().stream().anyMatch(s -> s.segment().equals("User activity")
                && s.group().equals("heavy")), vm.segments().toString());
        assertTrue(vm.segments().stream().anyMatch(s -> s.segment().equals("User country")), "attribute breakdown");
        assertTrue(vm.segments().stream().allMatch(s -> s.byModel().keySet().equals(java.util.Set.of("popularity",
                "itemknn"))));

        assertEquals(1, stored().size());
        assertTrue(expected.sameResults(new RunStore(ws).require(stored().getFirst())), "the stored run is the result");
        assertEquals(1, vm.history().runs().size(), "the history lists the run");
        assertEquals("popularity, itemknn", vm.history().runs().getFirst().models());
        String protocol = vm.history().runs().getFirst().protocol();
        assertTrue(protocol.contains("ties random"), protocol);
    }

    @Test void cancellingWhileScoringStoresNoRun() {
        List<String> stages = new java.util.ArrayList<>();
        vm.statusProperty().addListener((obs, old, now) -> {
            stages.add(now);
            if (now.startsWith("Scoring itemknn")) {
                vm.cancel();
            }
        });
        vm.run();
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("Fitting popularity")), stages.toString());
        assertTrue(stages.contains("Cancelling\u2026"), stages.toString());
        assertFalse(vm.runningProperty().get());
        assertEquals("Cancelled \u2014 no run was stored.", vm.statusProperty().get());
        assertEquals(List.of(), stored());
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.history().runs().isEmpty());
        assertTrue(vm.canRunProperty().get(), "a new run can start");
    }

    @Test void theHistoryListsRunsAndTheDiffShowsTheChangedParam() {
        RunHistory history = vm.history();
        vm.run();
        vm.setup().paramsProperty().set("itemknn.neighbours=7");
        assertEquals("", vm.setup().formErrorProperty().get());
        vm.run();
        assertEquals(2, history.runs().size());
        long older = history.runs().get(1).id();
        long newer = history.runs().getFirst().id();
        assertEquals(older, history.compareAProperty().get().id(), "a new run is compared with the one before");
        assertEquals(newer, history.compareBProperty().get().id());
        DiffRow param = history.diff().stream().filter(d -> d.section().equals("Params")).findFirst().orElseThrow();
        assertEquals("itemknn", param.model());
        assertEquals("neighbours", param.key());
        assertNotEquals("7", param.a());
        assertEquals("7", param.b());
        assertTrue(history.diffNoteProperty().get().contains("1 setting differs"), history.diffNoteProperty().get());
        assertTrue(history.diff().stream().anyMatch(d -> d.section().equals("Metric") && d.model().equals("popularity")
                && d.key().equals("ndcg@10") && !d.changed()), "popularity did not change");

        history.compareBProperty().set(history.runs().get(1));
        assertTrue(history.diff().isEmpty());
        assertEquals("Choose two different runs to compare.", history.diffNoteProperty().get());

        vm.open(history.runs().get(1));
        assertEquals(older, vm.shownRun(), "a stored run can be shown again");
    }

    @Test void aBadSetupIsExplainedAndBlocksTheRun() {
        EvaluateSetup setup = vm.setup();
        setup.ksProperty().set("10,0");
        assertTrue(setup.formErrorProperty().get().startsWith("Cutoff '0'"), setup.formErrorProperty().get());
        assertFalse(vm.canRunProperty().get());
        setup.ksProperty().set("10");
        setup.seedProperty().set("x");
        assertEquals("Seed must be a whole number, got 'x'.", setup.formErrorProperty().get());
        setup.seedProperty().set("1");
        setup.paramsProperty().set("als.factors=4");
        assertTrue(setup.formErrorProperty().get().contains("'als', which is not ticked"),
                setup.formErrorProperty().get());
        setup.paramsProperty().set("itemknn.neighbours=-3");
        assertTrue(setup.formErrorProperty().get().contains("neighbours"), setup.formErrorProperty().get());
        setup.paramsProperty().set("");
        setup.protocolProperty().set(ProtocolChoice.LEAVE_LAST_N);
        setup.heldOutProperty().set("0");
        assertTrue(setup.formErrorProperty().get().startsWith("N (interactions held out per user)"));
        setup.heldOutProperty().set("2");
        setup.algorithms().forEach(a -> a.selectedProperty().set(false));
        assertEquals("Tick at least one algorithm to evaluate.", setup.formErrorProperty().get());
        assertTrue(setup.baselines().isEmpty());
        setup.algorithms().stream().filter(a -> a.name().equals("itemknn"))
                .forEach(a -> a.selectedProperty().set(true));
        assertEquals("", setup.formErrorProperty().get());
        assertEquals("itemknn", setup.baselineProperty().get());
        assertTrue(vm.canRunProperty().get());
    }

    @Test void randomHoldoutIsLabelledAsLeakingTheFuture() {
        vm.setup().protocolProperty().set(ProtocolChoice.RANDOM_HOLDOUT);
        vm.setup().algorithms().forEach(a -> a.selectedProperty().set(a.name().equals("popularity")));
        vm.run();
        assertTrue(vm.protocolLineProperty().get().contains("LEAKS FUTURE INFORMATION"),
                vm.protocolLineProperty().get());
    }
}
