package org.recstudio.engine.model.itemknn;

import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.UserItemMatrix;

/** Hyperparameters of {@link ItemKnnAlgorithm}. */
public record ItemKnnParams(
        @Doc("Neighbours kept per item: the top-N most similar items (>= 1)") int neighbours,
        @Doc("Shrinkage added to the cosine denominator; damps similarities resting on few common users (>= 0)")
        double shrinkage,
        @Doc("Weighting of the interaction matrix before the cosine: NONE, TFIDF or BM25 (items as documents, "
                + "users as terms)") Weighting weighting,
        @Doc("BM25: term-frequency saturation K1 (> 0)") double bm25K1,
        @Doc("BM25: length normalisation B, in [0, 1]") double bm25B,
        @Doc("The value of a (user, item) pair: STRENGTH (summed event weight × value), COUNT or BINARY")
        UserItemMatrix.Value value,
        @Doc("Threads for the similarity computation; 0 uses every core (results do not depend on it)")
        int threads) implements Params {

    /** How the interaction matrix is weighted before the cosine. */
    public enum Weighting { NONE, TFIDF, BM25 }

    public ItemKnnParams {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1, got " + neighbours);
        }
        if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
            throw new IllegalArgumentException("shrinkage must be >= 0 and finite, got " + shrinkage);
        }
        if (weighting == null || value == null) {
            throw new IllegalArgumentException("weighting and value must be set, got " + weighting + ", " + value);
        }
        if (!(bm25K1 > 0) || Double.isInfinite(bm25K1)) {
            throw new IllegalArgumentException("bm25K1 must be > 0 and finite, got " + bm25K1);
        }
        if (!(bm25B >= 0 && bm25B <= 1)) {
            throw new IllegalArgumentException("bm25B must be in [0, 1], got " + bm25B);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = every core), got " + threads);
        }
    }

    /** 100 neighbours, shrinkage 10, no weighting, summed strengths; BM25 K1 100, B 0.8 as in {@code implicit}. */
    public static ItemKnnParams defaults() {
        return new ItemKnnParams(100, 10, Weighting.NONE, 100, 0.8, UserItemMatrix.Value.STRENGTH, 0);
    }
}
