package org.recstudio.engine.progress;

/** Thrown by long work when its {@link Progress} was cancelled; whatever it was writing is rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled by the user");
    }
}
