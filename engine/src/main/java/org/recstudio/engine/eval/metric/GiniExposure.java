package org.recstudio.engine.eval.metric;

import java.util.Arrays;

/**
 * The Gini index of item exposure in the top-K lists, over the whole catalog (items never recommended have zero
 * exposure): 0 when every item is recommended equally often, towards 1 when a few items take all slots. With
 * exposures x sorted ascending and 1-based ranks i: G = Σ (2i − n − 1) x_i / (n Σ x).
 */
public final class GiniExposure implements ListMetric {

    private final int itemCount;

    public GiniExposure(int itemCount) {
        this.itemCount = itemCount;
    }

    @Override public String name() {
        return "gini";
    }

    @Override public double value(int[][] lists, int[] selection, int k) {
        long[] exposure = new long[itemCount];
        long total = 0;
        for (int j : selection) {
            int[] list = lists[j];
            for (int r = 0; r < Math.min(k, list.length); r++) {
                exposure[list[r]]++;
                total++;
            }
        }
        if (total == 0 || itemCount == 0) {
            return 0;
        }
        Arrays.sort(exposure);
        double sum = 0;
        int n = itemCount;
        for (int i = 0; i < n; i++) {
            sum += (2.0 * (i + 1) - n - 1) * exposure[i];
        }
        return sum / ((double) n * total);
    }
}
