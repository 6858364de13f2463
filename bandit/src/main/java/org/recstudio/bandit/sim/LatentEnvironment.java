package org.recstudio.bandit.sim;

import java.util.SplittableRandom;

/**
 * A generated environment with known ground truth: user u clicks item i with probability
 * σ(a + b_i + w_u·v_i), latent factors w_u, v_i ~ N(0, σ_f² I) of rank r, item effects b_i ~ N(0, σ_b²), and
 * the intercept a calibrated to the base CTR. Strategies observe noisy versions — content features
 * [v_i, b_i] + N(0, η²) and user features w_u + N(0, η²) — so content helps but does not reveal the truth.
 * Each user gets a pre-simulation history of {@code historyLength} items drawn in proportion to its click
 * probabilities, and each item a historic popularity from the clicks of {@code historyImpressions} random views.
 */
public final class LatentEnvironment {

    /**
     * @param users              users in the pool
     * @param items              items in the catalog
     * @param rank               latent dimension r
     * @param baseCtr            mean click probability
     * @param itemEffect         σ_b, the spread of item appeal (sets how much a best arm stands out)
     * @param factorScale        σ_f, the spread of personal taste
     * @param featureNoise       η, the noise on observable features
     * @param historyLength      pre-simulation interactions per user
     * @param historyImpressions historic views per item behind its popularity
     */
    public record Params(int users, int items, int rank, double baseCtr, double itemEffect, double factorScale,
                         double featureNoise, int historyLength, int historyImpressions) {
        public Params {
            if (users < 1 || items < 2 || rank < 0) {
                throw new IllegalArgumentException("need users >= 1, items >= 2, rank >= 0; got " + users + ", "
                        + items + ", " + rank);
            }
            if (!(baseCtr > 0 && baseCtr < 1)) {
                throw new IllegalArgumentException("baseCtr must be in (0, 1), got " + baseCtr);
            }
            if (!(itemEffect >= 0 && factorScale >= 0 && featureNoise >= 0)) {
                throw new IllegalArgumentException("itemEffect, factorScale and featureNoise must be >= 0, got "
                        + itemEffect + ", " + factorScale + ", " + featureNoise);
            }
            if (historyLength < 0 || historyImpressions < 0) {
                throw new IllegalArgumentException("historyLength and historyImpressions must be >= 0, got "
                        + historyLength + ", " + historyImpressions);
            }
        }

        public static Params defaults() {
            return new Params(200, 100, 4, 0.05, 1.0, 0.7, 0.3, 5, 200);
        }
    }

    private LatentEnvironment() {
    }

    /** Generates the environment of {@code params} from {@code seed}. */
    public static Environment generate(Params p, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int r = p.rank();
        double[][] w = new double[p.users()][r];
        double[][] v = new double[p.items()][r];
        double[] b = new double[p.items()];
        for (double[] row : w) {
            fill(row, rng, p.factorScale());
        }
        for (int i = 0; i < p.items(); i++) {
            fill(v[i], rng, p.factorScale());
            b[i] = p.itemEffect() * rng.nextGaussian();
        }
        double[] s = new double[p.users() * p.items()];
        for (int u = 0; u < p.users(); u++) {
            for (int i = 0; i < p.items(); i++) {
                double dot = 0;
                for (int k = 0; k < r; k++) {
                    dot += w[u][k] * v[i][k];
                }
                s[u * p.items() + i] = b[i] + dot;
            }
        }
        double a = Calibration.intercept(s, s.length, 1.0, p.baseCtr());
        float[][] att = new float[p.users()][p.items()];
        for (int u = 0; u < p.users(); u++) {
            for (int i = 0; i < p.items(); i++) {
                att[u][i] = (float) Calibration.sigmoid(a + s[u * p.items() + i]);
            }
        }
        double[][] itemFeat = new double[p.items()][r + 1];
        for (int i = 0; i < p.items(); i++) {
            for (int k = 0; k < r; k++) {
                itemFeat[i][k] = v[i][k] + p.featureNoise() * rng.nextGaussian();
            }
            itemFeat[i][r] = b[i] + p.featureNoise() * rng.nextGaussian();
        }
        double[][] userFeat = null;
        if (r > 0) {
            userFeat = new double[p.users()][r];
            for (int u = 0; u < p.users(); u++) {
                for (int k = 0; k < r; k++) {
                    userFeat[u][k] = w[u][k] + p.featureNoise() * rng.nextGaussian();
                }
            }
        }
        double[] pop = new double[p.items()];
        for (int i = 0; i < p.items(); i++) {
            int clicks = 0;
            for (int t = 0; t < p.historyImpressions(); t++) {
                clicks += rng.nextDouble() < att[rng.nextInt(p.users())][i] ? 1 : 0;
            }
            pop[i] = clicks;
        }
        int[][] history = new int[p.users()][];
        for (int u = 0; u < p.users(); u++) {
            history[u] = sampleHistory(att[u], p.historyLength(), rng);
        }
        String desc = String.format("generated latent model: %d users, %d items, rank %d, base CTR %.3f, item effect "
                + "%.2f, taste %.2f, feature noise %.2f", p.users(), p.items(), r, p.baseCtr(), p.itemEffect(),
                p.factorScale(), p.featureNoise());
        return new Environment(desc, att, p.baseCtr(), itemFeat, userFeat, pop, history);
    }

    private static void fill(double[] row, SplittableRandom rng, double scale) {
        for (int k = 0; k < row.length; k++) {
            row[k] = scale * rng.nextGaussian();
        }
    }

    /** {@code n} distinct items drawn with probability proportional to {@code weight} (fewer if not enough). */
    static int[] sampleHistory(float[] weight, int n, SplittableRandom rng) {
        int m = Math.min(n, weight.length);
        double[] w = new double[weight.length];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = weight[i];
            total += w[i];
        }
        int[] out = new int[m];
        for (int k = 0; k < m; k++) {
            double u = rng.nextDouble() * total;
            int pick = -1;
            for (int i = 0; i < w.length; i++) {
                if (w[i] > 0) {
                    pick = i;
                    u -= w[i];
                    if (u < 0) {
                        break;
                    }
                }
            }
            if (pick < 0) {
                return java.util.Arrays.copyOf(out, k);
            }
            out[k] = pick;
            total -= w[pick];
            w[pick] = 0;
        }
        return out;
    }
}
