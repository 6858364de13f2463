package org.recstudio.engine.eval.metric;

/** Reciprocal rank RR@K, averaged over users into MRR@K: 1/(r+1) for the first relevant 0-based rank r &lt; K, else 0. */
public final class ReciprocalRank implements UserMetric {

    @Override public String name() {
        return "mrr";
    }

    @Override public double value(RankedList list, int k) {
        int r = Hits.firstRank(list, k);
        return r < 0 ? 0 : 1.0 / (r + 1);
    }
}
