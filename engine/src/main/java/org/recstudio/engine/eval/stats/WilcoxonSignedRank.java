package org.recstudio.engine.eval.stats;

import java.util.Arrays;
import smile.math.special.Erf;

/**
 * The two-sided Wilcoxon signed-rank test of paired samples (Wilcoxon 1945). Zero differences are dropped (Wilcoxon's
 * original method), tied |differences| get average ranks. The statistic is W+, the rank sum of positive differences.
 * The p-value is exact (enumerating all 2^n sign patterns by dynamic programming) for up to 50 non-zero
 * differences without ties, otherwise the normal approximation with the tie-corrected variance and no continuity
 * correction — the same choices as SciPy's {@code wilcoxon} defaults.
 */
public final class WilcoxonSignedRank {

    private static final int EXACT_MAX = 50;

    private WilcoxonSignedRank() {
    }

    public static TestResult test(double[] x, double[] y) {
        Paired.check(x, y);
        double[] d = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            double diff = x[i] - y[i];
            if (diff != 0) {
                d[n++] = diff;
            }
        }
        if (n == 0) {
            return new TestResult("wilcoxon signed-rank", 0, 1);
        }
        d = Arrays.copyOf(d, n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        final double[] dd = d;
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(dd[a]), Math.abs(dd[b])));
        double[] rank = new double[n];
        double tieTerm = 0;
        boolean ties = false;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && Math.abs(d[order[j]]) == Math.abs(d[order[i]])) {
                j++;
            }
            double avg = (i + 1 + j) / 2.0;
            for (int t = i; t < j; t++) {
                rank[order[t]] = avg;
            }
            int size = j - i;
            if (size > 1) {
                ties = true;
                tieTerm += (double) size * size * size - size;
            }
            i = j;
        }
        double wPlus = 0;
        for (int t = 0; t < n; t++) {
            if (d[t] > 0) {
                wPlus += rank[t];
            }
        }
        double total = n * (n + 1) / 2.0;
        double p;
        if (n <= EXACT_MAX && !ties) {
            p = exact(n, (int) Math.round(Math.min(wPlus, total - wPlus)));
        } else {
            double mean = total / 2;
            double var = n * (n + 1.0) * (2 * n + 1) / 24 - tieTerm / 48;
            double z = var <= 0 ? 0 : (wPlus - mean) / Math.sqrt(var);
            p = Erf.erfc(Math.abs(z) / Math.sqrt(2));
        }
        return new TestResult("wilcoxon signed-rank", wPlus, Math.min(1, p));
    }

    /** Two-sided exact p-value: 2 · P(W ≤ w) under the null with n untied non-zero differences. */
    static double exact(int n, int w) {
        int max = n * (n + 1) / 2;
        double[] count = new double[max + 1];
        count[0] = 1;
        for (int r = 1; r <= n; r++) {
            for (int s = max; s >= r; s--) {
                count[s] += count[s - r];
            }
        }
        double below = 0;
        for (int s = 0; s <= w; s++) {
            below += count[s];
        }
        return Math.min(1, 2 * below / Math.pow(2, n));
    }
}
