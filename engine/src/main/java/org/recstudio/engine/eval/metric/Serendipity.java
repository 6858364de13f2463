package org.recstudio.engine.eval.metric;

import java.util.Arrays;

/**
 * Serendipity@K (after Ge et al. 2010, "Beyond accuracy"): the share of the top K that is relevant and not in the
 * popularity baseline's top K for the same user (the obvious recommendations), so a popularity model scores 0.
 */
public final class Serendipity implements UserMetric {

    private final PopularityBaseline baseline;

    public Serendipity(PopularityBaseline baseline) {
        this.baseline = baseline;
    }

    @Override public String name() {
        return "serendipity";
    }

    @Override public double value(RankedList list, int k) {
        int[] obvious = baseline.top(list.user(), k);
        Arrays.sort(obvious);
        int count = 0;
        for (int r = 0; r < list.depth(k); r++) {
            int item = list.items()[r];
            if (list.isRelevant(item) && Arrays.binarySearch(obvious, item) < 0) {
                count++;
            }
        }
        return (double) count / k;
    }
}
