package org.recstudio.engine.eval.metric;

/** Counting relevant items in the top K. */
final class Hits {

    private Hits() {
    }

    static int count(RankedList list, int k) {
        int hits = 0;
        for (int r = 0; r < list.depth(k); r++) {
            if (list.isRelevant(list.items()[r])) {
                hits++;
            }
        }
        return hits;
    }

    /** The 0-based rank of the first relevant item within the top K, or -1. */
    static int firstRank(RankedList list, int k) {
        for (int r = 0; r < list.depth(k); r++) {
            if (list.isRelevant(list.items()[r])) {
                return r;
            }
        }
        return -1;
    }
}
