package org.recstudio.engine.eval.metric;

/** Hit rate HR@K: 1 when at least one relevant item is in the top K, else 0. */
public final class HitRate implements UserMetric {

    @Override public String name() {
        return "hr";
    }

    @Override public double value(RankedList list, int k) {
        return Hits.firstRank(list, k) >= 0 ? 1 : 0;
    }
}
