package org.recstudio.engine.eval.metric;

/** Recall@K: relevant items among the top K divided by all relevant items (with one held-out item, equal to HR@K). */
public final class Recall implements UserMetric {

    @Override public String name() {
        return "recall";
    }

    @Override public double value(RankedList list, int k) {
        return list.relevant().length == 0 ? 0 : (double) Hits.count(list, k) / list.relevant().length;
    }
}
