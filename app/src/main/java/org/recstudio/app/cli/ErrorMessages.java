package org.recstudio.app.cli;

import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.WorkspaceException;

/** Turns exceptions into the one-line messages and exit codes the CLI prints. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The message of a known user-facing error, or the exception with its class for an unexpected one. */
    static String describe(Exception e) {
        if (isUserError(e)) {
            return e.getMessage();
        }
        StringBuilder b = new StringBuilder("unexpected error: ").append(e);
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            b.append("\n  caused by: ").append(c);
        }
        return b.toString();
    }

    static int exitCode(Exception e) {
        if (e instanceof CancelledException) {
            return 130;
        }
        return isUserError(e) ? 2 : 1;
    }

    private static boolean isUserError(Exception e) {
        return e instanceof WorkspaceException || e instanceof StoreException || e instanceof CancelledException
                || e instanceof IllegalArgumentException
                || e.getClass().getName().equals("org.recstudio.engine.importer.ImportException");
    }
}
