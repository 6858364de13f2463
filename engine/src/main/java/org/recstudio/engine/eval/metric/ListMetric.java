package org.recstudio.engine.eval.metric;

/**
 * A metric of the whole set of recommendation lists (coverage, concentration of exposure), not an average over
 * users. {@code selection} names which lists to use — all of them, or a bootstrap resample with repeats.
 */
public interface ListMetric {

    /** The short name used in result keys, e.g. {@code coverage} in {@code coverage@10}. */
    String name();

    /** The metric over {@code lists[selection[0]], lists[selection[1]], …} cut at {@code k}. */
    double value(int[][] lists, int[] selection, int k);
}
