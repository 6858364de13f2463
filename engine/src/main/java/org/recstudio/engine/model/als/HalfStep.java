package org.recstudio.engine.model.als;

import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.BlockExecutor;
import org.recstudio.engine.retrieval.VectorMath;

/**
 * One half of an ALS sweep: recomputes every row factor of one side (users or items) from the fixed factors of
 * the other, in parallel over fixed blocks of rows. Each row's result depends only on the fixed side and its
 * own entries, so the outcome is the same for any number of threads.
 */
final class HalfStep {

    /** Rows per block: small enough to balance two to sixteen workers, large enough to amortise scheduling. */
    static final int BLOCK = 128;

    private HalfStep() {
    }

    /**
     * Solves every row of {@code m} (rows = the side being solved) against {@code fixed}, updating {@code target}
     * in place (its current values warm-start CG).
     *
     * @param solvers one per worker of {@code ex}
     * @param loss    whether to return the training loss (unnormalised) after the step; NaN otherwise
     */
    static double run(ImplicitMatrix m, float[] fixed, float[] target, AlsParams params, BlockExecutor ex,
                      RowSolver[] solvers, Progress progress, boolean loss) {
        int k = params.factors();
        double[] gram = Gram.of(fixed, m.cols, k, ex, progress);
        float[] gramF = Gram.toFloat(gram);
        double[] partial = new double[BlockExecutor.blockCount(m.rows, BLOCK)];
        ex.forEachBlock(m.rows, BLOCK, progress, (worker, block, from, to) -> {
            RowSolver s = solvers[worker];
            double sum = 0;
            for (int row = from; row < to; row++) {
                s.solve(m, row, fixed, target, gram, gramF, params);
                if (loss) {
                    sum += s.loss(m, row, fixed, target, gramF, params);
                }
            }
            partial[block] = sum;
        });
        if (!loss) {
            return Double.NaN;
        }
        double total = 0;
        for (double v : partial) {
            total += v;
        }
        int[] positives = m.columnPositives();
        for (int i = 0; i < m.cols; i++) {
            total += params.lambdaFor(positives[i]) * VectorMath.squaredNorm(fixed, i * k, k);
        }
        return total;
    }
}
