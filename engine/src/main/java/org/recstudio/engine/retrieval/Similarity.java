package org.recstudio.engine.retrieval;

/** How a {@link VectorIndex} scores a query against a stored vector. */
public enum Similarity {
    /** The raw inner product {@code q · v} (matrix-factorisation scores). */
    INNER_PRODUCT,
    /** The cosine {@code q · v / (|q| |v|)}; zero vectors score 0. */
    COSINE
}
