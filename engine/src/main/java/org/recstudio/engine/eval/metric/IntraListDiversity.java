package org.recstudio.engine.eval.metric;

/**
 * Intra-list diversity ILD@K (Ziegler et al. 2005; Vargas &amp; Castells 2011): the mean pairwise
 * {@link ItemDistance} over all pairs of the top K; 0 for a list of fewer than two items.
 */
public final class IntraListDiversity implements UserMetric {

    private final ItemDistance distance;

    public IntraListDiversity(ItemDistance distance) {
        this.distance = distance;
    }

    @Override public String name() {
        return "ild";
    }

    @Override public double value(RankedList list, int k) {
        int n = list.depth(k);
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                sum += distance.distance(list.items()[a], list.items()[b]);
            }
        }
        return sum / (n * (n - 1) / 2.0);
    }
}
