package org.recstudio.bandit.ope;

import java.util.SplittableRandom;
import org.recstudio.bandit.linalg.Cholesky;
import org.recstudio.bandit.linalg.LinAlg;
import org.recstudio.engine.progress.Progress;

/**
 * A ridge-regression reward model: q̂(x, a, s) = wᵀφ(x, a, s) with φ = [1, encoded context x, one-hot action,
 * one-hot slot, item features of a], clipped to the range of the logged rewards. Fitted with K-fold cross-fitting (Chernozhukov et al.
 * 2018; as in the Open Bandit Pipeline's DR): a row's prediction comes from the model fitted on the other folds,
 * so the direct and doubly robust estimators do not reuse a row's own reward.
 */
public final class RidgeRewardModel implements RewardModel {

    private final BanditLog log;
    private final LogFeatures features;
    private final double[][] weights;
    private final int[] fold;
    private final int dimension;
    private final double[] phi;
    private final double low;
    private final double high;

    private RidgeRewardModel(BanditLog log, LogFeatures features, double[][] weights, int[] fold, int dimension) {
        this.log = log;
        this.features = features;
        this.weights = weights;
        this.fold = fold;
        this.dimension = dimension;
        this.phi = new double[dimension];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < log.size(); i++) {
            lo = Math.min(lo, log.reward(i));
            hi = Math.max(hi, log.reward(i));
        }
        this.low = lo;
        this.high = hi;
    }

    static int dimension(BanditLog log, LogFeatures f) {
        ItemContext items = log.itemContext();
        return 1 + f.dimension() + log.actionCount() + log.positionCount() + (items == null ? 0 : items.dimension());
    }

    private static void features(BanditLog log, LogFeatures f, int row, int action, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        out[0] = 1;
        f.write(log.absolute(row), out, 1);
        int o = 1 + f.dimension();
        out[o + action] = 1;
        o += log.actionCount();
        out[o + log.position(row)] = 1;
        o += log.positionCount();
        ItemContext items = log.itemContext();
        if (items != null) {
            System.arraycopy(items.features(action), 0, out, o, items.dimension());
        }
    }

    /** Fits with {@code folds} folds (1 = no cross-fitting) and ridge {@code lambda}; folds drawn from {@code seed}. */
    public static RidgeRewardModel fit(BanditLog log, double lambda, int folds, long seed, int maxCategories,
                                       Progress progress) {
        if (!(lambda > 0) || folds < 1 || folds > log.size()) {
            throw new IllegalArgumentException("need lambda > 0 and 1 <= folds <= rows, got " + lambda + " and "
                    + folds);
        }
        LogFeatures f = new LogFeatures(log, maxCategories);
        int d = dimension(log, f);
        if (d > 2000) {
            throw new IllegalArgumentException("the reward model would have " + d + " features; lower the number of "
                    + "categories per context column");
        }
        int n = log.size();
        int[] fold = new int[n];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            fold[i] = i % folds;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = fold[i];
            fold[i] = fold[j];
            fold[j] = t;
        }
        double[][] gram = new double[folds][d * d];
        double[][] rhs = new double[folds][d];
        double[] phi = new double[d];
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) {
                progress.checkCancelled();
                progress.update("Fitting the reward model", i, n);
            }
            features(log, f, i, log.action(i), phi);
            LinAlg.addOuter(gram[fold[i]], d, d, 1.0, phi, 0, phi, 0);
            LinAlg.axpy(log.reward(i), phi, 0, rhs[fold[i]], d);
        }
        double[][] w = new double[folds][];
        for (int k = 0; k < folds; k++) {
            double[] a = new double[d * d];
            double[] b = new double[d];
            for (int j = 0; j < folds; j++) {
                if (j != k || folds == 1) {
                    LinAlg.axpy(1.0, gram[j], 0, a, d * d);
                    LinAlg.axpy(1.0, rhs[j], 0, b, d);
                }
            }
            for (int i = 0; i < d; i++) {
                a[i * d + i] += lambda;
            }
            double[] l = new double[d * d];
            if (!Cholesky.factor(a, d, l)) {
                throw new IllegalStateException("reward model normal equations are not positive-definite");
            }
            Cholesky.solve(l, d, b);
            w[k] = b;
        }
        progress.update("Fitting the reward model", n, n);
        return new RidgeRewardModel(log, f, w, fold, d);
    }

    @Override public void predict(int row, double[] out) {
        double[] w = weights[weights.length == 1 ? 0 : fold[row]];
        // the context and slot part is shared by all actions; add each action's own terms
        features(log, features, row, 0, phi);
        int actionsAt = 1 + features.dimension();
        phi[actionsAt] = 0;
        double base = LinAlg.dot(w, 0, phi, 0, actionsAt + log.actionCount() + log.positionCount());
        int itemsAt = actionsAt + log.actionCount() + log.positionCount();
        ItemContext items = log.itemContext();
        for (int a = 0; a < log.actionCount(); a++) {
            double q = base + w[actionsAt + a];
            if (items != null) {
                q += LinAlg.dot(w, itemsAt, items.features(a), 0, items.dimension());
            }
            out[a] = Math.min(high, Math.max(low, q));
        }
    }
}
