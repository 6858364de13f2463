package org.recstudio.app.studio.train;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recstudio.engine.progress.Progress;

/**
 * A {@link Progress} that forwards everything and picks the training loss out of the free-text messages of a fit,
 * e.g. ALS's "ALS iteration 3/15: training loss 0.012345". Any message with "loss" followed by a number (after a
 * space, '=' or ':') counts; the iteration is the number after "iteration", else the count of losses so far.
 */
final class LossTap implements Progress {

    private static final Pattern LOSS = Pattern.compile(
            "(?i)\\bloss\\b\\s*[=:]?\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|NaN|[-+]?Infinity)");
    private static final Pattern ITERATION = Pattern.compile("(?i)\\b(?:iteration|iter|epoch)\\s*[=:#]?\\s*(\\d+)");

    private final Progress delegate;
    private final Consumer<LossPoint> sink;
    private int count;

    LossTap(Progress delegate, Consumer<LossPoint> sink) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The loss point in {@code message}, if it reports one; {@code ordinal} is used when it names no iteration. */
    static Optional<LossPoint> parse(String message, int ordinal) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = LOSS.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        double loss = Double.parseDouble(m.group(1));
        Matcher it = ITERATION.matcher(message);
        int iteration = it.find() ? Integer.parseInt(it.group(1)) : ordinal;
        return Optional.of(new LossPoint(iteration, loss));
    }

    @Override public void update(String stage, long done, long total) {
        delegate.update(stage, done, total);
    }

    @Override public void message(String text) {
        parse(text, count + 1).ifPresent(p -> {
            count++;
            sink.accept(p);
        });
        delegate.message(text);
    }

    @Override public boolean isCancelled() {
        return delegate.isCancelled();
    }
}
