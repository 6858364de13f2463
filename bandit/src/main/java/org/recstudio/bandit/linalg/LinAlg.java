package org.recstudio.bandit.linalg;

/**
 * The dense kernels of the linear policies over row-major arrays, written as axpy loops (no floating-point
 * reductions in inner loops) so that the JIT vectorises them.
 */
public final class LinAlg {

    /** Whether the Vector API kernels are used (the module is present and -Drecstudio.noSimd is not set). */
    public static final boolean SIMD = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("recstudio.noSimd");

    private LinAlg() {
    }

    /** xᵀ M x for a d×d row-major matrix M, x at {@code x[xo..xo+d)}. */
    public static double quadForm(double[] m, int d, double[] x, int xo) {
        if (SIMD) {
            return VectorKernels.quadForm(m, d, x, xo);
        }
        double s = 0;
        for (int r = 0; r < d; r++) {
            double xr = x[xo + r];
            if (xr != 0) {
                s += xr * dot(m, r * d, x, xo, d);
            }
        }
        return s;
    }

    /**
     * xᵀ M x in single precision for a d×d row-major float matrix — for confidence widths, where seven digits are
     * plenty and half the memory traffic matters.
     */
    public static float quadForm(float[] m, int d, float[] x) {
        if (SIMD) {
            return VectorKernels.quadForm(m, d, x);
        }
        float q = 0;
        for (int r = 0; r < d; r++) {
            float s = 0;
            for (int j = 0; j < d; j++) {
                s += m[r * d + j] * x[j];
            }
            q += x[r] * s;
        }
        return q;
    }

    /** a[ao..ao+n) · b[bo..bo+n). */
    public static double dot(double[] a, int ao, double[] b, int bo, int n) {
        if (SIMD && n >= 16) {
            return VectorKernels.dot(a, ao, b, bo, n);
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[ao + i] * b[bo + i];
            s1 += a[ao + i + 1] * b[bo + i + 1];
            s2 += a[ao + i + 2] * b[bo + i + 2];
            s3 += a[ao + i + 3] * b[bo + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[ao + i] * b[bo + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** out[0..d) = M x for a symmetric d×d matrix M (computed as Σ_j x_j · row_j). */
    public static void symMatVec(double[] m, int d, double[] x, int xo, double[] out) {
        java.util.Arrays.fill(out, 0, d, 0.0);
        for (int j = 0; j < d; j++) {
            double xj = x[xo + j];
            if (xj == 0) {
                continue;
            }
            axpyAt(xj, m, j * d, out, 0, d);
        }
    }

    /** out[0..rows) = M x for a general rows×cols matrix M. */
    public static void matVec(double[] m, int rows, int cols, double[] x, int xo, double[] out) {
        for (int r = 0; r < rows; r++) {
            out[r] = dot(m, r * cols, x, xo, cols);
        }
    }

    /** out[0..cols) = Mᵀ x for a rows×cols matrix M (computed as Σ_r x_r · row_r). */
    public static void matTVec(double[] m, int rows, int cols, double[] x, int xo, double[] out) {
        java.util.Arrays.fill(out, 0, cols, 0.0);
        for (int r = 0; r < rows; r++) {
            double xr = x[xo + r];
            if (xr == 0) {
                continue;
            }
            axpyAt(xr, m, r * cols, out, 0, cols);
        }
    }

    /** M += s · u vᵀ for a rows×cols matrix M. */
    public static void addOuter(double[] m, int rows, int cols, double s, double[] u, int uo, double[] v, int vo) {
        for (int r = 0; r < rows; r++) {
            double f = s * u[uo + r];
            if (f == 0) {
                continue;
            }
            axpyAt(f, v, vo, m, r * cols, cols);
        }
    }

    /** y[0..n) += s · x[xo..xo+n). */
    public static void axpy(double s, double[] x, int xo, double[] y, int n) {
        axpyAt(s, x, xo, y, 0, n);
    }

    /** y[yo..yo+n) += s · x[xo..xo+n). */
    public static void axpyAt(double s, double[] x, int xo, double[] y, int yo, int n) {
        if (SIMD && n >= 8) {
            VectorKernels.axpy(s, x, xo, y, yo, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yo + i] += s * x[xo + i];
        }
    }

    /** The d×d identity times {@code s}. */
    public static double[] scaledIdentity(int d, double s) {
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            m[i * d + i] = s;
        }
        return m;
    }
}
