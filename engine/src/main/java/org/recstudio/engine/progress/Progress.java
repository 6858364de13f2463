package org.recstudio.engine.progress;

/**
 * A plain-Java progress and cancellation callback for long work.
 *
 * <p>The engine reports through it; the CLI draws a progress bar from it and the studio binds it to a
 * JavaFX task. Work calls {@link #checkCancelled()} between steps so that cancellation is prompt.
 */
public interface Progress {

    /** A progress that ignores reports and is never cancelled. */
    Progress NONE = new Progress() {
        @Override public void update(String stage, long done, long total) { }
        @Override public boolean isCancelled() { return false; }
    };

    /**
     * Reports that {@code done} of {@code total} units of {@code stage} are finished.
     *
     * @param total the total units, or -1 when unknown
     */
    void update(String stage, long done, long total);

    /** Reports a free-text message (e.g. the training loss of an iteration); ignored by default. */
    default void message(String text) { }

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
