package org.recstudio.app.studio.evaluate;

import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.split.GlobalCut;
import org.recstudio.engine.eval.split.LeaveLastN;
import org.recstudio.engine.eval.split.RandomHoldout;
import org.recstudio.engine.eval.split.Splitter;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.eval.split.UserHoldout;

/**
 * The splitters the Evaluate screen offers, with the same defaults as {@code recstudio evaluate}: global cut and
 * random holdout hold out 20%, user holdout 20% of users with 80% of their history as fold-in.
 */
public enum ProtocolChoice {
    LEAVE_LAST_OUT("Leave last out (temporal)", true),
    LEAVE_LAST_N("Leave last N (temporal)", true),
    GLOBAL_CUT("Global time cut (last 20%)", false),
    USER_HOLDOUT("User holdout (20% of users)", false),
    RANDOM_HOLDOUT("Random holdout \u2014 leaks future information", false);

    private final String label;
    private final boolean usesTies;

    ProtocolChoice(String label, boolean usesTies) {
        this.label = label;
        this.usesTies = usesTies;
    }

    /** The name in the protocol selector. */
    public String label() {
        return label;
    }

    /** Whether the tie rule applies (the per-user temporal splitters). */
    public boolean usesTies() {
        return usesTies;
    }

    /** Whether the protocol trains on interactions later than the test ones. */
    public boolean leaksFuture() {
        return this == RANDOM_HOLDOUT;
    }

    /** The splitter for {@code data}; {@code n} is used by leave-last-N only. */
    Splitter splitter(Dataset data, TieRule ties, int n) {
        return switch (this) {
            case LEAVE_LAST_OUT -> new LeaveLastN(1, ties, 1);
            case LEAVE_LAST_N -> new LeaveLastN(n, ties, 1);
            case GLOBAL_CUT -> GlobalCut.atShare(data, 0.2);
            case USER_HOLDOUT -> new UserHoldout(0.2, 0.8);
            case RANDOM_HOLDOUT -> new RandomHoldout(0.2);
        };
    }

    @Override public String toString() {
        return label;
    }
}
