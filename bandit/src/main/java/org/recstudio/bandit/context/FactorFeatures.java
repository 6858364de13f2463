package org.recstudio.bandit.context;

/**
 * Dense vectors by index — ALS user or item factors, content embeddings — as features. An index without a
 * vector (beyond the array, or a null row: a new user or item) gets zeros.
 */
public final class FactorFeatures implements UserFeatures, ItemFeatures {

    private final float[][] vectors;
    private final int dimension;
    private final double scale;

    /** Features from {@code vectors} (rows of equal length, null rows allowed), multiplied by {@code scale}. */
    public FactorFeatures(float[][] vectors, int dimension, double scale) {
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] != null && vectors[i].length != dimension) {
                throw new IllegalArgumentException("vector " + i + " has length " + vectors[i].length
                        + ", expected " + dimension);
            }
        }
        this.vectors = vectors;
        this.dimension = dimension;
        this.scale = scale;
    }

    @Override public int dimension() {
        return dimension;
    }

    private void fill(int index, double[] out, int offset) {
        float[] v = index >= 0 && index < vectors.length ? vectors[index] : null;
        for (int i = 0; i < dimension; i++) {
            out[offset + i] = v == null ? 0.0 : scale * v[i];
        }
    }

    @Override public void write(int user, double[] out, int offset) {
        fill(user, out, offset);
    }

    @Override public void write(int item, long now, double[] out, int offset) {
        fill(item, out, offset);
    }
}
