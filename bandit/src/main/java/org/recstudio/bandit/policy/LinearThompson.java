package org.recstudio.bandit.policy;

import java.util.Map;
import java.util.SplittableRandom;
import org.recstudio.bandit.linalg.Cholesky;
import org.recstudio.bandit.linalg.LinAlg;

/**
 * Linear Thompson sampling (Agrawal &amp; Goyal 2013, "Thompson sampling for contextual bandits with linear
 * payoffs"): one shared parameter μ with the ridge posterior N(μ̂, v²B⁻¹), B = λI + Σ x xᵀ, μ̂ = B⁻¹ Σ r x; each
 * decision draws μ̃ and plays the candidate maximising xᵀμ̃. The draw is μ̂ + v·L⁻ᵀε with B = L Lᵀ, so no
 * inverse is formed for sampling; L is refactored lazily after updates (O(d³/6)), B⁻¹ and μ̂ follow
 * Sherman–Morrison with periodic refactorisation ({@link RidgeState}).
 */
public final class LinearThompson extends SamplingPolicy {

    /**
     * @param v                 the posterior scale (the paper's v; its theoretical value is conservative)
     * @param lambda            the ridge regulariser
     * @param refactorEvery     Sherman–Morrison updates between exact refactorisations
     * @param propensitySamples Monte-Carlo draws per propensity estimate
     */
    public record Params(double v, double lambda, int refactorEvery, int propensitySamples) {
        public Params {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("v must be >= 0 and finite, got " + v);
            }
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda must be > 0 and finite, got " + lambda);
            }
            if (refactorEvery < 1) {
                throw new IllegalArgumentException("refactorEvery must be >= 1, got " + refactorEvery);
            }
            if (propensitySamples < 1) {
                throw new IllegalArgumentException("propensitySamples must be >= 1, got " + propensitySamples);
            }
        }

        public static Params defaults() {
            return new Params(0.5, 1.0, 1000, DEFAULT_PROPENSITY_SAMPLES);
        }
    }

    private final Params params;
    private final int d;
    private final RidgeState model;
    private final double[] l;
    private final double[] mu;
    private boolean dirty = true;

    public LinearThompson(int arms, int dimension, Params params) {
        super("lints", PolicySpec.format("lints", params), arms, params.propensitySamples());
        if (dimension < 1 || dimension > 4096) {
            throw new IllegalArgumentException("lints dimension must be in 1..4096, got " + dimension);
        }
        this.params = params;
        this.d = dimension;
        this.model = new RidgeState(dimension, params.lambda(), params.refactorEvery());
        this.l = new double[dimension * dimension];
        this.mu = new double[dimension];
    }

    @Override public int dimension() {
        return d;
    }

    /** μ̂, the posterior mean. */
    public double[] mean() {
        return model.theta.clone();
    }

    @Override void sample(Round round, SplittableRandom rng, double[] out) {
        if (dirty) {
            if (!Cholesky.factor(model.a, d, l)) {
                throw new IllegalStateException("lints design matrix lost positive-definiteness");
            }
            dirty = false;
        }
        for (int i = 0; i < d; i++) {
            mu[i] = rng.nextGaussian();
        }
        Cholesky.backward(l, d, mu);
        for (int i = 0; i < d; i++) {
            mu[i] = model.theta[i] + params.v() * mu[i];
        }
        double[] x = round.features();
        for (int j = 0; j < round.size(); j++) {
            out[j] = LinAlg.dot(x, j * d, mu, 0, d);
        }
    }

    @Override public void update(Feedback f) {
        check(f);
        model.update(f.x(), 0, f.examination(), f.reward());
        dirty = true;
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
        model.save("", out);
    }

    @Override void restoreState(PolicySnapshot s) {
        model.restore("", s);
        dirty = true;
    }
}
