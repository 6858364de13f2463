package org.recstudio.engine.retrieval;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;

/**
 * Exact top-K by inner product over the rows of a float matrix: Vector API scoring over the matrix's
 * {@link PanelMatrix panel layout} in cache-sized tiles and partial selection with a bounded heap — O(n·d + n log k),
 * no sort of all scores. Every score equals {@link VectorMath#sequentialDot} of the query and the row, so results
 * are bit-identical on every machine. Ties are broken by the lower row index; NaN and negative infinity are never
 * returned.
 *
 * <p>A {@code Searcher} holds per-thread scratch space; {@link #topKForAll} scores a whole batch of queries (all
 * users of a model) on a fixed pool with deterministic blocks.
 */
public final class ExactTopK {

    /** Rows scored per tile before selection (a multiple of every panel width): the scratch stays in L1. */
    static final int TILE = 1024;

    private ExactTopK() {
    }

    /** The top {@code k} allowed rows of {@code vectors} (rows of length {@code dim}) by {@code query · row}. */
    public static List<ScoredItem> search(float[] query, float[] vectors, int dim, int k, IntPredicate allowed) {
        return new Searcher(PanelMatrix.of(vectors, dim), k).search(query, 0, allowed).drainItems();
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
        PanelMatrix panels = PanelMatrix.of(vectors, dim);
        try (BlockExecutor ex = new BlockExecutor(threads)) {
            Searcher[] searchers = new Searcher[ex.threads()];
            for (int w = 0; w < searchers.length; w++) {
                searchers[w] = new Searcher(panels, k);
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

        private final PanelMatrix panels;
        private final int dim;
        private final int rows;
        private final float[] query;
        private final float[] tile = new float[TILE];
        private final TopKHeap heap;
        private final TopKHeap lower;
        private final int[] candidates;
        private int lastCandidates;

        /** A searcher over {@code vectors} (row-major, rows of length {@code dim}; copied into panels). */
        public Searcher(float[] vectors, int dim, int k) {
            this(PanelMatrix.of(vectors, dim), k);
        }

        /** A searcher over {@code panels} returning {@code k} rows per query; the panels may be shared. */
        public Searcher(PanelMatrix panels, int k) {
            if (k < 0) {
                throw new IllegalArgumentException("k must be >= 0, got " + k);
            }
            this.panels = panels;
            this.dim = panels.dim();
            this.rows = panels.rows();
            this.query = new float[dim];
            this.heap = new TopKHeap(Math.min(k, rows));
            this.lower = new TopKHeap(Math.min(k, rows));
            this.candidates = new int[rows];
        }

        /**
         * Scores the query at {@code queries[offset..offset+dim)} against every row and leaves the top k in the
         * returned heap (drain it before the next search).
         *
         * <p>Two passes, exact in the end: the quarter-size byte copy gives every row an interval that holds its
         * exact score; a heap of lower bounds of allowed rows yields a threshold, and only rows whose upper bound
         * reaches it (a handful, or every row if all scores tie) are rescored exactly. A row left out has an exact
         * score below k allowed rows' exact scores, so it could not be in the top k under any tie rule.
         */
        public TopKHeap search(float[] queries, int offset, IntPredicate allowed) {
            System.arraycopy(queries, offset, query, 0, dim);
            heap.clear();
            if (heap.capacity() == 0) {
                return heap;
            }
            float qMax = 0f;
            for (int d = 0; d < dim; d++) {
                qMax = Math.max(qMax, Math.abs(query[d]));
            }
            if (!Float.isFinite(qMax) || qMax == 0f) {
                // no bound holds for a non-finite query; a zero query ties every row, so no row could be pruned
                return exhaustive(allowed);
            }
            float absolute = panels.absoluteSlack();
            int width = PanelMatrix.panelRows();
            lower.clear();
            int count = 0;
            for (int from = 0; from < rows; from += TILE) {
                int to = Math.min(rows, from + TILE);
                panels.approximateScore(query, from, to, tile);
                float floor = lower.floor();
                for (int at = 0; at < to - from; at += width) {
                    int lanes = panels.reaching(tile, at, from + at, qMax, absolute, floor);
                    while (lanes != 0) {
                        int r = from + at + Integer.numberOfTrailingZeros(lanes);
                        lanes &= lanes - 1;
                        if (r >= to || !allowed.test(r)) {
                            continue;
                        }
                        candidates[count++] = r;
                        float low = tile[r - from] - (qMax * panels.slack(r) + absolute);
                        // a non-finite approximation (overflow) bounds nothing: such a row is only a candidate
                        if (Float.isFinite(low) && lower.wouldAccept(low, r)) {
                            lower.offer(low, r);
                            floor = lower.floor();
                        }
                    }
                }
            }
            for (int c = 0; c < count; c++) {
                int r = candidates[c];
                float s = panels.score(query, r);
                if (heap.wouldAccept(s, r)) {
                    heap.offer(s, r);
                }
            }
            lastCandidates = count;
            return heap;
        }

        /** The number of rows the last {@link #search} scored exactly (for benchmarks). */
        public int lastCandidates() {
            return lastCandidates;
        }

        /** Every row scored exactly: for non-finite or all-zero queries, where the first pass cannot prune. */
        private TopKHeap exhaustive(IntPredicate allowed) {
            for (int from = 0; from < rows; from += TILE) {
                int to = Math.min(rows, from + TILE);
                panels.score(query, from, to, tile);
                for (int r = from; r < to; r++) {
                    float s = tile[r - from];
                    if (heap.wouldAccept(s, r) && allowed.test(r)) {
                        heap.offer(s, r);
                    }
                }
            }
            lastCandidates = rows;
            return heap;
        }
    }
}
