package org.recstudio.bandit.policy;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * ε-greedy: with probability ε a uniformly random candidate, otherwise the one with the best mean reward (ties
 * split). ε is fixed, or decays as ε_t = min(ε, c·K/t) after t updates — the ε_n-greedy schedule of Auer,
 * Cesa-Bianchi &amp; Fischer (2002), with their c/d² folded into {@code decay}. ε = 0 is the pure greedy policy.
 * Propensities are exact: ε/n + (1-ε)/|best| for a best candidate, ε/n otherwise.
 *
 * <p>A slate is, with probability ε, a uniformly random ordered page, else the greedy top-K; so a candidate is in
 * slot p with probability ε/n + (1-ε)·P(greedy ranking puts it there), exactly.
 */
public final class EpsilonGreedy extends AbstractPolicy {

    /**
     * @param epsilon the exploration probability (the cap when decaying)
     * @param decay   c of the decaying schedule ε_t = min(ε, c·K/t); 0 keeps ε fixed
     * @param initial the mean assumed for an arm never tried
     */
    public record Params(double epsilon, double decay, double initial) {
        public Params {
            if (!(epsilon >= 0 && epsilon <= 1)) {
                throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
            }
            if (!(decay >= 0) || Double.isInfinite(decay)) {
                throw new IllegalArgumentException("decay must be >= 0 and finite, got " + decay);
            }
            if (!Double.isFinite(initial)) {
                throw new IllegalArgumentException("initial must be finite, got " + initial);
            }
        }

        public static Params defaults() {
            return new Params(0.1, 0.0, 0.0);
        }
    }

    private final Params params;
    private final ArmStats stats;
    private double[] mean = new double[16];

    public EpsilonGreedy(int arms, Params params) {
        super("egreedy", PolicySpec.format("egreedy", params), arms);
        this.params = params;
        this.stats = new ArmStats(arms);
    }

    public Params params() {
        return params;
    }

    /** The exploration probability now. */
    public double epsilon() {
        if (params.decay() == 0 || updates == 0) {
            return params.epsilon();
        }
        return Math.min(params.epsilon(), params.decay() * arms / updates);
    }

    private double[] means(Round round) {
        int n = round.size();
        if (mean.length < n) {
            mean = new double[Math.max(n, 2 * mean.length)];
        }
        for (int j = 0; j < n; j++) {
            mean[j] = stats.mean(round.arm(j), params.initial());
        }
        return mean;
    }

    @Override public int select(Round round, SplittableRandom rng) {
        int n = round.size();
        if (rng.nextDouble() < epsilon()) {
            return rng.nextInt(n);
        }
        return Ranking.argmax(means(round), n, rng);
    }

    @Override public Decision decide(Round round, SplittableRandom rng) {
        int j = select(round, rng);
        double[] m = means(round);
        int n = round.size();
        double eps = epsilon();
        boolean best = Ranking.above(m, n, m[j]) == 0;
        double p = eps / n + (best ? (1 - eps) / Ranking.ties(m, n, j) : 0.0);
        return new Decision(round.arm(j), j, p);
    }

    @Override public Slate decideSlate(Round round, int k, SplittableRandom rng) {
        int n = round.size();
        int m = Math.min(k, n);
        double eps = epsilon();
        double[] means = means(round);
        int[] cand = new int[m];
        if (rng.nextDouble() < eps) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int p = 0; p < m; p++) {
                int r = p + rng.nextInt(n - p);
                int t = perm[p];
                perm[p] = perm[r];
                perm[r] = t;
                cand[p] = perm[p];
            }
        } else {
            Ranking.topK(means, n, m, rng, cand);
        }
        int[] arm = new int[m];
        double[] prop = new double[m];
        for (int p = 0; p < m; p++) {
            arm[p] = round.arm(cand[p]);
            prop[p] = eps / n + (1 - eps) * Ranking.slotProbability(means, n, cand[p], p);
        }
        return new Slate(arm, cand, prop);
    }

    @Override public void probabilities(Round round, SplittableRandom rng, double[] out) {
        int n = round.size();
        double[] m = means(round);
        double eps = epsilon();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, m[j]);
        }
        int g = 0;
        for (int j = 0; j < n; j++) {
            g += m[j] == max ? 1 : 0;
        }
        for (int j = 0; j < n; j++) {
            out[j] = eps / n + (m[j] == max ? (1 - eps) / g : 0.0);
        }
    }

    @Override public void update(Feedback f) {
        check(f);
        stats.add(f.arm(), f.reward(), f.examination());
        updates++;
    }

    /** The mean reward of {@code arm} so far ({@link Params#initial()} when never tried). */
    public double mean(int arm) {
        return stats.mean(arm, params.initial());
    }

    @Override void saveState(Map<String, double[]> out) {
        stats.save(out);
    }

    @Override void restoreState(PolicySnapshot s) {
        stats.restore(s);
    }
}
