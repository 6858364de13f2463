package org.recstudio.bandit.context;

/** Fixed-length features of a user (attributes, latent factors…), written into a slice of a context vector. */
public interface UserFeatures {

    /** Number of values written. */
    int dimension();

    /** Writes the features of {@code user} into {@code out[offset .. offset + dimension())}. */
    void write(int user, double[] out, int offset);
}
