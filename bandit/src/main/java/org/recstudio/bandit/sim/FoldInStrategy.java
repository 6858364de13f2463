package org.recstudio.bandit.sim;

import java.util.SplittableRandom;
import org.recstudio.bandit.linalg.Cholesky;
import org.recstudio.bandit.policy.Ranking;

/**
 * A trained matrix-factorisation recommender (e.g. ALS) with fold-in: item factors are fixed, a user's vector is
 * solved from their history by the implicit-feedback normal equations of Hu, Koren &amp; Volinsky (2008),
 * x_u = (YᵀY + α·Y_Hᵀ Y_H + λI)⁻¹ (1 + α) Y_Hᵀ 1, refreshed after each click. Items without factors (the new
 * items, unseen at training time) cannot be scored and come last.
 */
final class FoldInStrategy implements Strategy {

    private final float[][] itemFactors;
    private final int r;
    private final double alpha;
    private final double lambda;
    private final double[] gram;
    private final java.util.List<java.util.List<Integer>> history;
    private final double[][] userVector;
    private double[] buf = new double[0];

    FoldInStrategy(Environment env, Arrivals arrivals, float[][] itemFactors, double alpha, double lambda) {
        this.itemFactors = itemFactors.clone();
        for (int i = 0; i < this.itemFactors.length; i++) {
            if (arrivals.isNewItem(i)) {
                this.itemFactors[i] = null; // trained before the item existed
            }
        }
        int dim = 0;
        for (float[] f : this.itemFactors) {
            if (f != null) {
                dim = f.length;
                break;
            }
        }
        this.r = dim;
        this.alpha = alpha;
        this.lambda = lambda;
        this.gram = new double[r * r];
        for (float[] f : this.itemFactors) {
            if (f != null) {
                for (int a = 0; a < r; a++) {
                    for (int b = 0; b < r; b++) {
                        gram[a * r + b] += f[a] * f[b];
                    }
                }
            }
        }
        history = new java.util.ArrayList<>();
        userVector = new double[env.userCount()][];
        for (int u = 0; u < env.userCount(); u++) {
            java.util.List<Integer> h = new java.util.ArrayList<>();
            if (!arrivals.isNewUser(u)) {
                for (int i : env.history(u)) {
                    if (this.itemFactors[i] != null) {
                        h.add(i);
                    }
                }
            }
            history.add(h);
        }
    }

    static StrategyFactory factory(float[][] itemFactors) {
        return new StrategyFactory() {
            @Override public String name() {
                return "als";
            }

            @Override public String unavailable(Environment env) {
                if (itemFactors == null) {
                    return "skipped: no ALS model given";
                }
                return itemFactors.length == env.itemCount() ? null : "skipped: ALS factors for "
                        + itemFactors.length + " items, the environment has " + env.itemCount();
            }

            @Override public Strategy create(Environment env, Arrivals arrivals, SimulationConfig config) {
                return new FoldInStrategy(env, arrivals, itemFactors, 10.0, 0.1);
            }
        };
    }

    private double[] vector(int user) {
        double[] x = userVector[user];
        if (x != null) {
            return x;
        }
        double[] a = gram.clone();
        double[] b = new double[r];
        for (int i = 0; i < r; i++) {
            a[i * r + i] += lambda;
        }
        for (int item : history.get(user)) {
            float[] f = itemFactors[item];
            for (int p = 0; p < r; p++) {
                b[p] += (1 + alpha) * f[p];
                for (int q = 0; q < r; q++) {
                    a[p * r + q] += alpha * f[p] * f[q];
                }
            }
        }
        double[] l = new double[r * r];
        if (!Cholesky.factor(a, r, l)) {
            throw new IllegalStateException("fold-in system of user " + user + " is not positive-definite");
        }
        Cholesky.solve(l, r, b);
        userVector[user] = b;
        return b;
    }

    @Override public void choose(long round, int user, int[] candidates, int n, int k, SplittableRandom rng,
                                 int[] out) {
        if (buf.length < n) {
            buf = new double[n];
        }
        double[] x = vector(user);
        for (int j = 0; j < n; j++) {
            float[] f = itemFactors[candidates[j]];
            double s = Double.NEGATIVE_INFINITY;
            if (f != null) {
                s = 0;
                for (int p = 0; p < r; p++) {
                    s += x[p] * f[p];
                }
            }
            buf[j] = s;
        }
        Ranking.topK(buf, n, k, rng, out);
    }

    @Override public void observe(long round, int user, int item, int slot, double examination, boolean click) {
        if (click && itemFactors[item] != null) {
            history.get(user).add(item);
            userVector[user] = null;
        }
    }
}
