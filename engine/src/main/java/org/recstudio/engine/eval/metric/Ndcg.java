package org.recstudio.engine.eval.metric;

/**
 * NDCG@K with binary gain (Järvelin & Kekäläinen 2002): DCG = Σ over relevant items at 0-based rank r &lt; K of
 * 1/log2(r+2), divided by the ideal DCG of min(|relevant|, K) relevant items at the top.
 */
public final class Ndcg implements UserMetric {

    @Override public String name() {
        return "ndcg";
    }

    @Override public double value(RankedList list, int k) {
        double dcg = 0;
        for (int r = 0; r < list.depth(k); r++) {
            if (list.isRelevant(list.items()[r])) {
                dcg += discount(r);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(list.relevant().length, k); r++) {
            ideal += discount(r);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** 1 / log2(rank + 2) for a 0-based rank. */
    static double discount(int rank) {
        return Math.log(2) / Math.log(rank + 2);
    }
}
