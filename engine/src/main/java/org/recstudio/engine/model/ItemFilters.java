package org.recstudio.engine.model;

import java.util.BitSet;
import java.util.function.IntPredicate;
import org.recstudio.engine.data.CsrMatrix;

/** Builds the {@code allowed} predicates passed to {@link Model#recommend}. */
public final class ItemFilters {

    private ItemFilters() {
    }

    /** Every item. */
    public static IntPredicate all() {
        return i -> true;
    }

    /** Items that {@code user} has no interaction with in {@code byUser} (the training data). */
    public static IntPredicate unseen(CsrMatrix byUser, int user) {
        BitSet seen = new BitSet(byUser.cols());
        if (user >= 0 && user < byUser.rows()) {
            for (int k = byUser.start(user); k < byUser.end(user); k++) {
                seen.set(byUser.col(k));
            }
        }
        return i -> !seen.get(i);
    }
}
