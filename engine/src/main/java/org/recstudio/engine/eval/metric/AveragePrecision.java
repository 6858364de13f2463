package org.recstudio.engine.eval.metric;

/**
 * Average precision AP@K, averaged over users into MAP@K: the sum of precision@(r+1) at every relevant 0-based
 * rank r &lt; K, divided by min(|relevant|, K).
 */
public final class AveragePrecision implements UserMetric {

    @Override public String name() {
        return "map";
    }

    @Override public double value(RankedList list, int k) {
        int hits = 0;
        double sum = 0;
        for (int r = 0; r < list.depth(k); r++) {
            if (list.isRelevant(list.items()[r])) {
                hits++;
                sum += (double) hits / (r + 1);
            }
        }
        int norm = Math.min(list.relevant().length, k);
        return norm == 0 ? 0 : sum / norm;
    }
}
