package org.recstudio.engine.store;

/**
 * Names the storage phases an import or a deletion goes through on standard error when the environment variable
 * {@code RECSTUDIO_TRACE} contains {@code store} (e.g. {@code RECSTUDIO_TRACE=store}). The crash tests use it to
 * kill a process at a named phase; users can use it to see where a slow import spends its time.
 */
final class StoreTrace {

    private static final boolean ON = String.valueOf(System.getenv("RECSTUDIO_TRACE")).contains("store");

    private StoreTrace() {
    }

    static void phase(String name) {
        if (ON) {
            System.err.println("trace: store " + name);
            System.err.flush();
        }
    }
}
