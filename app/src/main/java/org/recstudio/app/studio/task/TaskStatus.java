package org.recstudio.app.studio.task;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;

/**
 * The progress bar and status line of a screen that runs one background task at a time: while the task runs they
 * follow its progress and stage ("Scoring itemknn…"); {@link #cancel} asks it to stop and says so at once.
 *
 * <p>The screen's ViewModel keeps owning both properties (it sets the final "Done …" or "Failed …" text itself);
 * this class only holds the binding to the running task. Use it from the FX thread, as the task callbacks are.
 */
public final class TaskStatus {

    private final DoubleProperty progress;
    private final StringProperty status;
    private BackgroundTask<?> task;

    public TaskStatus(DoubleProperty progress, StringProperty status) {
        this.progress = progress;
        this.status = status;
    }

    /** Binds progress and status to {@code t}; pass it as the task's {@code onStarted} action. */
    public void follow(BackgroundTask<?> t) {
        task = t;
        progress.bind(t.progressProperty());
        status.bind(Bindings.createStringBinding(() -> t.stageProperty().get().isEmpty() ? "Starting\u2026"
                : t.stageProperty().get() + "\u2026", t.stageProperty()));
    }

    /** Releases the bindings once the task ended and leaves the bar at {@code finalProgress}. */
    public void unfollow(double finalProgress) {
        progress.unbind();
        status.unbind();
        progress.set(finalProgress);
    }

    /** Forgets the task after its last callback. */
    public void done() {
        task = null;
    }

    /** Asks the running task, if any, to stop at its next check and shows "Cancelling…". */
    public void cancel() {
        if (task != null) {
            task.cancel();
            status.unbind();
            status.set("Cancelling\u2026");
        }
    }
}
