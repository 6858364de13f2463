package org.recstudio.engine.eval;

/**
 * One metric of one model: the mean over evaluated users with its bootstrap confidence interval and, for models
 * other than the baseline, paired tests against the baseline (raw and Holm–Bonferroni adjusted p-values).
 * p-values are null for the baseline itself and for metrics that are not per-user means (coverage, gini).
 */
public record MetricValue(double value, double ciLow, double ciHigh, Double pTTest, Double pWilcoxon,
                          Double pTTestHolm, Double pWilcoxonHolm) {

    /** A value with its interval and no tests. */
    public static MetricValue of(double value, double low, double high) {
        return new MetricValue(value, low, high, null, null, null, null);
    }

    /** This value with test results attached. */
    public MetricValue withTests(double pT, double pW, double pTHolm, double pWHolm) {
        return new MetricValue(value, ciLow, ciHigh, box(pT), box(pW), box(pTHolm), box(pWHolm));
    }

    private static Double box(double p) {
        return Double.isNaN(p) ? null : p;
    }
}
