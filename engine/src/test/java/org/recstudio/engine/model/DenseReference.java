package org.recstudio.engine.model;

/** Slow, obviously correct dense linear algebra in doubles for reference tests: Gauss-Jordan elimination. */
public final class DenseReference {

    private DenseReference() {
    }

    /** The inverse of {@code a} by Gauss-Jordan elimination with partial pivoting. */
    public static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return solve(a, id);
    }

    /** The solution {@code X} of {@code a X = b} by Gauss-Jordan elimination with partial pivoting. */
    public static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] w = new double[n][n + m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, w[i], 0, n);
            System.arraycopy(b[i], 0, w[i], n, m);
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(w[r][col]) > Math.abs(w[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = w[col];
            w[col] = w[pivot];
            w[pivot] = tmp;
            double p = w[col][col];
            if (p == 0) {
                throw new ArithmeticException("singular matrix");
            }
            for (int c = 0; c < n + m; c++) {
                w[col][c] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && w[r][col] != 0) {
                    double f = w[r][col];
                    for (int c = 0; c < n + m; c++) {
                        w[r][c] -= f * w[col][c];
                    }
                }
            }
        }
        double[][] x = new double[n][m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i], n, x[i], 0, m);
        }
        return x;
    }
}
