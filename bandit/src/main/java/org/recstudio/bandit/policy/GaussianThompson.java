package org.recstudio.bandit.policy;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Gaussian Thompson sampling (Agrawal &amp; Goyal 2013, "Further optimal regret bounds for Thompson sampling"):
 * arm a's mean is drawn from N(μ̂_a, σ²/(n_a + 1)) with μ̂_a = (sum of rewards)/(n_a + 1) — the posterior under
 * a N(0, σ²) prior and Gaussian noise of variance σ². Suits unbounded rewards (revenue, dwell time).
 */
public final class GaussianThompson extends SamplingPolicy {

    /**
     * @param sigma             the assumed reward noise standard deviation (rewards in [0,1] have σ ≤ 0.5)
     * @param propensitySamples Monte-Carlo draws per propensity estimate
     */
    public record Params(double sigma, int propensitySamples) {
        public Params {
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("sigma must be > 0 and finite, got " + sigma);
            }
            if (propensitySamples < 1) {
                throw new IllegalArgumentException("propensitySamples must be >= 1, got " + propensitySamples);
            }
        }

        public static Params defaults() {
            return new Params(0.5, DEFAULT_PROPENSITY_SAMPLES);
        }
    }

    private final Params params;
    private final ArmStats stats;

    public GaussianThompson(int arms, Params params) {
        super("gts", PolicySpec.format("gts", params), arms, params.propensitySamples());
        this.params = params;
        this.stats = new ArmStats(arms);
    }

    @Override void sample(Round round, SplittableRandom rng, double[] out) {
        double s = params.sigma();
        for (int j = 0; j < round.size(); j++) {
            int a = round.arm(j);
            double n1 = stats.trials[a] + 1;
            out[j] = stats.rewards[a] / n1 + s / Math.sqrt(n1) * rng.nextGaussian();
        }
    }

    @Override public void update(Feedback f) {
        check(f);
        stats.add(f.arm(), f.reward(), f.examination());
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
        stats.save(out);
    }

    @Override void restoreState(PolicySnapshot s) {
        stats.restore(s);
    }
}
