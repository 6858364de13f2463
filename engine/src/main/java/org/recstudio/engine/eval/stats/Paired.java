package org.recstudio.engine.eval.stats;

/** Argument checks shared by the paired tests. */
final class Paired {

    private Paired() {
    }

    static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples must have equal sizes, got " + x.length + " and "
                    + y.length);
        }
    }
}
