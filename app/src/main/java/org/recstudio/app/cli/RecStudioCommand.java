package org.recstudio.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recstudio} command line: one subcommand per verb, each a thin adapter over the engine. */
@Command(name = "recstudio", mixinStandardHelpOptions = true, version = "RecStudio 0.1.0",
        description = "Recommendation studio: import data, explore it, and (with later releases) train, evaluate "
                + "and simulate recommenders. Without a subcommand, opens the studio (or prints the demo summary "
                + "when no display is available).",
        subcommands = {StudioCommand.class, DemoCommand.class, ImportCommand.class, DatasetsCommand.class,
                StatsCommand.class, TrainCommand.class, RecommendCommand.class, EvaluateCommand.class, RunsCommand.class,
                SimulateCommand.class, OpeCommand.class, CommandLine.HelpCommand.class})
public final class RecStudioCommand implements Runnable {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with clear one-line errors for user mistakes; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RecStudioCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("recstudio: " + ErrorMessages.describe(ex));
            commandLine.getErr().flush();
            return ErrorMessages.exitCode(ex);
        });
        return cli.execute(args);
    }
}
