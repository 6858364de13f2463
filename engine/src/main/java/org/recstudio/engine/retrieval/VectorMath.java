package org.recstudio.engine.retrieval;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dense float kernels on slices of flat row-major arrays, written with the Vector API: dot products, axpy and a
 * matrix–vector product.
 *
 * <p>Each kernel adds its lanes in a fixed order ({@link #sumLanes}), so a result depends only on the inputs and
 * the vector length — never on threads, timing or whether the JIT has compiled the method yet
 * ({@code reduceLanes(ADD)} may reorder float additions once compiled, which changes low bits). Tails shorter than
 * one vector use scalar fused multiply-adds. The vector length is pinned to 256 bits (8 floats) wherever the
 * machine has at least that, so AVX2 and AVX-512 machines give the same bits (an ALS model trained on one equals
 * one trained on the other); only machines with narrower vectors (128-bit NEON or SSE) differ in low bits. Element-
 * wise kernels ({@link #axpy}) and {@link #sequentialDot} are identical everywhere.
 */
public final class VectorMath {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256
            ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** FOLD[j] moves lane i + (L >> (j + 1)) to lane i: the fixed tree of {@link #sumLanes}. */
    private static final VectorShuffle<Float>[] FOLD = folds();

    private VectorMath() {
    }

    /** The dot product of {@code a[ao..ao+n)} and {@code b[bo..bo+n)}. */
    public static float dot(float[] a, int ao, float[] b, int bo, int n) {
        FloatVector acc0 = FloatVector.zero(S);
        FloatVector acc1 = FloatVector.zero(S);
        int i = 0;
        for (int bound = n - 2 * L; i <= bound; i += 2 * L) {
            acc0 = FloatVector.fromArray(S, a, ao + i).fma(FloatVector.fromArray(S, b, bo + i), acc0);
            acc1 = FloatVector.fromArray(S, a, ao + i + L).fma(FloatVector.fromArray(S, b, bo + i + L), acc1);
        }
        if (i <= n - L) {
            acc0 = FloatVector.fromArray(S, a, ao + i).fma(FloatVector.fromArray(S, b, bo + i), acc0);
            i += L;
        }
        float s = sumLanes(acc0.add(acc1));
        for (; i < n; i++) {
            s = Math.fma(a[ao + i], b[bo + i], s);
        }
        return s;
    }

    /**
     * The dot product of {@code a[ao..ao+n)} and {@code b[bo..bo+n)} added strictly in index order with fused
     * multiply-adds from zero: the score {@link PanelMatrix} computes, identical on every machine. Slower than
     * {@link #dot} (one dependent chain); use it where a single score must match a retrieval score exactly.
     */
    public static float sequentialDot(float[] a, int ao, float[] b, int bo, int n) {
        float s = 0f;
        for (int i = 0; i < n; i++) {
            s = Math.fma(a[ao + i], b[bo + i], s);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Float>[] folds() {
        int steps = Integer.numberOfTrailingZeros(L);
        VectorShuffle<Float>[] f = new VectorShuffle[steps];
        for (int j = 0; j < steps; j++) {
            f[j] = VectorShuffle.iota(S, L >> (j + 1), 1, true);
        }
        return f;
    }

    /**
     * The sum of the lanes of {@code v} in a fixed pairwise order: the upper half is added onto the lower half
     * until one lane is left. Unlike {@code reduceLanes(ADD)} the order never changes.
     */
    static float sumLanes(FloatVector v) {
        for (VectorShuffle<Float> f : FOLD) {
            v = v.add(v.rearrange(f));
        }
        return v.lane(0);
    }

    /** {@code y[yo..yo+n) += alpha * x[xo..xo+n)}. */
    public static void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n) {
        FloatVector va = FloatVector.broadcast(S, alpha);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xo + i).fma(va, FloatVector.fromArray(S, y, yo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Math.fma(alpha, x[xo + i], y[yo + i]);
        }
    }

    /**
     * {@code y[0..n) += t0·m[o0..) + t1·m[o1..) + t2·m[o2..) + t3·m[o3..)}, added in that order per element: four
     * axpys with one load and store of {@code y}.
     */
    public static void axpy4(float t0, float t1, float t2, float t3, float[] m, int o0, int o1, int o2, int o3,
                             float[] y, int n) {
        FloatVector v0 = FloatVector.broadcast(S, t0);
        FloatVector v1 = FloatVector.broadcast(S, t1);
        FloatVector v2 = FloatVector.broadcast(S, t2);
        FloatVector v3 = FloatVector.broadcast(S, t3);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector acc = FloatVector.fromArray(S, y, i);
            acc = FloatVector.fromArray(S, m, o0 + i).fma(v0, acc);
            acc = FloatVector.fromArray(S, m, o1 + i).fma(v1, acc);
            acc = FloatVector.fromArray(S, m, o2 + i).fma(v2, acc);
            acc = FloatVector.fromArray(S, m, o3 + i).fma(v3, acc);
            acc.intoArray(y, i);
        }
        for (; i < n; i++) {
            float acc = Math.fma(t0, m[o0 + i], y[i]);
            acc = Math.fma(t1, m[o1 + i], acc);
            acc = Math.fma(t2, m[o2 + i], acc);
            y[i] = Math.fma(t3, m[o3 + i], acc);
        }
    }

    /**
     * {@code out[0..n) = m · v} for a symmetric row-major {@code n × n} matrix {@code m}, computed as
     * {@code Σⱼ v[j] · m[j, :]} (row j equals column j): axpys only, no lane reductions.
     */
    public static void symmetricMatVec(float[] m, float[] v, float[] out, int n) {
        java.util.Arrays.fill(out, 0, n, 0f);
        for (int j = 0; j < n; j++) {
            axpy(v[j], m, j * n, out, 0, n);
        }
    }

    /** The squared Euclidean norm of {@code a[ao..ao+n)}. */
    public static float squaredNorm(float[] a, int ao, int n) {
        return dot(a, ao, a, ao, n);
    }

    /**
     * Four dot products at once: {@code out[j] = q[0..n) · m[o_j..o_j+n)} for the four row offsets. The four
     * independent chains keep the FMA units busy where single dot products would wait on each other; each result
     * equals {@link #dot} bit for bit.
     */
    public static void dot4(float[] q, float[] m, int o0, int o1, int o2, int o3, int n, float[] out) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector b0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector b1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector b2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        FloatVector b3 = FloatVector.zero(S);
        int i = 0;
        for (; i <= n - 2 * L; i += 2 * L) {
            FloatVector qa = FloatVector.fromArray(S, q, i);
            FloatVector qb = FloatVector.fromArray(S, q, i + L);
            a0 = qa.fma(FloatVector.fromArray(S, m, o0 + i), a0);
            b0 = qb.fma(FloatVector.fromArray(S, m, o0 + i + L), b0);
            a1 = qa.fma(FloatVector.fromArray(S, m, o1 + i), a1);
            b1 = qb.fma(FloatVector.fromArray(S, m, o1 + i + L), b1);
            a2 = qa.fma(FloatVector.fromArray(S, m, o2 + i), a2);
            b2 = qb.fma(FloatVector.fromArray(S, m, o2 + i + L), b2);
            a3 = qa.fma(FloatVector.fromArray(S, m, o3 + i), a3);
            b3 = qb.fma(FloatVector.fromArray(S, m, o3 + i + L), b3);
        }
        if (i <= n - L) {
            FloatVector qa = FloatVector.fromArray(S, q, i);
            a0 = qa.fma(FloatVector.fromArray(S, m, o0 + i), a0);
            a1 = qa.fma(FloatVector.fromArray(S, m, o1 + i), a1);
            a2 = qa.fma(FloatVector.fromArray(S, m, o2 + i), a2);
            a3 = qa.fma(FloatVector.fromArray(S, m, o3 + i), a3);
            i += L;
        }
        float s0 = sumLanes(a0.add(b0));
        float s1 = sumLanes(a1.add(b1));
        float s2 = sumLanes(a2.add(b2));
        float s3 = sumLanes(a3.add(b3));
        for (; i < n; i++) {
            s0 = Math.fma(q[i], m[o0 + i], s0);
            s1 = Math.fma(q[i], m[o1 + i], s1);
            s2 = Math.fma(q[i], m[o2 + i], s2);
            s3 = Math.fma(q[i], m[o3 + i], s3);
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
    }
}
