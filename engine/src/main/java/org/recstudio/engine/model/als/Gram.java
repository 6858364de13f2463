package org.recstudio.engine.model.als;

import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.BlockExecutor;
import org.recstudio.engine.retrieval.VectorMath;

/**
 * The Gram matrix {@code FᵀF} of a factor matrix: the "YᵀY trick" of Hu, Koren &amp; Volinsky 2008 (§4), computed
 * once per half-step so that each row only pays for its own non-zero entries.
 *
 * <p>Blocks of 1024 rows are summed in float on the pool and the block sums added in double in block order, so the
 * result does not depend on the number of threads.
 */
final class Gram {

    private static final int BLOCK = 1024;

    private Gram() {
    }

    /** {@code FᵀF} of the {@code rows × k} row-major {@code f}, row-major {@code k × k}, symmetric. */
    static double[] of(float[] f, int rows, int k, BlockExecutor ex, Progress progress) {
        int blocks = BlockExecutor.blockCount(rows, BLOCK);
        float[][] partial = new float[blocks][];
        ex.forEachBlock(rows, BLOCK, progress, (worker, block, from, to) -> {
            float[] g = new float[k * k];
            for (int r = from; r < to; r++) {
                int off = r * k;
                for (int j = 0; j < k; j++) {
                    float v = f[off + j];
                    if (v != 0) {
                        VectorMath.axpy(v, f, off, g, j * k, k);
                    }
                }
            }
            partial[block] = g;
        });
        double[] sum = new double[k * k];
        for (float[] g : partial) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += g[i];
            }
        }
        return sum;
    }

    /** {@code g} as floats. */
    static float[] toFloat(double[] g) {
        float[] out = new float[g.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) g[i];
        }
        return out;
    }
}
