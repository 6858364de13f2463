package org.recstudio.bandit.context;

/** Fixed-length features of a request (time of day, device…), written into a slice of a context vector. */
public interface RequestFeatures {

    /** Number of values written. */
    int dimension();

    /** Writes the features of {@code request} into {@code out[offset .. offset + dimension())}. */
    void write(RequestContext request, double[] out, int offset);
}
