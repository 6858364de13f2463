package org.recstudio.bandit.policy;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Beta–Bernoulli Thompson sampling (Thompson 1933; Chapelle &amp; Li 2011; Agrawal &amp; Goyal 2012): arm a has
 * the posterior Beta(α₀ + clicks, β₀ + non-clicks); each decision draws from every candidate's posterior and
 * plays the largest draw. Rewards in [0, 1] count fractionally. Under a position-based click model a non-click
 * in a slot examined with probability κ counts κ non-clicks (Lagrée, Vernade &amp; Cappé 2016, approximately).
 *
 * <p>With the Vector API present and both prior shapes ≥ 1, draws come from {@link VectorBetaSampler} (eight
 * arms at a time, in float precision); otherwise from the scalar {@link Gammas}. Propensities are Monte-Carlo
 * estimates ({@link SamplingPolicy}).
 */
public final class BetaThompson extends SamplingPolicy {

    /**
     * @param priorAlpha        α₀ of the Beta prior (&gt; 0)
     * @param priorBeta         β₀ of the Beta prior (&gt; 0)
     * @param propensitySamples Monte-Carlo draws per propensity estimate
     */
    public record Params(double priorAlpha, double priorBeta, int propensitySamples) {
        public Params {
            if (!(priorAlpha > 0) || Double.isInfinite(priorAlpha)) {
                throw new IllegalArgumentException("priorAlpha must be > 0 and finite, got " + priorAlpha);
            }
            if (!(priorBeta > 0) || Double.isInfinite(priorBeta)) {
                throw new IllegalArgumentException("priorBeta must be > 0 and finite, got " + priorBeta);
            }
            if (propensitySamples < 1) {
                throw new IllegalArgumentException("propensitySamples must be >= 1, got " + propensitySamples);
            }
        }

        public static Params defaults() {
            return new Params(1.0, 1.0, DEFAULT_PROPENSITY_SAMPLES);
        }
    }

    private final Params params;
    private final ArmStats stats;
    private final VectorBetaSampler sampler;
    private final float[] dA;
    private final float[] cA;
    private final float[] dB;
    private final float[] cB;
    private float[] gdA = new float[0];
    private float[] gcA = new float[0];
    private float[] gdB = new float[0];
    private float[] gcB = new float[0];
    private float[] drawF = new float[0];

    public BetaThompson(int arms, Params params) {
        super("ts", PolicySpec.format("ts", params), arms, params.propensitySamples());
        this.params = params;
        this.stats = new ArmStats(arms);
        boolean vector = Simd.AVAILABLE && params.priorAlpha() >= 1 && params.priorBeta() >= 1;
        this.sampler = vector ? new VectorBetaSampler() : null;
        int m = vector ? VectorBetaSampler.padded(arms) : 0;
        dA = new float[m];
        cA = new float[m];
        dB = new float[m];
        cB = new float[m];
        for (int a = 0; a < m; a++) {
            refresh(a);
        }
    }

    public Params params() {
        return params;
    }

    /** α of arm {@code a}'s posterior. */
    public double alpha(int a) {
        return params.priorAlpha() + stats.rewards[a];
    }

    /** β of arm {@code a}'s posterior. */
    public double beta(int a) {
        return params.priorBeta() + Math.max(0.0, stats.trials[a] - stats.rewards[a]);
    }

    private void refresh(int a) {
        if (a >= arms) {
            // padding lanes: a valid, never-winning distribution (Gamma(1)/(Gamma(1)+Gamma(huge)))
            dA[a] = 1f;
            cA[a] = 0f;
            dB[a] = 1e30f;
            cB[a] = 0f;
            return;
        }
        double da = alpha(a) - 1.0 / 3.0;
        double db = beta(a) - 1.0 / 3.0;
        dA[a] = (float) da;
        cA[a] = (float) (1 / Math.sqrt(9 * da));
        dB[a] = (float) db;
        cB[a] = (float) (1 / Math.sqrt(9 * db));
    }

    /** Draws into {@code drawF}; returns the array the draws are in. */
    private float[] sampleFloat(Round round, SplittableRandom rng) {
        int n = round.size();
        int m = VectorBetaSampler.padded(n);
        if (drawF.length < m) {
            drawF = new float[m];
        }
        if (round.identity() && n == arms) {
            sampler.sample(dA, cA, dB, cB, n, rng.nextLong(), drawF);
            return drawF;
        }
        if (gdA.length < m) {
            gdA = new float[m];
            gcA = new float[m];
            gdB = new float[m];
            gcB = new float[m];
        }
        for (int j = 0; j < n; j++) {
            int a = round.arm(j);
            gdA[j] = dA[a];
            gcA[j] = cA[a];
            gdB[j] = dB[a];
            gcB[j] = cB[a];
        }
        for (int j = n; j < m; j++) {
            gdA[j] = 1f;
            gcA[j] = 0f;
            gdB[j] = 1e30f;
            gcB[j] = 0f;
        }
        sampler.sample(gdA, gcA, gdB, gcB, n, rng.nextLong(), drawF);
        return drawF;
    }

    @Override void sample(Round round, SplittableRandom rng, double[] out) {
        int n = round.size();
        if (sampler != null) {
            float[] f = sampleFloat(round, rng);
            for (int j = 0; j < n; j++) {
                out[j] = f[j];
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            int a = round.arm(j);
            out[j] = Gammas.beta(rng, alpha(a), beta(a));
        }
    }

    @Override public int select(Round round, SplittableRandom rng) {
        if (sampler == null) {
            return super.select(round, rng);
        }
        float[] f = sampleFloat(round, rng);
        int n = round.size();
        int best = 0;
        float bv = f[0];
        int ties = 1;
        for (int j = 1; j < n; j++) {
            float s = f[j];
            if (s > bv) {
                bv = s;
                best = j;
                ties = 1;
            } else if (s == bv && rng.nextInt(++ties) == 0) {
                best = j;
            }
        }
        return best;
    }

    @Override public void update(Feedback f) {
        check(f);
        stats.add(f.arm(), f.reward(), f.examination());
        if (sampler != null) {
            refresh(f.arm());
        }
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
        stats.save(out);
    }

    @Override void restoreState(PolicySnapshot s) {
        stats.restore(s);
        for (int a = 0; a < dA.length; a++) {
            refresh(a);
        }
    }
}
