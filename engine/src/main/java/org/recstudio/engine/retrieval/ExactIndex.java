package org.recstudio.engine.retrieval;

import java.util.List;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.ScoredItem;

/** A {@link VectorIndex} that scores every vector: the exact reference, fast up to a few hundred thousand rows. */
public final class ExactIndex implements VectorIndex {

    private final int dim;
    private final Similarity similarity;
    private final PanelMatrix panels;

    /**
     * An index over the rows of {@code vectors} (row-major, rows of length {@code dim}), kept in
     * {@link PanelMatrix panel layout}; for {@link Similarity#COSINE} the rows are normalised first. The array is
     * copied. A score equals {@link VectorMath#sequentialDot} of the (normalised) query and row.
     */
    public ExactIndex(float[] vectors, int dim, Similarity similarity) {
        if (dim < 1 || vectors.length % dim != 0) {
            throw new IllegalArgumentException("vectors length " + vectors.length + " is not a multiple of dim " + dim);
        }
        this.dim = dim;
        this.similarity = similarity;
        this.panels = PanelMatrix.of(similarity == Similarity.COSINE ? normalizedRows(vectors, dim) : vectors, dim);
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
        return panels.rows();
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
        return new ExactTopK.Searcher(panels, k).search(q, 0, allowed).drainItems();
    }
}
