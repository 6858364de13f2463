package org.recstudio.engine.model.ease;

import java.util.function.LongSupplier;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.DenseSpd;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Parallel;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.model.UserItemMatrix;
import org.recstudio.engine.progress.Progress;

/**
 * EASE^R: a linear item-item model fitted in closed form — Steck, "Embarrassingly Shallow Autoencoders for
 * Sparse Data" (WWW 2019). With {@code P = (XᵀX + λI)⁻¹}, the weights are {@code B = I - P · diag(1 / diag(P))}
 * (zero diagonal), and a user's scores are {@code x_u · B}.
 *
 * <p>It needs dense item × item matrices, so it refuses catalogues whose matrices do not fit in the heap (about
 * 20 bytes × items², checked before anything is allocated) and names ALS as the alternative.
 */
public final class EaseAlgorithm implements Algorithm<EaseParams> {

    static final String NAME = "ease";
    /** Heap bytes per item-item cell at the peak: Cholesky factor and inverse (doubles) and the weights (floats). */
    static final long BYTES_PER_CELL = 20;

    private final LongSupplier maxHeap;

    /** EASE checked against the JVM's maximum heap. */
    public EaseAlgorithm() {
        this(() -> Runtime.getRuntime().maxMemory());
    }

    /** EASE checked against {@code maxHeap} bytes (tests inject a small heap). */
    public EaseAlgorithm(LongSupplier maxHeap) {
        this.maxHeap = maxHeap;
    }

    @Override public String name() {
        return NAME;
    }

    @Override public Class<EaseParams> paramsType() {
        return EaseParams.class;
    }

    @Override public EaseParams defaults() {
        return EaseParams.defaults();
    }

    @Override public Model fit(Dataset data, EaseParams params, long seed, Progress progress) {
        long start = System.nanoTime();
        int n = data.itemCount();
        DenseSpd.requireHeap("EASE", n, BYTES_PER_CELL, maxHeap.getAsLong());
        UserItemMatrix x = UserItemMatrix.of(data, params.value());
        double[] g = gram(x, params.threads(), progress);
        for (int i = 0; i < n; i++) {
            g[i * n + i] += params.lambda();
        }
        progress.checkCancelled();
        progress.update("Solving EASE", 0, 2);
        double[] p = DenseSpd.factor(g, n).inverse();
        g = null; // the factor is garbage from here: keep the peak at two dense double matrices
        progress.checkCancelled();
        progress.update("Solving EASE", 1, 2);
        float[] b = weights(p, n);
        progress.update("Solving EASE", 2, 2);
        float[] popularity = new float[n];
        for (int k = 0; k < x.nnz(); k++) {
            popularity[x.col(k)]++;
        }
        return new EaseModel(Provenances.of(NAME, params, data, seed, start), x, b, popularity);
    }

    /** The dense Gram matrix {@code XᵀX} of the user × item matrix {@code x}, computed in parallel over items. */
    static double[] gram(UserItemMatrix x, int threads, Progress progress) {
        int n = x.cols();
        UserItemMatrix byItem = x.transpose();
        double[] g = new double[n * n];
        Parallel.forBlocks(n, 64, threads, "Item-item Gram matrix", progress, (from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i * n;
                for (int a = byItem.start(i); a < byItem.end(i); a++) {
                    int u = byItem.col(a);
                    double v = byItem.value(a);
                    for (int b = x.start(u); b < x.end(u); b++) {
                        g[row + x.col(b)] += v * x.value(b);
                    }
                }
            }
        });
        return g;
    }

    /** {@code B = I - P · diag(1 / diag(P))} row-major as floats: {@code B_ij = -P_ij / P_jj}, zero diagonal. */
    static float[] weights(double[] p, int n) {
        float[] b = new float[n * n];
        for (int j = 0; j < n; j++) {
            double pjj = p[j * n + j];
            for (int i = 0; i < n; i++) {
                b[i * n + j] = i == j ? 0f : (float) (-p[i + j * n] / pjj);
            }
        }
        return b;
    }
}
