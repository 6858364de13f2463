package org.recstudio.engine.workspace;

/** A workspace could not be opened or used; the message says which folder and what to do. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
