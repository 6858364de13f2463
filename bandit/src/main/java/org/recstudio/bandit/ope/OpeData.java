package org.recstudio.bandit.ope;

import org.recstudio.engine.progress.Progress;

/**
 * The per-row quantities the estimators share, for a log, a target policy π and an optional reward model q̂:
 * the reward r_i, π_i = π(a_i | x_i, s_i), the importance weight w_i = π_i / μ_i (μ_i the logged propensity),
 * the direct-method value Σ_a π(a | x_i, s_i) q̂(x_i, a, s_i) and q̂ of the logged action.
 *
 * <p>Slots: each row is one (slot, action) impression; π and μ are slot-wise marginal probabilities, and the
 * estimated value is the expected reward per impression — the "independent slots" treatment of the Open Bandit
 * Pipeline.
 */
public final class OpeData {

    final double[] reward;
    final double[] pi;
    final double[] weight;
    final double[] dm;
    final double[] qLogged;
    final int n;

    private OpeData(int n) {
        this.n = n;
        reward = new double[n];
        pi = new double[n];
        weight = new double[n];
        dm = new double[n];
        qLogged = new double[n];
    }

    /** Computes the quantities; {@code model} may be null when no estimator needs it. */
    public static OpeData of(BanditLog log, TargetPolicy target, RewardModel model, Progress progress) {
        int n = log.size();
        int na = log.actionCount();
        OpeData d = new OpeData(n);
        double[] p = new double[na];
        double[] q = new double[na];
        for (int i = 0; i < n; i++) {
            if ((i & 4095) == 0) {
                progress.checkCancelled();
                progress.update("Applying the target policy", i, n);
            }
            target.probabilities(log, i, p);
            int a = log.action(i);
            d.reward[i] = log.reward(i);
            d.pi[i] = p[a];
            d.weight[i] = p[a] / log.propensity(i);
            if (model != null) {
                model.predict(i, q);
                double v = 0;
                for (int k = 0; k < na; k++) {
                    v += p[k] * q[k];
                }
                d.dm[i] = v;
                d.qLogged[i] = q[a];
            }
        }
        progress.update("Applying the target policy", n, n);
        return d;
    }

    public int size() {
        return n;
    }

    /** The importance weight of row {@code i}. */
    public double weight(int i) {
        return weight[i];
    }

    /** Kish's effective sample size of the importance weights, (Σw)²/Σw². */
    public double effectiveSampleSize() {
        return kish(weight);
    }

    /** Kish's effective sample size of replay's row weights π_i. */
    public double replayEffectiveSampleSize() {
        return kish(pi);
    }

    private double kish(double[] w) {
        double s = 0;
        double q = 0;
        for (int i = 0; i < n; i++) {
            s += w[i];
            q += w[i] * w[i];
        }
        return q == 0 ? 0 : s * s / q;
    }
}
