package org.recstudio.engine.eval.stats;

import java.util.Arrays;

/**
 * Holm–Bonferroni step-down adjustment of a family of p-values (Holm 1979): with p sorted ascending, the adjusted
 * p(i) = max over j ≤ i of min(1, (m − j + 1) · p(j)). Rejecting adjusted p &lt; α controls the family-wise error.
 * NaN p-values (tests that could not be run) stay NaN and do not count in m.
 */
public final class HolmBonferroni {

    private HolmBonferroni() {
    }

    /** The adjusted p-values, in the order of {@code p}. */
    public static double[] adjust(double[] p) {
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
            out[order[j]] = running;
        }
        return out;
    }
}
