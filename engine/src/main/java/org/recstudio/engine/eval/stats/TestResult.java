package org.recstudio.engine.eval.stats;

/**
 * The outcome of one paired significance test.
 *
 * @param statistic the test statistic (t for the t-test, W+ for Wilcoxon)
 * @param pValue    the two-sided p-value
 */
public record TestResult(String method, double statistic, double pValue) {
}
