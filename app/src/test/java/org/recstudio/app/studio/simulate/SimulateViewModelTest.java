package org.recstudio.app.studio.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.bandit.sim.DatasetEnvironment;
import org.recstudio.bandit.sim.Environment;
import org.recstudio.bandit.sim.QuickFactorizer;
import org.recstudio.bandit.sim.SimulationConfig;
import org.recstudio.bandit.sim.SimulationResult;
import org.recstudio.bandit.sim.SimulationRunner;
import org.recstudio.bandit.sim.Strategies;
import org.recstudio.bandit.sim.StrategyResult;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/** The Simulate screen's view model on a real workspace, without the FX toolkit: tasks run synchronously. */
class SimulateViewModelTest {

    @TempDir Path dir;
    private Workspace ws;
    private SimulateViewModel vm;

    @BeforeEach void open() {
        ws = Workspace.open(dir, "test");
        TestData.shop(ws, "shop", 200, 300, 5_000, 3);
        TaskRunner tasks = new TaskRunner(Runnable::run, Runnable::run);
        WorkspaceModel datasets = new WorkspaceModel(ws, tasks);
        datasets.refresh();
        vm = new SimulateViewModel(ws, tasks, datasets);
        vm.usersProperty().set("150");
        vm.maxItemsProperty().set("100");
        vm.newItemsProperty().set("10");
    }

    @AfterEach void close() {
        ws.close();
    }

    @Test void resultsEqualThoseOfTheRunnerForTheSameConfigAndSeed() {
        vm.roundsProperty().set("2000");
        vm.seedsProperty().set("2");
        vm.seedProperty().set("7");
        vm.clickNoiseProperty().set("0.05");
        assertEquals("", vm.formErrorProperty().get());
        vm.run();
        SimulationResult shown = vm.resultProperty().get();
        assertNotNull(shown, vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());

        Dataset data = new DatasetLoader(ws).loadWithMetadata("shop", Progress.NONE);
        Environment env = DatasetEnvironment.build(data, null, new DatasetEnvironment.Params(150, 100, 0.05, 1.5, 0.5,
                20, QuickFactorizer.Params.defaults()), 7, Progress.NONE);
        SimulationConfig config = new SimulationConfig(2000, 2, 7, 1, 0, 1.0, 0.05, 0, 1, 50, 10, 0.1, 0.1, 0.6, 1);
        SimulationResult direct = new SimulationRunner().run(env, config, List.of(Strategies.byName("random", null),
                Strategies.byName("egreedy:epsilon=0.1", null), Strategies.byName("ucb1", null),
                Strategies.byName("ts", null), Strategies.byName("linucb", null)), Progress.NONE);

        assertEquals(config, shown.config());
        assertEquals(direct.environment(), shown.environment());
        assertEquals(direct.strategies().stream().map(StrategyResult::name).toList(),
                shown.strategies().stream().map(StrategyResult::name).toList());
        for (StrategyResult d : direct.strategies()) {
            StrategyResult s = shown.strategy(d.name());
            assertTrue(d.ran(), d.name());
            assertEquals(d.regret(), s.regret(), d.name());
            assertEquals(d.ctr(), s.ctr(), d.name());
            assertEquals(d.newItemExposure(), s.newItemExposure(), d.name());
            assertEquals(d.finalRegret(), s.finalRegret(), d.name());
            assertEquals(d.finalCtr(), s.finalCtr(), d.name());
            assertEquals(d.roundsToFirstClick(), s.roundsToFirstClick(), d.name());
        }
        assertEquals(5, vm.summary().size());
        StrategySummaryRow ts = vm.summary().stream().filter(r -> r.strategy().equals("ts")).findFirst().orElseThrow();
        assertEquals(direct.strategy("ts").finalRegret(), ts.finalRegret());
        assertEquals(direct.strategy("ts").newItemExposure().getLast().mean(), ts.newItemShare());
        assertTrue(vm.statusProperty().get().startsWith("Done"), vm.statusProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test void cancelStopsTheRunAndKeepsNoResult() {
        vm.roundsProperty().set("200000");
        vm.seedsProperty().set("1");
        vm.strategies().forEach(c -> c.selectedProperty().set(c.spec().equals("ts")));
        AtomicBoolean cancelled = new AtomicBoolean();
        vm.statusProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Simulating") && cancelled.compareAndSet(false, true)) {
                vm.cancel();
            }
        });
        vm.run();
        assertTrue(cancelled.get(), "the run reached the simulation");
        assertNull(vm.resultProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals("Cancelled \u2014 the previous results are kept.", vm.statusProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test void badSettingsAreExplainedAndBlockTheRun() {
        vm.roundsProperty().set("many");
        assertEquals("Rounds must be a whole number, got 'many'.", vm.formErrorProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.roundsProperty().set("1000");
        vm.newItemsProperty().set("100");
        assertTrue(vm.formErrorProperty().get().contains("New items (100)"), vm.formErrorProperty().get());
        vm.newItemsProperty().set("10");
        vm.clickNoiseProperty().set("1.5");
        assertTrue(vm.formErrorProperty().get().contains("click noise"), vm.formErrorProperty().get());
        vm.clickNoiseProperty().set("0");
        vm.strategies().forEach(c -> c.selectedProperty().set(false));
        assertEquals("Choose at least one strategy to simulate.", vm.formErrorProperty().get());
        vm.strategies().getFirst().selectedProperty().set(true);
        assertTrue(vm.canRunProperty().get());
    }
}
