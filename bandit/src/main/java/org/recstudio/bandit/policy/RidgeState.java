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
 * through a Cholesky factorisation, O(d³).
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
            double f = -u[i] / denom;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                ainv[row + j] += f * u[j];
            }
        }
        LinAlg.addOuter(a, d, d, 1.0, xs, 0, xs, 0);
        LinAlg.axpy(r, xs, 0, b, d);
        if (++sinceRefactor >= refactorEvery) {
            refactor();
        } else {
            // θ += A⁻¹_new x (r − xᵀθ), with A⁻¹_new x = u / denom
            LinAlg.axpy(residual / denom, u, 0, theta, d);
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
    }

    /** θ · x. */
    double mean(double[] x, int xo) {
        return LinAlg.dot(theta, 0, x, xo, d);
    }

    /** xᵀ A⁻¹ x, with {@code work} of length d. */
    double variance(double[] x, int xo, double[] work) {
        LinAlg.symMatVec(ainv, d, x, xo, work);
        return Math.max(0.0, LinAlg.dot(work, 0, x, xo, d));
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
    }
}
