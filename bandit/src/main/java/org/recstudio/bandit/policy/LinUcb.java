package org.recstudio.bandit.policy;

import java.util.Map;
import org.recstudio.bandit.linalg.LinAlg;

/**
 * LinUCB with disjoint linear models (Li, Chu, Langford &amp; Schapire 2010, Algorithm 1): each arm a keeps a
 * ridge regression (A_a, b_a) of reward on its context x, and plays the candidate maximising
 * θ_aᵀx + α·sqrt(xᵀA_a⁻¹x). A⁻¹ is maintained by Sherman–Morrison updates with periodic Cholesky
 * refactorisation ({@link RidgeState}). Arm models are allocated on an arm's first feedback; until then
 * A = λI, θ = 0. Deterministic up to ties, so propensities are exact.
 */
public final class LinUcb extends IndexPolicy {

    /**
     * @param alpha         the width of the confidence bound
     * @param lambda        the ridge regulariser (A starts at λI)
     * @param refactorEvery Sherman–Morrison updates between exact refactorisations
     */
    public record Params(double alpha, double lambda, int refactorEvery) {
        public Params {
            if (!(alpha >= 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha must be >= 0 and finite, got " + alpha);
            }
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda must be > 0 and finite, got " + lambda);
            }
            if (refactorEvery < 1) {
                throw new IllegalArgumentException("refactorEvery must be >= 1, got " + refactorEvery);
            }
        }

        public static Params defaults() {
            return new Params(1.0, 1.0, 1000);
        }
    }

    private final Params params;
    private final int d;
    private final RidgeState[] models;

    public LinUcb(int arms, int dimension, Params params) {
        super("linucb", PolicySpec.format("linucb", params), arms);
        if (dimension < 1 || dimension > 4096) {
            throw new IllegalArgumentException("linucb dimension must be in 1..4096, got " + dimension);
        }
        this.params = params;
        this.d = dimension;
        this.models = new RidgeState[arms];
    }

    @Override public int dimension() {
        return d;
    }

    /** The UCB index of {@code arm} for context {@code x[xo..xo+d)}. */
    public double index(int arm, double[] x, int xo) {
        RidgeState m = models[arm];
        if (m == null) {
            return params.alpha() * Math.sqrt(LinAlg.dot(x, xo, x, xo, d) / params.lambda());
        }
        return m.mean(x, xo) + params.alpha() * Math.sqrt(m.width2(x, xo));
    }

    /** θ_a (zeros for an arm without feedback). */
    public double[] theta(int arm) {
        return models[arm] == null ? new double[d] : models[arm].theta.clone();
    }

    @Override void indexes(Round round, double[] out) {
        double[] x = round.features();
        for (int j = 0; j < round.size(); j++) {
            out[j] = index(round.arm(j), x, j * d);
        }
    }

    @Override public void update(Feedback f) {
        check(f);
        RidgeState m = models[f.arm()];
        if (m == null) {
            m = new RidgeState(d, params.lambda(), params.refactorEvery());
            models[f.arm()] = m;
        }
        m.update(f.x(), 0, f.examination(), f.reward());
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
        for (int a = 0; a < arms; a++) {
            if (models[a] != null) {
                models[a].save("arm" + a + ".", out);
            }
        }
    }

    @Override void restoreState(PolicySnapshot s) {
        for (int a = 0; a < arms; a++) {
            if (s.state().containsKey("arm" + a + ".A")) {
                models[a] = new RidgeState(d, params.lambda(), params.refactorEvery());
                models[a].restore("arm" + a + ".", s);
            } else {
                models[a] = null;
            }
        }
    }
}
