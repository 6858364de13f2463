package org.recstudio.engine.retrieval;

/**
 * Parameters of an {@link HnswIndex} (Malkov &amp; Yashunin 2018).
 *
 * @param m              the maximum number of neighbours per node on upper layers (2·m on the bottom layer)
 * @param efConstruction the beam width while inserting nodes: larger builds slower and links better
 * @param efSearch       the number of candidates kept while searching (at least {@code k}): larger is slower
 *                       and more accurate
 */
public record HnswParams(int m, int efConstruction, int efSearch) {

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
    }

    /** m 16, efConstruction 100, efSearch 100 (Lucene's defaults for the first two). */
    public static HnswParams defaults() {
        return new HnswParams(16, 100, 100);
    }

    /** These params with another {@code efSearch}. */
    public HnswParams withEfSearch(int ef) {
        return new HnswParams(m, efConstruction, ef);
    }
}
