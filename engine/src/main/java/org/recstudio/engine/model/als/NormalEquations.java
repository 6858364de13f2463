package org.recstudio.engine.model.als;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The exact least-squares system of one row of implicit ALS (Hu, Koren &amp; Volinsky 2008, eq. 4):
 * {@code (YᵀY + λI + Yᵀ(Cᵤ − I)Y) x = YᵀCᵤp(u)}, built in double from the shared Gram matrix, the row's λ and a
 * rank-1 update per non-zero entry (applied four at a time, so each row of the matrix is loaded once per four
 * entries), and solved by {@link DenseCholesky}.
 *
 * <p>Reusable scratch for one thread. Only the upper triangle is accumulated (each row's start rounded down to a
 * whole vector; the spill into the lower triangle is never read).
 */
final class NormalEquations {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private final int k;
    private final double[] a;
    private final double[] b;
    private final double[][] y = new double[4][];
    private final double[] w = new double[4];
    private final int[] rowStart;

    NormalEquations(int k) {
        this.k = k;
        this.a = new double[k * k];
        this.b = new double[k];
        for (int q = 0; q < 4; q++) {
            y[q] = new double[k];
        }
        this.rowStart = new int[k];
        for (int j = 0; j < k; j++) {
            rowStart[j] = j / D.length() * D.length();
        }
    }

    /**
     * Sets up the system of the entries {@code [from, to)} of ({@code cols}, signed {@code conf}) against the
     * factor rows of {@code f}, on top of {@code base} = YᵀY plus {@code lambda} on the diagonal.
     */
    void build(double[] base, double lambda, float[] f, int[] cols, float[] conf, int from, int to) {
        System.arraycopy(base, 0, a, 0, a.length);
        for (int j = 0; j < k; j++) {
            a[j * k + j] += lambda;
        }
        Arrays.fill(b, 0);
        int q = 0;
        for (int e = from; e < to; e++) {
            float cs = conf[e];
            double c = Math.abs(cs);
            int off = cols[e] * k;
            double[] yq = y[q];
            for (int j = 0; j < k; j++) {
                yq[j] = f[off + j];
            }
            if (cs > 0) {
                for (int j = 0; j < k; j++) {
                    b[j] = Math.fma(c, yq[j], b[j]);
                }
            }
            if (c != 1) {
                w[q++] = c - 1;
                if (q == 4) {
                    rankFour();
                    q = 0;
                }
            }
        }
        for (int r = 0; r < q; r++) {
            rankOne(y[r], w[r]);
        }
    }

    /** {@code A += Σ_q w_q y_q y_qᵀ} for the four buffered entries, upper triangle. */
    private void rankFour() {
        double[] y0 = y[0];
        double[] y1 = y[1];
        double[] y2 = y[2];
        double[] y3 = y[3];
        for (int j = 0; j < k; j++) {
            int off = j * k;
            DoubleVector s0 = DoubleVector.broadcast(D, w[0] * y0[j]);
            DoubleVector s1 = DoubleVector.broadcast(D, w[1] * y1[j]);
            DoubleVector s2 = DoubleVector.broadcast(D, w[2] * y2[j]);
            DoubleVector s3 = DoubleVector.broadcast(D, w[3] * y3[j]);
            int i = rowStart[j];
            for (int bound = i + D.loopBound(k - i); i < bound; i += D.length()) {
                DoubleVector acc = DoubleVector.fromArray(D, a, off + i);
                acc = DoubleVector.fromArray(D, y0, i).fma(s0, acc);
                acc = DoubleVector.fromArray(D, y1, i).fma(s1, acc);
                acc = DoubleVector.fromArray(D, y2, i).fma(s2, acc);
                acc = DoubleVector.fromArray(D, y3, i).fma(s3, acc);
                acc.intoArray(a, off + i);
            }
            for (; i < k; i++) {
                double v = a[off + i];
                v = Math.fma(w[0] * y0[j], y0[i], v);
                v = Math.fma(w[1] * y1[j], y1[i], v);
                v = Math.fma(w[2] * y2[j], y2[i], v);
                a[off + i] = Math.fma(w[3] * y3[j], y3[i], v);
            }
        }
    }

    /** {@code A += wt · yy yyᵀ}, upper triangle. */
    private void rankOne(double[] yy, double wt) {
        for (int j = 0; j < k; j++) {
            int off = j * k;
            DoubleVector s = DoubleVector.broadcast(D, wt * yy[j]);
            int i = rowStart[j];
            for (int bound = i + D.loopBound(k - i); i < bound; i += D.length()) {
                DoubleVector.fromArray(D, yy, i).fma(s, DoubleVector.fromArray(D, a, off + i)).intoArray(a, off + i);
            }
            for (; i < k; i++) {
                a[off + i] = Math.fma(wt * yy[j], yy[i], a[off + i]);
            }
        }
    }

    /**
     * Factorises the system built last in place; afterwards {@link #solve} answers any right-hand side.
     *
     * @throws IllegalStateException when the matrix is not positive definite (λ = 0 with too few interactions)
     */
    void factor(String what) {
        if (!DenseCholesky.factor(a, k)) {
            throw new IllegalStateException("the normal equations of " + what
                    + " are not positive definite; use regularization > 0");
        }
    }

    /** Replaces {@code rhs} by {@code A⁻¹ rhs}; requires {@link #factor}. */
    void solve(double[] rhs) {
        DenseCholesky.solve(a, k, rhs);
    }

    /** Factorises the system built last, solves it for its right-hand side and writes the answer to {@code out}. */
    void solveInto(float[] out, int off, String what) {
        factor(what);
        solve(b);
        for (int j = 0; j < k; j++) {
            out[off + j] = (float) b[j];
        }
    }
}
