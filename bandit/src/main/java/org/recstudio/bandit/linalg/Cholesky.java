package org.recstudio.bandit.linalg;

/**
 * Cholesky factorisation A = L Lᵀ of a symmetric positive-definite matrix (row-major, lower-triangular L), and
 * the solves and inverse built on it (Golub &amp; Van Loan 2013, §4.2).
 */
public final class Cholesky {

    private Cholesky() {
    }

    /** Writes L into {@code l} (upper part zeroed); false if {@code a} is not numerically positive-definite. */
    public static boolean factor(double[] a, int n, double[] l) {
        java.util.Arrays.fill(l, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j] - LinAlg.dot(l, i * n, l, j * n, j);
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return true;
    }

    /** Solves L y = b (forward substitution) in place in {@code b}. */
    public static void forward(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            b[i] = (b[i] - LinAlg.dot(l, i * n, b, 0, i)) / l[i * n + i];
        }
    }

    /** Solves Lᵀ x = y (back substitution) in place in {@code y}. */
    public static void backward(double[] l, int n, double[] y) {
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * y[k];
            }
            y[i] = s / l[i * n + i];
        }
    }

    /** Solves A x = b given L; result in {@code b}. */
    public static void solve(double[] l, int n, double[] b) {
        forward(l, n, b);
        backward(l, n, b);
    }

    /**
     * Writes A⁻¹ into {@code out} (symmetric) from the factor L; {@code col} is scratch of length n.
     */
    public static void inverse(double[] l, int n, double[] out, double[] col) {
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(col, 0, n, 0.0);
            col[j] = 1;
            solve(l, n, col);
            for (int i = 0; i < n; i++) {
                out[i * n + j] = col[i];
            }
        }
        // symmetrise against rounding
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 * (out[i * n + j] + out[j * n + i]);
                out[i * n + j] = v;
                out[j * n + i] = v;
            }
        }
    }

    /** A⁻¹ of a symmetric positive-definite A, or an error saying it is not. */
    public static double[] invert(double[] a, int n) {
        double[] l = new double[n * n];
        if (!factor(a, n, l)) {
            throw new IllegalStateException("matrix of dimension " + n + " is not positive-definite");
        }
        double[] out = new double[n * n];
        inverse(l, n, out, new double[n]);
        return out;
    }
}
