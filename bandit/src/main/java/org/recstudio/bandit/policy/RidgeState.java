package org.recstudio.bandit.policy;

import java.util.Map;
import org.recstudio.bandit.linalg.Cholesky;
import org.recstudio.bandit.linalg.LinAlg;

/**
 * An online ridge regression: A = λI + Σ x xᵀ, b = Σ r x, θ = A⁻¹ b — the per-arm (or shared) model of LinUCB
 * and linear Thompson sampling.
 *
 * <p>A⁻¹ is kept up to date by Sherman–Morrison rank-1 updates, O(d²) each (Sherman &amp; Morrison 1950):
 * A⁻¹ ← A⁻¹ − (A⁻¹x)(A⁻¹x)ᵀ / (1 + xᵀA⁻¹x), and θ by the matching recursive-least-squares step. Rounding error
 * accumulates over many updates, so every {@code refactorEvery} updates A⁻¹ and θ are recomputed from A and b
 * through a Cholesky factorisation, O(d³). A single-precision copy of A⁻¹ serves the confidence widths
 * xᵀA⁻¹x of LinUCB (half the memory traffic when many arms are scored).
 */
final class RidgeState {

    final int d;
    final double[] a;
    final double[] ainv;
    final double[] b;
    final double[] theta;
    private final int refactorEvery;
    private final double[] u;
    private final double[] xs;
    private final float[] ainvF;
    private final float[] xf;
    private int sinceRefactor;

    RidgeState(int d, double lambda, int refactorEvery) {
        this.d = d;
        this.refactorEvery = refactorEvery;
        this.a = LinAlg.scaledIdentity(d, lambda);
        this.ainv = LinAlg.scaledIdentity(d, 1 / lambda);
        this.b = new double[d];
        this.theta = new double[d];
        this.u = new double[d];
        this.xs = new double[d];
        this.ainvF = new float[d * d];
        this.xf = new float[d];
        mirror();
    }

    private void mirror() {
        for (int i = 0; i < ainvF.length; i++) {
            ainvF[i] = (float) ainv[i];
        }
    }

    /** Adds the observation (x, r): x from {@code x[xo..xo+d)} scaled by {@code scale}. */
    void update(double[] x, int xo, double scale, double r) {
        for (int i = 0; i < d; i++) {
            xs[i] = scale * x[xo + i];
        }
        LinAlg.symMatVec(ainv, d, xs, 0, u);
        double denom = 1 + LinAlg.dot(xs, 0, u, 0, d);
        double residual = r - LinAlg.dot(xs, 0, theta, 0, d);
        for (int i = 0; i < d; i++) {
            LinAlg.axpyAt(-u[i] / denom, u, 0, ainv, i * d, d);
        }
        LinAlg.addOuter(a, d, d, 1.0, xs, 0, xs, 0);
        LinAlg.axpy(r, xs, 0, b, d);
        if (++sinceRefactor >= refactorEvery) {
            refactor();
        } else {
            // θ += A⁻¹_new x (r − xᵀθ), with A⁻¹_new x = u / denom
            LinAlg.axpy(residual / denom, u, 0, theta, d);
            mirror();
        }
    }

    /** Recomputes A⁻¹ and θ exactly from A and b. */
    void refactor() {
        double[] l = new double[d * d];
        if (!Cholesky.factor(a, d, l)) {
            throw new IllegalStateException("ridge matrix of dimension " + d + " lost positive-definiteness; "
                    + "features may be non-finite or lambda too small");
        }
        Cholesky.inverse(l, d, ainv, new double[d]);
        System.arraycopy(b, 0, theta, 0, d);
        Cholesky.solve(l, d, theta);
        sinceRefactor = 0;
        mirror();
    }

    /** θ · x. */
    double mean(double[] x, int xo) {
        return LinAlg.dot(theta, 0, x, xo, d);
    }

    /** xᵀ A⁻¹ x, in double precision. */
    double variance(double[] x, int xo) {
        return Math.max(0.0, LinAlg.quadForm(ainv, d, x, xo));
    }

    /** xᵀ A⁻¹ x from the single-precision copy (relative error ~1e-6: for confidence widths). */
    double width2(double[] x, int xo) {
        for (int i = 0; i < d; i++) {
            xf[i] = (float) x[xo + i];
        }
        return Math.max(0.0, LinAlg.quadForm(ainvF, d, xf));
    }

    void save(String prefix, Map<String, double[]> out) {
        out.put(prefix + "A", a.clone());
        out.put(prefix + "Ainv", ainv.clone());
        out.put(prefix + "b", b.clone());
        out.put(prefix + "theta", theta.clone());
        out.put(prefix + "sinceRefactor", new double[] {sinceRefactor});
    }

    void restore(String prefix, PolicySnapshot s) {
        System.arraycopy(s.require(prefix + "A", d * d), 0, a, 0, d * d);
        System.arraycopy(s.require(prefix + "Ainv", d * d), 0, ainv, 0, d * d);
        System.arraycopy(s.require(prefix + "b", d), 0, b, 0, d);
        System.arraycopy(s.require(prefix + "theta", d), 0, theta, 0, d);
        sinceRefactor = (int) s.require(prefix + "sinceRefactor", 1)[0];
        mirror();
    }
}
