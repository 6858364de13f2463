package org.recstudio.engine.eval.stats;

/** A point estimate with a confidence interval. */
public record Interval(double value, double low, double high) {
}
