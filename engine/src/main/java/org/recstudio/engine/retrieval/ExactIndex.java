package org.recstudio.engine.retrieval;

import java.util.List;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.ScoredItem;

/** A {@link VectorIndex} that scores every vector: the exact reference, fast up to a few hundred thousand rows. */
public final class ExactIndex implements VectorIndex {

    private final float[] vectors;
    private final int dim;
    private final Similarity similarity;

    /**
     * An index over the rows of {@code vectors} (row-major, rows of length {@code dim}); for {@link
     * Similarity#COSINE} the rows are copied and normalised, otherwise the array is shared (do not modify it).
     */
    public ExactIndex(float[] vectors, int dim, Similarity similarity) {
        if (dim < 1 || vectors.length % dim != 0) {
            throw new IllegalArgumentException("vectors length " + vectors.length + " is not a multiple of dim " + dim);
        }
        this.dim = dim;
        this.similarity = similarity;
        this.vectors = similarity == Similarity.COSINE ? normalizedRows(vectors, dim) : vectors;
    }

    /** A copy of {@code m} with every non-zero row scaled to unit length. */
    static float[] normalizedRows(float[] m, int dim) {
        float[] out = m.clone();
        for (int off = 0; off < out.length; off += dim) {
            float norm = (float) Math.sqrt(VectorMath.squaredNorm(out, off, dim));
            if (norm > 0) {
                for (int j = 0; j < dim; j++) {
                    out[off + j] /= norm;
                }
            }
        }
        return out;
    }

    @Override public int size() {
        return vectors.length / dim;
    }

    @Override public int dimension() {
        return dim;
    }

    @Override public Similarity similarity() {
        return similarity;
    }

    @Override public List<ScoredItem> search(float[] query, int k, IntPredicate allowed) {
        if (query.length != dim) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, index has " + dim);
        }
        float[] q = similarity == Similarity.COSINE ? normalizedRows(query, dim) : query;
        return ExactTopK.search(q, vectors, dim, k, allowed);
    }
}
