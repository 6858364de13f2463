package org.recstudio.engine.eval.metric;

import java.util.BitSet;

/** Catalog coverage@K: the number of distinct items in the union of the top-K lists divided by the catalog size. */
public final class Coverage implements ListMetric {

    private final int itemCount;

    public Coverage(int itemCount) {
        this.itemCount = itemCount;
    }

    @Override public String name() {
        return "coverage";
    }

    @Override public double value(int[][] lists, int[] selection, int k) {
        if (itemCount == 0) {
            return 0;
        }
        BitSet union = new BitSet(itemCount);
        for (int j : selection) {
            int[] list = lists[j];
            for (int r = 0; r < Math.min(k, list.length); r++) {
                union.set(list[r]);
            }
        }
        return (double) union.cardinality() / itemCount;
    }
}
