package org.recstudio.engine.eval.metric;

/**
 * Novelty@K: the mean self-information −log2 p(i) of the recommended items (Zhou et al. 2010), where p(i) is the
 * share of training users who interacted with item i; an item no training user saw counts as seen by one.
 */
public final class Novelty implements UserMetric {

    private final ItemPopularity popularity;

    public Novelty(ItemPopularity popularity) {
        this.popularity = popularity;
    }

    @Override public String name() {
        return "novelty";
    }

    @Override public double value(RankedList list, int k) {
        int n = list.depth(k);
        if (n == 0 || popularity.userCount() == 0) {
            return 0;
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            int c = Math.max(1, popularity.count(list.items()[r]));
            sum += -Math.log((double) c / popularity.userCount()) / Math.log(2);
        }
        return sum / n;
    }
}
