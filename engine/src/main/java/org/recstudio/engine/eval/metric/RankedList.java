package org.recstudio.engine.eval.metric;

import java.util.Arrays;

/**
 * One user's recommendation list and held-out relevant items, the input of every {@link UserMetric}.
 *
 * @param user     the user index
 * @param items    recommended item indexes, best first (may be shorter than the cutoff)
 * @param relevant the relevant held-out items, sorted ascending
 */
public record RankedList(int user, int[] items, int[] relevant) {

    /** Whether {@code item} is relevant. */
    public boolean isRelevant(int item) {
        return Arrays.binarySearch(relevant, item) >= 0;
    }

    /** The number of recommended items considered at cutoff {@code k}. */
    public int depth(int k) {
        return Math.min(k, items.length);
    }
}
