package org.recstudio.engine.model.content;

import java.util.Arrays;

/** A growable sparse vector under construction: parts are normalised and weighted, then the whole is normalised. */
final class SparseRow {

    private int[] features = new int[16];
    private double[] values = new double[16];
    private int size;

    int size() {
        return size;
    }

    void add(int feature, double value) {
        if (size == features.length) {
            features = Arrays.copyOf(features, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        features[size] = feature;
        values[size++] = value;
    }

    /** Scales entries {@code [from, size)} to unit length times {@code √weight} (no-op when they are all zero). */
    void closePart(int from, double weight) {
        scale(from, Math.sqrt(weight));
    }

    /** Scales the whole row to unit length and sorts it by feature. */
    void normaliseAndSort() {
        scale(0, 1.0);
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(features[a], features[b]));
        int[] f = new int[size];
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            f[k] = features[order[k]];
            v[k] = values[order[k]];
        }
        features = f;
        values = v;
    }

    int[] features() {
        return Arrays.copyOf(features, size);
    }

    float[] values() {
        float[] out = new float[size];
        for (int k = 0; k < size; k++) {
            out[k] = (float) values[k];
        }
        return out;
    }

    private void scale(int from, double length) {
        double sq = 0;
        for (int k = from; k < size; k++) {
            sq += values[k] * values[k];
        }
        if (sq == 0) {
            return;
        }
        double s = length / Math.sqrt(sq);
        for (int k = from; k < size; k++) {
            values[k] *= s;
        }
    }
}
