package org.recstudio.engine.retrieval;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;

/**
 * Exact top-K by inner product over the rows of a row-major float matrix: Vector API scoring
 * ({@link VectorMath#scoreRows}) in cache-sized tiles and partial selection with a bounded heap — O(n·d + n log k),
 * no sort of all scores. Ties are broken by the lower row index; NaN and negative infinity are never returned.
 *
 * <p>A {@code Searcher} holds per-thread scratch space; {@link #topKForAll} scores a whole batch of queries (all
 * users of a model) on a fixed pool with deterministic blocks.
 */
public final class ExactTopK {

    /** Rows scored per tile before selection: 1024 floats of scratch stay in L1. */
    static final int TILE = 1024;

    private ExactTopK() {
    }

    /** The top {@code k} allowed rows of {@code vectors} (rows of length {@code dim}) by {@code query · row}. */
    public static List<ScoredItem> search(float[] query, float[] vectors, int dim, int k, IntPredicate allowed) {
        return new Searcher(vectors, dim, k).search(query, 0, allowed).drainItems();
    }

    /**
     * The top {@code k} allowed rows for each of the {@code queries.length / dim} queries (row-major), computed on
     * {@code threads} workers.
     *
     * @param allowedFor the filter of each query, by query index (e.g. "not seen in training" per user)
     * @return for each query the row indexes, best first
     */
    public static int[][] topKForAll(float[] queries, float[] vectors, int dim, int k,
                                     IntFunction<IntPredicate> allowedFor, int threads, Progress progress) {
        checkShape(queries, dim, "queries");
        int nq = queries.length / dim;
        int[][] out = new int[nq][];
        try (BlockExecutor ex = new BlockExecutor(threads)) {
            Searcher[] searchers = new Searcher[ex.threads()];
            for (int w = 0; w < searchers.length; w++) {
                searchers[w] = new Searcher(vectors, dim, k);
            }
            ex.forEachBlock(nq, 64, progress, (worker, block, from, to) -> {
                Searcher s = searchers[worker];
                for (int q = from; q < to; q++) {
                    out[q] = s.search(queries, q * dim, allowedFor.apply(q)).drainIndexes();
                }
            });
        }
        return out;
    }

    private static void checkShape(float[] m, int dim, String what) {
        if (dim < 1 || m.length % dim != 0) {
            throw new IllegalArgumentException(what + " length " + m.length + " is not a multiple of dim " + dim);
        }
    }

    /** Reusable scratch for one thread searching one matrix. */
    public static final class Searcher {

        private final float[] vectors;
        private final int dim;
        private final int rows;
        private final float[] query;
        private final float[] tile = new float[TILE];
        private final TopKHeap heap;

        /** A searcher over {@code vectors} (rows of length {@code dim}) returning {@code k} rows per query. */
        public Searcher(float[] vectors, int dim, int k) {
            checkShape(vectors, dim, "vectors");
            this.vectors = vectors;
            this.dim = dim;
            this.rows = vectors.length / dim;
            this.query = new float[dim];
            if (k < 0) {
                throw new IllegalArgumentException("k must be >= 0, got " + k);
            }
            this.heap = new TopKHeap(Math.min(k, rows));
        }

        /**
         * Scores the query at {@code queries[offset..offset+dim)} against every row and leaves the top k in the
         * returned heap (drain it before the next search).
         */
        public TopKHeap search(float[] queries, int offset, IntPredicate allowed) {
            System.arraycopy(queries, offset, query, 0, dim);
            heap.clear();
            for (int from = 0; from < rows; from += TILE) {
                int to = Math.min(rows, from + TILE);
                VectorMath.scoreRows(query, vectors, dim, from, to, tile);
                for (int r = from; r < to; r++) {
                    float s = tile[r - from];
                    if (heap.wouldAccept(s, r) && allowed.test(r)) {
                        heap.offer(s, r);
                    }
                }
            }
            return heap;
        }
    }
}
