package org.recstudio.engine.model.als;

import java.util.Arrays;
import org.recstudio.engine.retrieval.VectorMath;

/**
 * Solves the rows of one ALS half-step: for a row {@code u} with entries (column {@code i}, confidence
 * {@code c}, preference {@code p}), the factor minimising
 * {@code Σᵢ cᵤᵢ (pᵤᵢ − xᵤ·yᵢ)² + λ|xᵤ|²} over all columns, given the fixed factors {@code Y}.
 *
 * <p>{@link AlsParams.Solver#CG} runs a few conjugate-gradient steps from the current factor (Takács, Pilászy
 * &amp; Tikk 2011), computing {@code A·p = (YᵀY + λI)·p + Σ (cᵢ − 1)(yᵢ·p) yᵢ} without forming {@code A}, all in
 * float with the Vector API — the method of the {@code implicit} library. {@link AlsParams.Solver#CHOLESKY}
 * solves the system exactly ({@link NormalEquations}). Reusable scratch for one thread.
 */
final class RowSolver {

    private static final float CG_EPS = 1e-20f;

    private final int k;
    private final float[] r;
    private final float[] p;
    private final float[] ap;
    private final float[] xs;
    private final float[] four = new float[4];
    private final NormalEquations exact;

    RowSolver(int k) {
        this.k = k;
        this.r = new float[k];
        this.p = new float[k];
        this.ap = new float[k];
        this.xs = new float[k];
        this.exact = new NormalEquations(k);
    }

    /**
     * Updates {@code x[row]} for row {@code row} of {@code m} against {@code y}.
     *
     * @param gram  {@code YᵀY} in double (CHOLESKY)
     * @param gramF the same in float (CG)
     */
    void solve(ImplicitMatrix m, int row, float[] y, float[] x, double[] gram, float[] gramF, AlsParams params) {
        int from = m.ptr[row];
        int to = m.ptr[row + 1];
        int xo = row * k;
        if (from == to) {
            Arrays.fill(x, xo, xo + k, 0f); // the exact minimiser with no data
            return;
        }
        double lambda = params.lambdaFor(m.positives(row));
        if (params.solver() == AlsParams.Solver.CHOLESKY) {
            exact.build(gram, lambda, y, m.col, m.conf, from, to);
            exact.solveInto(x, xo, "row " + row);
        } else {
            conjugateGradient(m, from, to, y, x, xo, gramF, (float) lambda, params.cgSteps());
        }
    }

    private void conjugateGradient(ImplicitMatrix m, int from, int to, float[] y, float[] x, int xo, float[] gramF,
                                   float lambda, int steps) {
        // r = b − A·x with b = Σ_{p=1} c·y and A·x = (YᵀY + λI)·x + Σ (c − 1)(y·x) y
        System.arraycopy(x, xo, xs, 0, k);
        VectorMath.symmetricMatVec(gramF, xs, r, k);
        VectorMath.axpy(lambda, xs, 0, r, 0, k);
        for (int j = 0; j < k; j++) {
            r[j] = -r[j];
        }
        accumulate(m, from, to, y, xs, r, true);
        System.arraycopy(r, 0, p, 0, k);
        float rsOld = VectorMath.dot(r, 0, r, 0, k);
        if (rsOld < CG_EPS) {
            return;
        }
        for (int it = 0; it < steps; it++) {
            VectorMath.symmetricMatVec(gramF, p, ap, k);
            VectorMath.axpy(lambda, p, 0, ap, 0, k);
            accumulate(m, from, to, y, p, ap, false);
            float alpha = rsOld / VectorMath.dot(p, 0, ap, 0, k);
            VectorMath.axpy(alpha, p, 0, x, xo, k);
            VectorMath.axpy(-alpha, ap, 0, r, 0, k);
            float rsNew = VectorMath.dot(r, 0, r, 0, k);
            if (rsNew < CG_EPS) {
                return;
            }
            float beta = rsNew / rsOld;
            for (int j = 0; j < k; j++) {
                p[j] = Math.fma(beta, p[j], r[j]);
            }
            rsOld = rsNew;
        }
    }

    /**
     * {@code out += Σₑ tₑ yₑ} over the row's entries, with {@code tₑ = (cₑ − 1)(yₑ·v)}, or for the residual
     * {@code tₑ = cₑpₑ − (cₑ − 1)(yₑ·v)}; the dot products are taken four at a time.
     */
    private void accumulate(ImplicitMatrix m, int from, int to, float[] y, float[] v, float[] out, boolean residual) {
        int e = from;
        for (; e + 4 <= to; e += 4) {
            int o0 = m.col[e] * k;
            int o1 = m.col[e + 1] * k;
            int o2 = m.col[e + 2] * k;
            int o3 = m.col[e + 3] * k;
            VectorMath.dot4(v, y, o0, o1, o2, o3, k, four);
            VectorMath.axpy4(coefficient(m.conf[e], four[0], residual), coefficient(m.conf[e + 1], four[1], residual),
                    coefficient(m.conf[e + 2], four[2], residual), coefficient(m.conf[e + 3], four[3], residual), y,
                    o0, o1, o2, o3, out, k);
        }
        for (; e < to; e++) {
            int o = m.col[e] * k;
            VectorMath.axpy(coefficient(m.conf[e], VectorMath.dot(v, 0, y, o, k), residual), y, o, out, 0, k);
        }
    }

    private static float coefficient(float cs, float dot, boolean residual) {
        float c = Math.abs(cs);
        float t = (c - 1f) * dot;
        return residual ? (cs > 0 ? c : 0f) - t : t;
    }

    /**
     * The loss terms of row {@code row} with its current factor: {@code xᵀ(YᵀY + λI)x} (every cell as an
     * unobserved 0 with confidence 1, plus the row's regularisation) corrected on the row's entries to
     * {@code c(p − s)²}.
     */
    double loss(ImplicitMatrix m, int row, float[] y, float[] x, float[] gramF, AlsParams params) {
        System.arraycopy(x, row * k, xs, 0, k);
        VectorMath.symmetricMatVec(gramF, xs, ap, k);
        double total = VectorMath.dot(xs, 0, ap, 0, k)
                + params.lambdaFor(m.positives(row)) * VectorMath.squaredNorm(xs, 0, k);
        int to = m.ptr[row + 1];
        int e = m.ptr[row];
        for (; e + 4 <= to; e += 4) {
            VectorMath.dot4(xs, y, m.col[e] * k, m.col[e + 1] * k, m.col[e + 2] * k, m.col[e + 3] * k, k, four);
            for (int q = 0; q < 4; q++) {
                total += lossTerm(m.conf[e + q], four[q]);
            }
        }
        for (; e < to; e++) {
            total += lossTerm(m.conf[e], VectorMath.dot(xs, 0, y, m.col[e] * k, k));
        }
        return total;
    }

    private static double lossTerm(float cs, double s) {
        double c = Math.abs(cs);
        return cs > 0 ? c * (1 - s) * (1 - s) - s * s : (c - 1) * s * s;
    }
}
