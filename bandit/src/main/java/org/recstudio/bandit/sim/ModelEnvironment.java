package org.recstudio.bandit.sim;

import org.recstudio.engine.model.Model;
import org.recstudio.engine.progress.Progress;

/**
 * An environment whose true preferences come from a {@link Model} fitted on the workspace (ALS, item-kNN…): the
 * model's scores for the pool's users and items are standardised and mapped to click probabilities by the
 * calibrated logistic σ(a + sharpness·z), the intercept a set so the mean probability is the base CTR
 * ({@link Calibration}). Items the model cannot score get probability 0.
 */
public final class ModelEnvironment {

    /** What strategies may observe about the pool, indexed like the pool (rows may be null). */
    public record Observables(double[][] itemFeatures, double[][] userFeatures, double[] popularity,
                              int[][] history) {
    }

    private ModelEnvironment() {
    }

    /**
     * The environment of {@code model} restricted to the model's users {@code poolUsers} and items
     * {@code poolItems}: pool user u is model user {@code poolUsers[u]}, pool item i is {@code poolItems[i]}.
     */
    public static Environment of(Model model, int[] poolUsers, int[] poolItems, double baseCtr, double sharpness,
                                 Observables observables, Progress progress) {
        if (!(sharpness > 0) || Double.isInfinite(sharpness)) {
            throw new IllegalArgumentException("sharpness must be > 0 and finite, got " + sharpness);
        }
        int nu = poolUsers.length;
        int ni = poolItems.length;
        double[] s = new double[nu * ni];
        float[] row = new float[model.itemCount()];
        double sum = 0;
        double sq = 0;
        long finite = 0;
        for (int u = 0; u < nu; u++) {
            if ((u & 63) == 0) {
                progress.checkCancelled();
                progress.update("Scoring the environment's users", u, nu);
            }
            model.scoreAll(poolUsers[u], row);
            for (int i = 0; i < ni; i++) {
                double v = row[poolItems[i]];
                if (Double.isFinite(v)) {
                    sum += v;
                    sq += v * v;
                    finite++;
                    s[u * ni + i] = v;
                } else {
                    s[u * ni + i] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        progress.update("Scoring the environment's users", nu, nu);
        if (finite == 0) {
            throw new IllegalArgumentException("the model scores none of the pool's user-item pairs");
        }
        double mean = sum / finite;
        double sd = Math.sqrt(Math.max(sq / finite - mean * mean, 1e-24));
        for (int k = 0; k < s.length; k++) {
            if (s[k] != Double.NEGATIVE_INFINITY) {
                s[k] = (s[k] - mean) / sd;
            }
        }
        double a = Calibration.intercept(s, s.length, sharpness, baseCtr);
        float[][] att = new float[nu][ni];
        for (int u = 0; u < nu; u++) {
            for (int i = 0; i < ni; i++) {
                double z = s[u * ni + i];
                att[u][i] = z == Double.NEGATIVE_INFINITY ? 0f : (float) Calibration.sigmoid(a + sharpness * z);
            }
        }
        String desc = String.format("preferences from model %s (%d users x %d items, base CTR %.3f, sharpness %.2f)",
                model.provenance().algorithm(), nu, ni, baseCtr, sharpness);
        return new Environment(desc, att, baseCtr, observables.itemFeatures(), observables.userFeatures(),
                observables.popularity(), observables.history());
    }
}
