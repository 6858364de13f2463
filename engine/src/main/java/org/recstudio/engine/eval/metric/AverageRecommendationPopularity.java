package org.recstudio.engine.eval.metric;

/**
 * ARP@K (Abdollahpouri et al. 2019): the mean training popularity (distinct users) of the recommended items,
 * averaged over users.
 */
public final class AverageRecommendationPopularity implements UserMetric {

    private final ItemPopularity popularity;

    public AverageRecommendationPopularity(ItemPopularity popularity) {
        this.popularity = popularity;
    }

    @Override public String name() {
        return "arp";
    }

    @Override public double value(RankedList list, int k) {
        int n = list.depth(k);
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += popularity.count(list.items()[r]);
        }
        return sum / n;
    }
}
