package org.recstudio.bandit.policy;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Softmax (Boltzmann) exploration (Sutton &amp; Barto 2018, §2.9; Vermorel &amp; Mohri 2005): candidate j with
 * probability ∝ exp(mean_j / τ). Decision propensities are exact. A slate samples slots in turn without
 * replacement (Plackett–Luce): the first slot's propensity is exact, later slots' are Monte-Carlo estimates over
 * {@code propensitySamples} page draws.
 */
public final class Softmax extends AbstractPolicy {

    /**
     * @param temperature       τ &gt; 0: small is greedy, large is uniform
     * @param initial           the mean assumed for an arm never tried
     * @param propensitySamples Monte-Carlo draws for slot propensities beyond the first
     */
    public record Params(double temperature, double initial, int propensitySamples) {
        public Params {
            if (!(temperature > 0) || Double.isInfinite(temperature)) {
                throw new IllegalArgumentException("temperature must be > 0 and finite, got " + temperature);
            }
            if (!Double.isFinite(initial)) {
                throw new IllegalArgumentException("initial must be finite, got " + initial);
            }
            if (propensitySamples < 1) {
                throw new IllegalArgumentException("propensitySamples must be >= 1, got " + propensitySamples);
            }
        }

        public static Params defaults() {
            return new Params(0.05, 0.0, SamplingPolicy.DEFAULT_PROPENSITY_SAMPLES);
        }
    }

    private final Params params;
    private final ArmStats stats;
    private double[] prob = new double[16];

    public Softmax(int arms, Params params) {
        super("softmax", PolicySpec.format("softmax", params), arms);
        this.params = params;
        this.stats = new ArmStats(arms);
    }

    @Override public void probabilities(Round round, SplittableRandom rng, double[] out) {
        int n = round.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            out[j] = stats.mean(round.arm(j), params.initial()) / params.temperature();
            max = Math.max(max, out[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            out[j] = Math.exp(out[j] - max);
            sum += out[j];
        }
        for (int j = 0; j < n; j++) {
            out[j] /= sum;
        }
    }

    private double[] probs(Round round) {
        if (prob.length < round.size()) {
            prob = new double[Math.max(round.size(), 2 * prob.length)];
        }
        probabilities(round, null, prob);
        return prob;
    }

    private static int draw(double[] p, int n, double mass, SplittableRandom rng) {
        double u = rng.nextDouble() * mass;
        int last = -1;
        for (int j = 0; j < n; j++) {
            if (p[j] > 0) {
                last = j;
                u -= p[j];
                if (u < 0) {
                    return j;
                }
            }
        }
        return last;
    }

    @Override public int select(Round round, SplittableRandom rng) {
        return draw(probs(round), round.size(), 1.0, rng);
    }

    @Override public Decision decide(Round round, SplittableRandom rng) {
        double[] p = probs(round);
        int j = draw(p, round.size(), 1.0, rng);
        return new Decision(round.arm(j), j, p[j]);
    }

    private static void page(double[] p, int n, int m, SplittableRandom rng, int[] out, double[] work) {
        System.arraycopy(p, 0, work, 0, n);
        double mass = 1.0;
        for (int s = 0; s < m; s++) {
            int j = draw(work, n, mass, rng);
            out[s] = j;
            mass -= work[j];
            work[j] = 0;
        }
    }

    @Override public void selectSlate(Round round, int k, SplittableRandom rng, int[] out) {
        page(probs(round), round.size(), k, rng, out, new double[round.size()]);
    }

    @Override public Slate decideSlate(Round round, int k, SplittableRandom rng) {
        int n = round.size();
        int m = Math.min(k, n);
        double[] p = probs(round).clone();
        double[] work = new double[n];
        int[] cand = new int[m];
        page(p, n, m, rng, cand, work);
        int[] wins = new int[m];
        int[] other = new int[m];
        if (m > 1) {
            for (int t = 0; t < params.propensitySamples(); t++) {
                page(p, n, m, rng, other, work);
                for (int s = 1; s < m; s++) {
                    wins[s] += other[s] == cand[s] ? 1 : 0;
                }
            }
        }
        int[] arm = new int[m];
        double[] prop = new double[m];
        for (int s = 0; s < m; s++) {
            arm[s] = round.arm(cand[s]);
            prop[s] = s == 0 ? p[cand[0]] : (1.0 + wins[s]) / (1.0 + params.propensitySamples());
        }
        return new Slate(arm, cand, prop);
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
