package org.recstudio.engine.model.als;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * In-place Cholesky factorisation {@code A = UᵀU} of a small dense symmetric positive-definite matrix
 * (row-major, upper triangle read) and the two triangular solves, in double with the Vector API.
 *
 * <p>Why not Smile's {@code Matrix.cholesky()} (LAPACK {@code potrf}/{@code potrs} through JavaCPP), which the first
 * version used: ALS solves one 64×64 system per user and item and sweep, from both worker threads at once, and
 * each native call costs 50–90 µs (copying the arrays across JNI; OpenBLAS's own threads competing with ours). On
 * the 2-core machine a 15-sweep CHOLESKY fit of the MovieLens 1M subset took 24× as long as the CG fit with that
 * binding and 4.5× with this class (the CG fit measured alongside each). Here the lane sums also have a fixed
 * order, which keeps the fit bit-identical for any thread count.
 */
final class DenseCholesky {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final int L = D.length();
    private static final VectorShuffle<Double>[] FOLD = folds();

    private DenseCholesky() {
    }

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Double>[] folds() {
        int steps = Integer.numberOfTrailingZeros(L);
        VectorShuffle<Double>[] f = new VectorShuffle[steps];
        for (int j = 0; j < steps; j++) {
            f[j] = VectorShuffle.iota(D, L >> (j + 1), 1, true);
        }
        return f;
    }

    /**
     * Overwrites the upper triangle of {@code a} ({@code k × k}, row-major; only the upper triangle is read) with
     * {@code U}, {@code A = UᵀU}: right-looking, so every inner step is a contiguous axpy on a row.
     *
     * @return false when {@code a} is not (numerically) positive definite
     */
    static boolean factor(double[] a, int k) {
        for (int j = 0; j < k; j++) {
            int rj = j * k;
            double d = a[rj + j];
            if (!(d > 0) || !Double.isFinite(d)) {
                return false;
            }
            double ujj = Math.sqrt(d);
            a[rj + j] = ujj;
            for (int i = j + 1; i < k; i++) {
                a[rj + i] /= ujj;
            }
            for (int p = j + 1; p < k; p++) {
                axpy(-a[rj + p], a, rj + p, a, p * k + p, k - p);
            }
        }
        return true;
    }

    /** Solves {@code UᵀUx = b} in place ({@code b} becomes {@code x}) with the factor from {@link #factor}. */
    static void solve(double[] u, int k, double[] b) {
        for (int i = 0; i < k; i++) { // Uᵀ z = b, column by column: row i of U is column i of Uᵀ
            double zi = b[i] / u[i * k + i];
            b[i] = zi;
            axpy(-zi, u, i * k + i + 1, b, i + 1, k - i - 1);
        }
        for (int i = k - 1; i >= 0; i--) { // U x = z
            b[i] = (b[i] - dot(u, i * k + i + 1, b, i + 1, k - i - 1)) / u[i * k + i];
        }
    }

    /** {@code a[ao..ao+n) · b[bo..bo+n)}, lanes summed in a fixed order. */
    static double dot(double[] a, int ao, double[] b, int bo, int n) {
        int i = 0;
        double s = 0;
        if (n >= L) {
            DoubleVector acc0 = DoubleVector.zero(D);
            DoubleVector acc1 = DoubleVector.zero(D);
            for (; i <= n - 2 * L; i += 2 * L) {
                acc0 = DoubleVector.fromArray(D, a, ao + i).fma(DoubleVector.fromArray(D, b, bo + i), acc0);
                acc1 = DoubleVector.fromArray(D, a, ao + i + L).fma(DoubleVector.fromArray(D, b, bo + i + L), acc1);
            }
            if (i <= n - L) {
                acc0 = DoubleVector.fromArray(D, a, ao + i).fma(DoubleVector.fromArray(D, b, bo + i), acc0);
                i += L;
            }
            DoubleVector v = acc0.add(acc1);
            for (VectorShuffle<Double> f : FOLD) {
                v = v.add(v.rearrange(f));
            }
            s = v.lane(0);
        }
        for (; i < n; i++) {
            s = Math.fma(a[ao + i], b[bo + i], s);
        }
        return s;
    }

    /** {@code y[yo..yo+n) += alpha · x[xo..xo+n)}. */
    private static void axpy(double alpha, double[] x, int xo, double[] y, int yo, int n) {
        DoubleVector va = DoubleVector.broadcast(D, alpha);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += L) {
            DoubleVector.fromArray(D, x, xo + i).fma(va, DoubleVector.fromArray(D, y, yo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Math.fma(alpha, x[xo + i], y[yo + i]);
        }
    }
}
