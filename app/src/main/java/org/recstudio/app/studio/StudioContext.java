package org.recstudio.app.studio;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.workspace.Workspace;

/**
 * The studio's one composition root: the opened workspace, the executor for background work, the task runner
 * and the workspace model the screens share. Screens get their services from here through constructors.
 */
public final class StudioContext implements AutoCloseable {

    private final Workspace workspace;
    private final ExecutorService executor;
    private final TaskRunner tasks;
    private final WorkspaceModel workspaceModel;
    private final Executor ui;

    /**
     * Wires a context over an opened workspace.
     *
     * @param executor runs engine work; shut down by {@link #close()}
     * @param ui       runs UI updates: {@code Platform::runLater} in the studio, {@code Runnable::run} in tests
     */
    public StudioContext(Workspace workspace, ExecutorService executor, Executor ui) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.tasks = new TaskRunner(executor, ui);
        this.workspaceModel = new WorkspaceModel(workspace, tasks);
    }

    /** Opens the workspace in {@code folder} for the studio, with a small pool of daemon worker threads. */
    public static StudioContext open(Path folder, Executor ui) {
        Workspace ws = Workspace.open(folder, "RecStudio studio");
        return new StudioContext(ws, Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors() / 2), workers()), ui);
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "studio-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Runs engine work off the UI thread. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** The datasets of the workspace and the one selected. */
    public WorkspaceModel workspaceModel() {
        return workspaceModel;
    }

    /** The executor for UI updates. */
    public Executor ui() {
        return ui;
    }

    /** Cancels running work, stops the workers and closes the workspace. */
    @Override public void close() {
        tasks.running().forEach(t -> t.cancel());
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        workspace.close();
    }
}
