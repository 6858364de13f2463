package org.recstudio.app.studio.task;

import java.util.Objects;
import java.util.function.BinaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;

/**
 * The progress bar and status line of a screen that runs one background task at a time: while the task runs they
 * follow its progress and its stage and message ("Scoring itemknn…"); {@link #cancel} asks it to stop and says so
 * at once.
 *
 * <p>The screen's ViewModel keeps owning both properties (it sets the final "Done …" or "Failed …" text itself);
 * this class only holds the binding to the running task. Use it from the FX thread, as the task callbacks are.
 */
public final class TaskStatus {

    private final DoubleProperty progress;
    private final StringProperty status;
    private final BinaryOperator<String> text;
    private BackgroundTask<?> task;

    /** Shows the task's stage ("Scoring itemknn…"), or "Starting…" before it reports one. */
    public TaskStatus(DoubleProperty progress, StringProperty status) {
        this(progress, status, (stage, message) -> stage.isEmpty() ? "Starting\u2026" : stage + "\u2026");
    }

    /** Shows {@code text.apply(stage, message)} of the running task. */
    public TaskStatus(DoubleProperty progress, StringProperty status, BinaryOperator<String> text) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.status = Objects.requireNonNull(status, "status");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Binds progress and status to {@code t}; pass it as the task's {@code onStarted} action. */
    public void follow(BackgroundTask<?> t) {
        task = t;
        progress.bind(t.progressProperty());
        status.bind(Bindings.createStringBinding(() -> text.apply(t.stageProperty().get(), t.messageProperty().get()),
                t.stageProperty(), t.messageProperty()));
    }

    /** Releases the bindings once the task ended; the bar and the line keep their last values. */
    public void unfollow() {
        progress.unbind();
        status.unbind();
    }

    /** Releases the bindings once the task ended and leaves the bar at {@code finalProgress}. */
    public void unfollow(double finalProgress) {
        unfollow();
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
