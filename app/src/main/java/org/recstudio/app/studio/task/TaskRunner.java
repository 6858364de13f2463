package org.recstudio.app.studio.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.engine.progress.Progress;

/**
 * Runs engine work off the UI thread: the studio's one background-task abstraction.
 *
 * <p>Work runs on the {@code background} executor and sees a {@link Progress} whose reports, the outcome and
 * the callbacks are delivered on the {@code ui} executor ({@code Platform::runLater} in the studio). Tests
 * pass {@code Runnable::run} for both and get synchronous, deterministic tasks without the FX toolkit.
 */
public final class TaskRunner {

    /** Engine work that reports to a {@link Progress} and may throw. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask<?>> runningView = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper lastFailure = new ReadOnlyStringWrapper(this, "lastFailure", "");

    public TaskRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Starts describing a task called {@code title} (shown in the status bar) that runs {@code work}. */
    public <T> Builder<T> task(String title, Work<T> work) {
        return new Builder<>(title, work);
    }

    /** The tasks still running, oldest first; changes on the UI executor. */
    public ObservableList<BackgroundTask<?>> running() {
        return runningView;
    }

    /** The newest running task the status bar shows (quiet tasks left out), or null. */
    public ReadOnlyObjectProperty<BackgroundTask<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The message of the last failure nobody handled, for the status bar ("" when none). */
    public ReadOnlyStringProperty lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** Clears {@link #lastFailureProperty()}. */
    public void dismissFailure() {
        lastFailure.set("");
    }

    private void started(BackgroundTask<?> task) {
        running.add(task);
        updateCurrent();
    }

    private void ended(BackgroundTask<?> task) {
        running.remove(task);
        updateCurrent();
    }

    private void updateCurrent() {
        BackgroundTask<?> newest = null;
        for (BackgroundTask<?> t : running) {
            if (!t.isQuiet()) {
                newest = t;
            }
        }
        current.set(newest);
    }

    private void unhandled(String title, Throwable failure) {
        lastFailure.set(title + " failed: " + describe(failure));
    }

    /** A one-line description of a failure for the user: its message, or its type when it has none. */
    public static String describe(Throwable failure) {
        String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }

    /** Describes one task before it starts; callbacks run on the UI executor. */
    public final class Builder<T> {
        private final String title;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = r -> { };
        private Consumer<? super Throwable> onFailure;
        private Runnable onCancelled = () -> { };
        private Runnable onDone = () -> { };
        private Consumer<? super BackgroundTask<T>> onStarted = t -> { };
        private boolean quiet;

        private Builder(String title, Work<T> work) {
            this.title = Objects.requireNonNull(title, "title");
            this.work = Objects.requireNonNull(work, "work");
        }

        public Builder<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = Objects.requireNonNull(action);
            return this;
        }

        /** Handles a failure; without one, the failure shows in {@link #lastFailureProperty()}. */
        public Builder<T> onFailure(Consumer<? super Throwable> action) {
            this.onFailure = Objects.requireNonNull(action);
            return this;
        }

        public Builder<T> onCancelled(Runnable action) {
            this.onCancelled = Objects.requireNonNull(action);
            return this;
        }

        /** Runs after any outcome, after the outcome's own callback. */
        public Builder<T> onDone(Runnable action) {
            this.onDone = Objects.requireNonNull(action);
            return this;
        }

        /**
         * Runs with the task once it exists, before its work starts (so it can be observed or cancelled even when
         * the executors are synchronous).
         */
        public Builder<T> onStarted(Consumer<? super BackgroundTask<T>> action) {
            this.onStarted = Objects.requireNonNull(action);
            return this;
        }

        /** Leaves the task out of the status bar (short housekeeping such as refreshing a list). */
        public Builder<T> quiet() {
            this.quiet = true;
            return this;
        }

        /** Starts the task; call on the UI thread. */
        public BackgroundTask<T> start() {
            Consumer<? super Throwable> failure = onFailure != null ? onFailure : e -> unhandled(title, e);
            Runnable done = onDone;
            BackgroundTask<T> task = new BackgroundTask<>(title, quiet, work,
                    new BackgroundTask.Callbacks<>(onSuccess, failure, onCancelled, t -> {
                        ended(t);
                        done.run();
                    }), ui);
            started(task);
            onStarted.accept(task);
            background.execute(task::execute);
            return task;
        }
    }
}
