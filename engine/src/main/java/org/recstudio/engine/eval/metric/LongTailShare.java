package org.recstudio.engine.eval.metric;

/**
 * APLT@K, the average percentage of long-tail items (Abdollahpouri et al. 2019): the share of each list's items
 * outside the popularity head ({@link ItemPopularity#isLongTail}), averaged over users.
 */
public final class LongTailShare implements UserMetric {

    private final ItemPopularity popularity;

    public LongTailShare(ItemPopularity popularity) {
        this.popularity = popularity;
    }

    @Override public String name() {
        return "aplt";
    }

    @Override public double value(RankedList list, int k) {
        int n = list.depth(k);
        if (n == 0) {
            return 0;
        }
        int tail = 0;
        for (int r = 0; r < n; r++) {
            tail += popularity.isLongTail(list.items()[r]) ? 1 : 0;
        }
        return (double) tail / n;
    }
}
