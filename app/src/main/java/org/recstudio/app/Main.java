package org.recstudio.app;

import java.io.PrintWriter;
import org.recstudio.app.cli.RecStudioCommand;

/**
 * The entry point of {@code recstudio}: the command line, which opens the studio by default.
 *
 * <p>A plain class (not a JavaFX {@code Application}) so that JavaFX on the class path starts correctly.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        String[] effective = args.length == 0 ? new String[] {"studio"} : args;
        System.exit(RecStudioCommand.execute(effective, out, err));
    }
}
