package org.recstudio.engine.progress;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A {@link Progress} backed by a cancel flag and an optional listener for updates; thread-safe. */
public final class CancellationToken implements Progress {

    /** One progress report. */
    public record Update(String stage, long done, long total) {
        /** The fraction done in [0, 1], or -1 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Consumer<Update> listener;
    private final Consumer<String> messages;

    public CancellationToken() {
        this(u -> { }, m -> { });
    }

    public CancellationToken(Consumer<Update> listener, Consumer<String> messages) {
        this.listener = listener;
        this.messages = messages;
    }

    /** Asks the work to stop at its next check. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override public void update(String stage, long done, long total) {
        listener.accept(new Update(stage, done, total));
    }

    @Override public void message(String text) {
        messages.accept(text);
    }

    @Override public boolean isCancelled() {
        return cancelled.get();
    }
}
