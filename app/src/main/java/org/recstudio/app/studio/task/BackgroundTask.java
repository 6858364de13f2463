package org.recstudio.app.studio.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.recstudio.engine.progress.CancellationToken;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/**
 * One piece of engine work running off the UI thread, observed through JavaFX properties.
 *
 * <p>The work sees a plain {@link Progress}; its reports are coalesced and published on the UI executor, so a
 * loop that reports a million times posts only as many UI updates as the UI thread can take. Every
 * property changes on the UI executor only. Created by {@link TaskRunner}.
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {

    /** Where a task is in its life. */
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final boolean quiet;
    private final TaskRunner.Work<T> work;
    private final Callbacks<T> callbacks;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.RUNNING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final AtomicReference<CancellationToken.Update> latest = new AtomicReference<>();
    private final AtomicReference<String> latestMessage = new AtomicReference<>();
    private final AtomicBoolean updateScheduled = new AtomicBoolean();
    private final CancellationToken token;

    record Callbacks<T>(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure, Runnable onCancelled,
                        Consumer<BackgroundTask<?>> onEnded) {
    }

    BackgroundTask(String title, boolean quiet, TaskRunner.Work<T> work, Callbacks<T> callbacks,
                   Executor ui) {
        this.title = title;
        this.quiet = quiet;
        this.work = work;
        this.callbacks = callbacks;
        this.ui = ui;
        this.token = new CancellationToken(this::report, this::say);
    }

    /** Runs the work on the calling (background) thread and publishes the outcome on the UI executor. */
    void execute() {
        T result;
        try {
            token.checkCancelled();
            result = work.run(token);
        } catch (CancelledException e) {
            ui.execute(() -> finish(State.CANCELLED, null, null));
            return;
        } catch (Exception | Error e) {
            ui.execute(() -> finish(State.FAILED, null, e));
            return;
        }
        T r = result;
        ui.execute(() -> finish(State.SUCCEEDED, r, null));
    }

    private void finish(State outcome, T result, Throwable failure) {
        publishProgress();
        if (outcome == State.SUCCEEDED) {
            progress.set(1);
        }
        error.set(failure);
        state.set(outcome);
        try {
            switch (outcome) {
                case SUCCEEDED -> callbacks.onSuccess().accept(result);
                case FAILED -> callbacks.onFailure().accept(failure);
                case CANCELLED -> callbacks.onCancelled().run();
                case RUNNING -> throw new IllegalStateException("task '" + title + "' finished while running");
            }
        } finally {
            callbacks.onEnded().accept(this);
        }
    }

    private void report(CancellationToken.Update update) {
        latest.set(update);
        schedule();
    }

    private void say(String text) {
        latestMessage.set(text);
        schedule();
    }

    private void schedule() {
        if (updateScheduled.compareAndSet(false, true)) {
            ui.execute(this::publishProgress);
        }
    }

    private void publishProgress() {
        updateScheduled.set(false);
        CancellationToken.Update u = latest.getAndSet(null);
        if (u != null) {
            progress.set(u.fraction());
            stage.set(u.stage());
        }
        String m = latestMessage.getAndSet(null);
        if (m != null) {
            message.set(m);
        }
    }

    /** Asks the work to stop at its next check; the task ends {@link State#CANCELLED} when the work obeys. */
    public void cancel() {
        token.cancel();
    }

    /** Whether cancel was asked for. */
    public boolean isCancelRequested() {
        return token.isCancelled();
    }

    /** What the task does, e.g. "Loading dataset shop". */
    public String title() {
        return title;
    }

    /** Whether the shell's status bar should leave this (short, housekeeping) task out. */
    public boolean isQuiet() {
        return quiet;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** The fraction done in [0, 1], or -1 while unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The stage the work last reported, e.g. "Reading interactions". */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The last free-text message of the work. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The failure, once {@link State#FAILED}. */
    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
