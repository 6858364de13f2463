package org.recstudio.app.studio.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.DirectExecutorService;
import org.recstudio.app.studio.StudioContext;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.importer.WizardStep;
import org.recstudio.engine.workspace.Workspace;

/** The main window's view model over a real workspace, without the FX toolkit. */
class MainViewModelTest {

    @TempDir Path dir;
    private StudioContext context;
    private MainViewModel vm;

    @BeforeEach void open() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            TestData.shop(ws, "shop", 30, 40, 400, 9);
        }
        context = new StudioContext(Workspace.open(dir.resolve("ws"), "test"), new DirectExecutorService(),
                Runnable::run);
        vm = new MainViewModel(context);
        vm.start();
    }

    @AfterEach void close() {
        context.close();
    }

    @Test void startsOnTheExplorerOfTheFirstDataset() {
        assertEquals(Screen.EXPLORE, vm.screenProperty().get());
        assertEquals(List.of("shop"), vm.datasets());
        assertEquals("shop", vm.selectedDatasetProperty().get());
        assertEquals("30 users \u00b7 40 items \u00b7 400 interactions", vm.datasetCountsProperty().get());
        assertNotNull(vm.explore().snapshotProperty().get(), "the explorer loaded the dataset");
        assertEquals("ws", vm.workspaceName());
        assertFalse(vm.taskRunningProperty().get());
    }

    @Test void anImportRefreshesAndSelectsTheNewDatasetAndExploreShowsIt() throws Exception {
        Path csv = dir.resolve("visits.csv");
        java.nio.file.Files.write(csv, List.of("user,item,event", "a,x,view", "b,x,view", "b,y,purchase"));
        vm.show(Screen.IMPORT);
        vm.importer().addFiles(List.of(csv));
        vm.importer().next();
        vm.importer().next();
        vm.importer().next();
        assertEquals(WizardStep.REPORT, vm.importer().stepProperty().get(), vm.importer().errorProperty().get());
        assertEquals(List.of("shop", "visits"), vm.datasets());
        assertEquals("visits", vm.selectedDatasetProperty().get());
        assertEquals("2 users \u00b7 2 items \u00b7 3 interactions", vm.datasetCountsProperty().get());
        vm.importer().explore();
        assertEquals(Screen.EXPLORE, vm.screenProperty().get());
        assertEquals("visits", vm.explore().snapshotProperty().get().dataset().name());
    }

    @Test void laterScreensAreListedButNotAvailable() {
        long available = java.util.Arrays.stream(Screen.values()).filter(Screen::available).count();
        assertEquals(7, available, "Import, Explore, Train, Inspect, Evaluate, Simulate and Off-policy are in this build");
        for (Screen s : Screen.values()) {
            assertTrue(s.available() || s.arrival().contains("arrives with its own issue"), s.name());
        }
        vm.show(Screen.FAIRNESS);
        assertEquals(Screen.FAIRNESS, vm.screenProperty().get());
    }

    @Test void theStatusBarFollowsALoadAndCancelsIt() {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        java.util.concurrent.ExecutorService manual = new java.util.concurrent.AbstractExecutorService() {
            @Override public void execute(Runnable r) {
                queued.add(r);
            }

            @Override public void shutdown() {
            }

            @Override public List<Runnable> shutdownNow() {
                return List.of();
            }

            @Override public boolean isShutdown() {
                return false;
            }

            @Override public boolean isTerminated() {
                return true;
            }

            @Override public boolean awaitTermination(long t, java.util.concurrent.TimeUnit u) {
                return true;
            }
        };
        context.close();
        context = new StudioContext(Workspace.open(dir.resolve("ws"), "test"), manual, Runnable::run);
        vm = new MainViewModel(context);
        vm.start();
        assertFalse(vm.taskRunningProperty().get(), "reading the dataset list is quiet");
        queued.poll().run();
        assertEquals("shop", vm.selectedDatasetProperty().get());
        assertTrue(vm.taskRunningProperty().get());
        assertEquals("Loading dataset shop\u2026", vm.taskTextProperty().get());
        assertTrue(vm.explore().loadingProperty().get());
        vm.cancelTask();
        queued.poll().run();
        assertFalse(vm.taskRunningProperty().get());
        assertFalse(vm.explore().loadingProperty().get());
        assertNull(vm.explore().snapshotProperty().get());
        assertTrue(vm.explore().statusProperty().get().startsWith("Loading shop was cancelled"),
                vm.explore().statusProperty().get());
    }

    @Test void anUnhandledFailureShowsInTheStatusBarUntilDismissed() {
        context.tasks().task("Counting", p -> {
            throw new IllegalStateException("out of coffee");
        }).start();
        assertEquals("Counting failed: out of coffee", vm.failureProperty().get());
        vm.dismissFailure();
        assertEquals("", vm.failureProperty().get());
        assertNull(context.tasks().currentProperty().get());
    }
}
