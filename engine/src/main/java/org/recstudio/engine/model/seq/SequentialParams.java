package org.recstudio.engine.model.seq;

import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;

/** Hyperparameters of {@link SequentialAlgorithm}. */
public record SequentialParams(
        @Doc("TRANSITIONS (first-order item-to-item transitions) or SLIST (session-aware linear item-item model)")
        Method method,
        @Doc("TRANSITIONS: how many of the user's last distinct items predict the next one (>= 1)")
        int historyLength,
        @Doc("TRANSITIONS: weight of each step back in the history, in (0, 1]: the last item counts 1, the one "
                + "before this much, and so on") double recencyDecay,
        @Doc("TRANSITIONS: pseudo-transitions spread by popularity added to every item's next-item counts "
                + "(>= 0)") double smoothing,
        @Doc("A gap longer than this many hours starts a new session; 0 treats each user's history as one "
                + "session (>= 0)") double sessionGapHours,
        @Doc("SLIST: weight of SLIS (whole-session co-occurrence) against SLIT (past items → next items), in "
                + "[0, 1]") double alpha,
        @Doc("SLIST: L2 regularisation λ (> 0)") double lambda,
        @Doc("SLIST: position decay δ: an item d positions away from the prediction point weighs exp(-d / δ) "
                + "(> 0)") double positionDecay,
        @Doc("SLIST: session time decay in days: a session ending Δ days before the last one weighs "
                + "exp(-Δ / this); 0 weighs all sessions equally (>= 0)") double sessionRecencyDays,
        @Doc("SLIST: positions before and after each prediction point used in training and of the current "
                + "session used to score (>= 1)") int window)
        implements Params {

    /** The sequence model to fit. */
    public enum Method { TRANSITIONS, SLIST }

    public SequentialParams {
        if (method == null) {
            throw new IllegalArgumentException("method must be TRANSITIONS or SLIST, got null");
        }
        if (historyLength < 1) {
            throw new IllegalArgumentException("historyLength must be >= 1, got " + historyLength);
        }
        if (!(recencyDecay > 0 && recencyDecay <= 1)) {
            throw new IllegalArgumentException("recencyDecay must be in (0, 1], got " + recencyDecay);
        }
        finite("smoothing", smoothing, 0);
        finite("sessionGapHours", sessionGapHours, 0);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be > 0 and finite, got " + lambda);
        }
        if (!(positionDecay > 0) || Double.isInfinite(positionDecay)) {
            throw new IllegalArgumentException("positionDecay must be > 0 and finite, got " + positionDecay);
        }
        finite("sessionRecencyDays", sessionRecencyDays, 0);
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
    }

    private static void finite(String name, double v, double min) {
        if (!(v >= min) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be >= " + (int) min + " and finite, got " + v);
        }
    }

    /** Transitions from the last 5 items (decay 0.5, smoothing 1); SLIST α 0.5, λ 100, δ 1, window 10. */
    public static SequentialParams defaults() {
        return new SequentialParams(Method.TRANSITIONS, 5, 0.5, 1, 0, 0.5, 100, 1, 0, 10);
    }
}
