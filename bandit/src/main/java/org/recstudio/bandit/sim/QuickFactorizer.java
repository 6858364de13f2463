package org.recstudio.bandit.sim;

import java.util.SplittableRandom;
import org.recstudio.bandit.linalg.Cholesky;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.progress.Progress;

/**
 * A small implicit-feedback matrix factorisation (Hu, Koren &amp; Volinsky 2008, alternating least squares with
 * confidence 1 + α·strength) used only to give the simulator a latent model of a workspace's data — its "true"
 * preferences and the content-like features strategies observe. It is not the product's recommender.
 */
public final class QuickFactorizer {

    /**
     * @param rank       latent dimension
     * @param iterations ALS sweeps (users then items)
     * @param lambda     ridge regulariser
     * @param alpha      confidence scale of an interaction's strength
     */
    public record Params(int rank, int iterations, double lambda, double alpha) {
        public Params {
            if (rank < 1 || rank > 128 || iterations < 1) {
                throw new IllegalArgumentException("need 1 <= rank <= 128 and iterations >= 1, got " + rank + " and "
                        + iterations);
            }
            if (!(lambda > 0) || !(alpha >= 0)) {
                throw new IllegalArgumentException("need lambda > 0 and alpha >= 0, got " + lambda + ", " + alpha);
            }
        }

        public static Params defaults() {
            return new Params(8, 8, 0.1, 10.0);
        }
    }

    /** User and item factors, row-major [index][rank]. */
    public record Factors(float[][] users, float[][] items) {
    }

    private QuickFactorizer() {
    }

    /** Factorises the interactions of {@code data}. */
    public static Factors fit(Dataset data, Params p, long seed, Progress progress) {
        int r = p.rank();
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] users = new float[data.userCount()][r];
        float[][] items = new float[data.itemCount()][r];
        for (float[] row : items) {
            for (int k = 0; k < r; k++) {
                row[k] = (float) (0.1 * rng.nextGaussian());
            }
        }
        for (int it = 0; it < p.iterations(); it++) {
            progress.checkCancelled();
            progress.update("Fitting the simulator's latent model", it, p.iterations());
            sweep(data.byUser(), items, users, p, progress);
            sweep(data.byItem(), users, items, p, progress);
        }
        progress.update("Fitting the simulator's latent model", p.iterations(), p.iterations());
        return new Factors(users, items);
    }

    /** Solves every row of {@code out} given the fixed factors {@code fixed} of the other side. */
    private static void sweep(CsrMatrix m, float[][] fixed, float[][] out, Params p, Progress progress) {
        int r = p.rank();
        double[] gram = new double[r * r];
        for (float[] y : fixed) {
            for (int a = 0; a < r; a++) {
                for (int b = 0; b < r; b++) {
                    gram[a * r + b] += y[a] * y[b];
                }
            }
        }
        double[] conf = new double[m.cols()];
        int[] touched = new int[m.cols()];
        double[] a = new double[r * r];
        double[] l = new double[r * r];
        double[] b = new double[r];
        for (int row = 0; row < m.rows(); row++) {
            if ((row & 8191) == 0) {
                progress.checkCancelled();
            }
            int nt = 0;
            for (int k = m.start(row); k < m.end(row); k++) {
                int c = m.col(k);
                if (conf[c] == 0) {
                    touched[nt++] = c;
                }
                conf[c] += p.alpha() * Math.max(m.strength(k), 0f) + 1e-9;
            }
            System.arraycopy(gram, 0, a, 0, r * r);
            java.util.Arrays.fill(b, 0);
            for (int i = 0; i < r; i++) {
                a[i * r + i] += p.lambda();
            }
            for (int t = 0; t < nt; t++) {
                int c = touched[t];
                float[] y = fixed[c];
                double cu = conf[c];
                for (int i = 0; i < r; i++) {
                    b[i] += (1 + cu) * y[i];
                    for (int j = 0; j < r; j++) {
                        a[i * r + j] += cu * y[i] * y[j];
                    }
                }
                conf[c] = 0;
            }
            if (!Cholesky.factor(a, r, l)) {
                throw new IllegalStateException("latent model system of row " + row + " is not positive-definite");
            }
            Cholesky.solve(l, r, b);
            for (int i = 0; i < r; i++) {
                out[row][i] = (float) b[i];
            }
        }
    }
}
