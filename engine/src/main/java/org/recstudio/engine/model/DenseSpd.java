package org.recstudio.engine.model;

import org.bytedeco.openblas.global.openblas;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * The Cholesky factor of a dense symmetric positive-definite matrix (LAPACK {@code potrf}/{@code potrs} through
 * Smile, {@code potri} through the OpenBLAS binding Smile loads), for the closed-form linear models (EASE, SLIST): inverse and in-place solves.
 *
 * <p>Matrices are {@code double[]} in column-major order; a symmetric matrix reads the same either way.
 */
public final class DenseSpd {

    private final int n;
    private final Matrix.Cholesky cholesky;
    /** The lower Cholesky factor, column-major (the caller's array, overwritten by {@link #factor}). */
    private final double[] lower;

    private DenseSpd(int n, Matrix.Cholesky cholesky, double[] lower) {
        this.n = n;
        this.cholesky = cholesky;
        this.lower = lower;
    }

    /**
     * Factors the {@code n × n} symmetric matrix {@code a}, overwriting it with the factor.
     *
     * @throws IllegalArgumentException if it is not positive definite (the message suggests a larger
     *                                  regularisation)
     */
    public static DenseSpd factor(double[] a, int n) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix has " + a.length + " cells, expected " + n + " × " + n);
        }
        if (n == 0) {
            return new DenseSpd(0, null, a);
        }
        Matrix m = new Matrix(n, n, n, a);
        m.uplo(UPLO.LOWER);
        try {
            return new DenseSpd(n, m.cholesky(true), a);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The regularised item-item matrix is not positive definite ("
                    + e.getMessage() + "); increase the regularisation lambda", e);
        }
    }

    /**
     * The inverse, as a new column-major array: LAPACK {@code potri} from the factor (about n³/3 multiply-adds
     * after the factorisation, a third of solving against the identity), then the upper triangle mirrored.
     */
    public double[] inverse() {
        double[] inv = lower.clone();
        if (n == 0) {
            return inv;
        }
        int info = openblas.LAPACKE_dpotri(openblas.LAPACK_COL_MAJOR, (byte) 'L', n, inv, n);
        if (info != 0) {
            throw new ArithmeticException("LAPACK potri failed with info " + info + " on a " + n + " × " + n
                    + " factor");
        }
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                inv[i * n + j] = inv[j * n + i]; // (j, i) above the diagonal := (i, j) below it
            }
        }
        return inv;
    }

    /** Replaces the {@code n × cols} column-major right-hand side {@code b} with the solution {@code A⁻¹ b}. */
    public void solveInPlace(double[] b, int cols) {
        if (b.length != (long) n * cols) {
            throw new IllegalArgumentException("right-hand side has " + b.length + " cells, expected " + n + " × "
                    + cols);
        }
        if (n > 0 && cols > 0) {
            cholesky.solve(new Matrix(n, cols, n, b));
        }
    }

    /**
     * Throws unless {@code bytesPerCell × items²} bytes fit in {@code maxHeap}: the dense item × item matrices of a
     * closed-form model. The message names the item count, the memory needed and ALS as the alternative.
     */
    public static void requireHeap(String algorithm, int items, long bytesPerCell, long maxHeap) {
        requireHeap(algorithm, items, bytesPerCell, maxHeap, "");
    }

    /**
     * As {@link #requireHeap(String, int, long, long)}, naming {@code alternative} (e.g. {@code "the TRANSITIONS
     * method (--param method=TRANSITIONS)"}) before ALS and item-kNN; blank names none.
     */
    public static void requireHeap(String algorithm, int items, long bytesPerCell, long maxHeap, String alternative) {
        long needed = bytesPerCell * items * (long) items;
        if ((long) items * items > Integer.MAX_VALUE - 8L || needed > maxHeap) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s solves with dense %,d × %,d item matrices: that needs about %s of heap, but the maximum heap "
                            + "is %s. Use %sALS (--algorithm als) or item-kNN (--algorithm itemknn) for a catalogue "
                            + "this large, drop rarely used items, or raise the heap (-Xmx).",
                    algorithm, items, items, bytes(needed), bytes(maxHeap),
                    alternative.isBlank() ? "" : alternative + ", "));
        }
    }

    private static String bytes(long b) {
        return b >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GB", b / (double) (1L << 30))
                : String.format(java.util.Locale.ROOT, "%.0f MB", b / (double) (1L << 20));
    }
}
