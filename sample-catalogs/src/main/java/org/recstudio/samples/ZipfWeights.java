package org.recstudio.samples;

/**
 * Zipf-Mandelbrot popularity weights {@code 1 / (rank + offset)^exponent}, the long tail of who gets attention.
 */
final class ZipfWeights {

    private ZipfWeights() {
    }

    /** The weight of a 0-based popularity rank. */
    static double weight(int rank, double exponent, double offset) {
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be >= 0, got " + rank);
        }
        return 1.0 / StrictMath.pow(rank + 1.0 + offset, exponent);
    }

    /** The weights of ranks {@code 0..count-1}. */
    static double[] weights(int count, double exponent, double offset) {
        double[] w = new double[count];
        for (int r = 0; r < count; r++) {
            w[r] = weight(r, exponent, offset);
        }
        return w;
    }

    /** Weights per index given each index's 0-based rank. */
    static double[] byRank(int[] rankOfIndex, double exponent, double offset) {
        double[] w = new double[rankOfIndex.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weight(rankOfIndex[i], exponent, offset);
        }
        return w;
    }
}
