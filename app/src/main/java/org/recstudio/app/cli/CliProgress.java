package org.recstudio.app.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.recstudio.engine.progress.Progress;

/**
 * Draws engine progress in the terminal: a progress bar on an interactive console, or a plain line every 10%
 * on standard error otherwise (CI logs, pipes), so JSON on standard output stays clean. Ctrl-C cancels.
 */
final class CliProgress implements Progress, AutoCloseable {

    private final PrintStream err;
    private final boolean interactive;
    private volatile boolean cancelled;
    private ProgressBar bar;
    private String stage;
    private long lastDecile = -1;
    private final Thread hook;

    CliProgress(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
        this.hook = new Thread(() -> cancelled = true, "recstudio-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override public synchronized void update(String stage, long done, long total) {
        if (!stage.equals(this.stage)) {
            closeBar();
            this.stage = stage;
            lastDecile = -1;
            if (interactive) {
                bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(Math.max(total, 1))
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setConsumer(
                                new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build();
            }
        }
        if (bar != null) {
            if (total > 0) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
        } else if (total > 0) {
            long decile = done * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                err.printf("%s: %d%%%n", stage, decile * 10);
            }
        }
    }

    @Override public boolean isCancelled() {
        return cancelled;
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override public synchronized void close() {
        closeBar();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook has run, nothing to remove
            cancelled = true;
        }
    }
}
