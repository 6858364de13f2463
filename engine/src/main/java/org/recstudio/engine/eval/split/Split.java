package org.recstudio.engine.eval.split;

import org.recstudio.engine.data.Dataset;

/**
 * One evaluation split: the training data, the held-out relevant items per user, and a validation split carved
 * from the training data the same way (for tuning without touching the test set).
 *
 * @param train      what models are fitted on for the test evaluation; same user and item indexes as the source
 * @param test       the held-out relevant items of each evaluated user
 * @param validation the same protocol applied to {@code train}, or null for a split that is itself a validation split
 * @param report     what the split did: counts, tie shares, cold users and items, whether it leaks the future
 */
public record Split(Dataset train, HeldOut test, Split validation, SplitReport report) {

    /** Whether this split carries a validation split. */
    public boolean hasValidation() {
        return validation != null;
    }
}
