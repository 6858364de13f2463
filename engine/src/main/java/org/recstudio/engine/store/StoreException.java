package org.recstudio.engine.store;

/** A workspace store operation failed; whatever it was writing was rolled back. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
