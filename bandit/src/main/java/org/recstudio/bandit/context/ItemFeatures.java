package org.recstudio.bandit.context;

/** Fixed-length features of an item (content vector, category, age…), written into a slice of a context vector. */
public interface ItemFeatures {

    /** Number of values written. */
    int dimension();

    /** Writes the features of {@code item} as seen at time {@code now} (epoch ms) into {@code out[offset..]}. */
    void write(int item, long now, double[] out, int offset);
}
