package org.recstudio.engine.eval.metric;

/** Precision@K: relevant items among the top K, divided by K (a list shorter than K counts its missing slots as misses). */
public final class Precision implements UserMetric {

    @Override public String name() {
        return "precision";
    }

    @Override public double value(RankedList list, int k) {
        return (double) Hits.count(list, k) / k;
    }
}
