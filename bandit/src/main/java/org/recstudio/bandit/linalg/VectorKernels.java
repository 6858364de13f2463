package org.recstudio.bandit.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API versions of {@link LinAlg}'s kernels (loaded only when {@code jdk.incubator.vector} is present):
 * four double lanes per fused multiply-add on AVX2. Results equal the scalar kernels' up to the order of
 * floating-point additions.
 */
final class VectorKernels {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final VectorSpecies<Float> SF = FloatVector.SPECIES_PREFERRED;
    private static final int LF = SF.length();

    private VectorKernels() {
    }

    static double dot(double[] a, int ao, double[] b, int bo, int n) {
        DoubleVector acc = DoubleVector.zero(S);
        int i = 0;
        for (; i <= n - L; i += L) {
            acc = DoubleVector.fromArray(S, a, ao + i).fma(DoubleVector.fromArray(S, b, bo + i), acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[ao + i] * b[bo + i];
        }
        return s;
    }

    /**
     * xᵀ M x for a d×d row-major M (symmetric or not), x at {@code x[xo..]}: four rows at a time with two
     * accumulators each, so that eight independent multiply-add chains hide the FMA latency.
     */
    static double quadForm(double[] m, int d, double[] x, int xo) {
        int full = d - d % L;
        double q = 0;
        int r = 0;
        for (; r + 3 < d; r += 4) {
            int r0 = r * d;
            int r1 = r0 + d;
            int r2 = r1 + d;
            int r3 = r2 + d;
            DoubleVector a0 = DoubleVector.zero(S);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            DoubleVector b0 = a0;
            DoubleVector b1 = a0;
            DoubleVector b2 = a0;
            DoubleVector b3 = a0;
            int i = 0;
            for (; i + 2 * L <= full; i += 2 * L) {
                DoubleVector x0 = DoubleVector.fromArray(S, x, xo + i);
                DoubleVector x1 = DoubleVector.fromArray(S, x, xo + i + L);
                a0 = DoubleVector.fromArray(S, m, r0 + i).fma(x0, a0);
                b0 = DoubleVector.fromArray(S, m, r0 + i + L).fma(x1, b0);
                a1 = DoubleVector.fromArray(S, m, r1 + i).fma(x0, a1);
                b1 = DoubleVector.fromArray(S, m, r1 + i + L).fma(x1, b1);
                a2 = DoubleVector.fromArray(S, m, r2 + i).fma(x0, a2);
                b2 = DoubleVector.fromArray(S, m, r2 + i + L).fma(x1, b2);
                a3 = DoubleVector.fromArray(S, m, r3 + i).fma(x0, a3);
                b3 = DoubleVector.fromArray(S, m, r3 + i + L).fma(x1, b3);
            }
            if (i < full) {
                DoubleVector x0 = DoubleVector.fromArray(S, x, xo + i);
                a0 = DoubleVector.fromArray(S, m, r0 + i).fma(x0, a0);
                a1 = DoubleVector.fromArray(S, m, r1 + i).fma(x0, a1);
                a2 = DoubleVector.fromArray(S, m, r2 + i).fma(x0, a2);
                a3 = DoubleVector.fromArray(S, m, r3 + i).fma(x0, a3);
            }
            double s0 = a0.add(b0).reduceLanes(VectorOperators.ADD);
            double s1 = a1.add(b1).reduceLanes(VectorOperators.ADD);
            double s2 = a2.add(b2).reduceLanes(VectorOperators.ADD);
            double s3 = a3.add(b3).reduceLanes(VectorOperators.ADD);
            for (int j = full; j < d; j++) {
                double xj = x[xo + j];
                s0 += m[r0 + j] * xj;
                s1 += m[r1 + j] * xj;
                s2 += m[r2 + j] * xj;
                s3 += m[r3 + j] * xj;
            }
            q += x[xo + r] * s0 + x[xo + r + 1] * s1 + x[xo + r + 2] * s2 + x[xo + r + 3] * s3;
        }
        for (; r < d; r++) {
            q += x[xo + r] * dot(m, r * d, x, xo, d);
        }
        return q;
    }

    /** xᵀ M x in single precision for a d×d row-major M and x of length d, four rows at a time. */
    static float quadForm(float[] m, int d, float[] x) {
        int full = d - d % LF;
        float q = 0;
        int r = 0;
        for (; r + 3 < d; r += 4) {
            int r0 = r * d;
            int r1 = r0 + d;
            int r2 = r1 + d;
            int r3 = r2 + d;
            FloatVector a0 = FloatVector.zero(SF);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            for (int i = 0; i < full; i += LF) {
                FloatVector x0 = FloatVector.fromArray(SF, x, i);
                a0 = FloatVector.fromArray(SF, m, r0 + i).fma(x0, a0);
                a1 = FloatVector.fromArray(SF, m, r1 + i).fma(x0, a1);
                a2 = FloatVector.fromArray(SF, m, r2 + i).fma(x0, a2);
                a3 = FloatVector.fromArray(SF, m, r3 + i).fma(x0, a3);
            }
            float s0 = a0.reduceLanes(VectorOperators.ADD);
            float s1 = a1.reduceLanes(VectorOperators.ADD);
            float s2 = a2.reduceLanes(VectorOperators.ADD);
            float s3 = a3.reduceLanes(VectorOperators.ADD);
            for (int j = full; j < d; j++) {
                s0 += m[r0 + j] * x[j];
                s1 += m[r1 + j] * x[j];
                s2 += m[r2 + j] * x[j];
                s3 += m[r3 + j] * x[j];
            }
            q += x[r] * s0 + x[r + 1] * s1 + x[r + 2] * s2 + x[r + 3] * s3;
        }
        for (; r < d; r++) {
            float s0 = 0;
            for (int j = 0; j < d; j++) {
                s0 += m[r * d + j] * x[j];
            }
            q += x[r] * s0;
        }
        return q;
    }

    /** y[yo..yo+n) += s · x[xo..xo+n). */
    static void axpy(double s, double[] x, int xo, double[] y, int yo, int n) {
        DoubleVector sv = DoubleVector.broadcast(S, s);
        int i = 0;
        for (; i <= n - L; i += L) {
            DoubleVector.fromArray(S, x, xo + i).fma(sv, DoubleVector.fromArray(S, y, yo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] += s * x[xo + i];
        }
    }
}
