package org.recstudio.engine.retrieval;

/**
 * Parameters of an {@link HnswIndex} (Malkov &amp; Yashunin 2018).
 *
 * @param m              the maximum number of neighbours per node on upper layers (2·m on the bottom layer)
 * @param efConstruction the beam width while inserting nodes: larger builds slower and links better
 * @param efSearch       the number of candidates kept while searching (at least {@code k}): larger is slower
 *                       and more accurate
 * @param innerProduct   how an {@link Similarity#INNER_PRODUCT} index builds its graph (see {@link HnswIndex})
 */
public record HnswParams(int m, int efConstruction, int efSearch, InnerProductGraph innerProduct) {

    /** The graph behind an inner-product index. */
    public enum InnerProductGraph {
        /**
         * Nearest neighbours of the rows mapped onto a sphere with one extra coordinate (Bachrach et al. 2014):
         * recall@10 0.95 at efSearch 50 on MovieLens ALS factors, but 0.03 on a synthetic factor-like set.
         */
        EUCLIDEAN_TRANSFORM,
        /**
         * A graph linked by raw inner products (Lucene's {@code MAXIMUM_INNER_PRODUCT}; Morozov &amp; Babenko
         * 2018): 0.71 on the same ALS factors, 0.99 on the synthetic set.
         */
        DIRECT,
        /** Both graphs, searched one after the other, candidates merged: twice the cost, never the bad one. */
        BOTH
    }

    public HnswParams {
        if (m < 2 || m > 512) {
            throw new IllegalArgumentException("m must be in [2, 512], got " + m);
        }
        if (efConstruction < 1 || efConstruction > 10_000) {
            throw new IllegalArgumentException("efConstruction must be in [1, 10000], got " + efConstruction);
        }
        if (efSearch < 1 || efSearch > 10_000) {
            throw new IllegalArgumentException("efSearch must be in [1, 10000], got " + efSearch);
        }
        if (innerProduct == null) {
            throw new IllegalArgumentException("innerProduct must be EUCLIDEAN_TRANSFORM, DIRECT or BOTH, got null");
        }
    }

    /** m 16, efConstruction 100 (Lucene's defaults), efSearch 100, {@link InnerProductGraph#BOTH}. */
    public static HnswParams defaults() {
        return new HnswParams(16, 100, 100, InnerProductGraph.BOTH);
    }

    /** These params with another {@code efSearch}. */
    public HnswParams withEfSearch(int ef) {
        return new HnswParams(m, efConstruction, ef, innerProduct);
    }

    /** These params with another inner-product graph. */
    public HnswParams with(InnerProductGraph graph) {
        return new HnswParams(m, efConstruction, efSearch, graph);
    }
}
