package org.recstudio.app.studio.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.progress.CancelledException;

/** The task runner without the FX toolkit: synchronous executors, and a real worker with a UI queue. */
class TaskRunnerTest {

    private final TaskRunner sync = new TaskRunner(Runnable::run, Runnable::run);

    @Test void successDeliversTheResultAndFullProgress() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<Integer> t = sync.task("Adding", p -> {
            p.update("adding", 1, 2);
            return 42;
        }).onSuccess(r -> seen.add("result " + r)).onDone(() -> seen.add("done")).start();
        assertEquals(List.of("result 42", "done"), seen);
        assertEquals(BackgroundTask.State.SUCCEEDED, t.getState());
        assertEquals(1.0, t.progressProperty().get());
        assertEquals("adding", t.stageProperty().get());
        assertTrue(sync.running().isEmpty());
        assertNull(sync.currentProperty().get());
    }

    @Test void aFailureGoesToItsHandlerOrElseToTheStatusBar() {
        List<Throwable> handled = new ArrayList<>();
        sync.task("Reading", p -> {
            throw new IllegalStateException("disk on fire");
        }).onFailure(handled::add).start();
        assertEquals("disk on fire", handled.getFirst().getMessage());
        assertEquals("", sync.lastFailureProperty().get(), "a handled failure is not repeated");

        BackgroundTask<Object> t = sync.task("Reading", p -> {
            throw new java.io.IOException("no such file");
        }).start();
        assertEquals(BackgroundTask.State.FAILED, t.getState());
        assertEquals("Reading failed: no such file", sync.lastFailureProperty().get());
        sync.dismissFailure();
        assertEquals("", sync.lastFailureProperty().get());
    }

    @Test void cancellingStopsTheWorkAtItsNextCheck() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<Integer> t = sync.task("Counting", p -> {
            for (int i = 0; i < 1000; i++) {
                if (i == 10) {
                    p.checkCancelled();
                }
            }
            return 1;
        }).onStarted(BackgroundTask::cancel).onCancelled(() -> seen.add("cancelled"))
                .onSuccess(r -> seen.add("succeeded")).start();
        assertEquals(List.of("cancelled"), seen);
        assertEquals(BackgroundTask.State.CANCELLED, t.getState());
        assertTrue(t.isCancelRequested());
    }

    @Test void workRunsOffTheUiThreadAndProgressIsCoalesced() throws Exception {
        BlockingQueue<Runnable> uiQueue = new ArrayBlockingQueue<>(10_000);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            TaskRunner runner = new TaskRunner(worker, uiQueue::add);
            CountDownLatch finished = new CountDownLatch(1);
            Thread[] workThread = new Thread[1];
            BackgroundTask<String> t = runner.task("Looping", p -> {
                workThread[0] = Thread.currentThread();
                for (int i = 1; i <= 100_000; i++) {
                    p.update("looping", i, 100_000);
                }
                finished.countDown();
                return "ok";
            }).start();
            assertSame(t, runner.currentProperty().get(), "the status bar shows the running task");
            assertTrue(finished.await(10, TimeUnit.SECONDS));
            worker.shutdown();
            assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
            assertTrue(uiQueue.size() < 100, "100,000 reports became " + uiQueue.size() + " UI updates");
            while (!uiQueue.isEmpty()) {
                uiQueue.poll().run();
            }
            assertTrue(workThread[0] != Thread.currentThread());
            assertEquals(BackgroundTask.State.SUCCEEDED, t.getState());
            assertNull(runner.currentProperty().get());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test void quietTasksStayOutOfTheStatusBar() {
        TaskRunner runner = new TaskRunner(r -> { }, Runnable::run); // never runs: stays RUNNING
        BackgroundTask<Object> loud = runner.task("Loading", p -> null).start();
        runner.task("Refreshing", p -> null).quiet().start();
        assertSame(loud, runner.currentProperty().get());
        assertEquals(2, runner.running().size());
    }

    @Test void describeFallsBackToTheExceptionType() {
        assertEquals("cancelled by the user", TaskRunner.describe(new CancelledException()));
        assertEquals("NullPointerException", TaskRunner.describe(new NullPointerException()));
    }
}
