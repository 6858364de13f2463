package org.recstudio.engine.retrieval;

import java.util.List;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.ScoredItem;

/**
 * A searchable set of fixed-length float vectors (e.g. item factors) answering top-K queries by a
 * {@link Similarity}: exactly ({@link ExactIndex}) or approximately ({@link HnswIndex}). Immutable and safe for
 * concurrent searches.
 */
public interface VectorIndex {

    /** Number of vectors; their indexes are 0..size-1. */
    int size();

    /** The length of every vector and query. */
    int dimension();

    /** How scores are computed. */
    Similarity similarity();

    /**
     * The {@code k} allowed vectors scoring highest against {@code query}, best first, ties by the lower index.
     * Scores are the exact similarity of each returned vector (an approximate index may miss some of the true
     * top {@code k}, never misreport a score).
     */
    List<ScoredItem> search(float[] query, int k, IntPredicate allowed);
}
