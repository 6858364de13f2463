package org.recstudio.bandit.policy;

import java.util.SplittableRandom;

/**
 * Arg-max and top-K over candidate scores with uniformly random tie-breaking, and the exact probability of each
 * outcome under that tie-breaking: an item whose score ties with {@code g} candidates (itself included) is in
 * any one slot of its tie group with probability {@code 1/g}.
 */
public final class Ranking {

    private Ranking() {
    }

    /** The index of the largest of {@code score[0..n)}, ties broken uniformly at random (reservoir sampling). */
    public static int argmax(double[] score, int n, SplittableRandom rng) {
        int best = 0;
        double bv = score[0];
        int ties = 1;
        for (int j = 1; j < n; j++) {
            double s = score[j];
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

    /** Number of candidates whose score equals {@code score[j]}. */
    public static int ties(double[] score, int n, int j) {
        int g = 0;
        double s = score[j];
        for (int i = 0; i < n; i++) {
            if (score[i] == s) {
                g++;
            }
        }
        return g;
    }

    /** Number of candidates with a score strictly above {@code s}. */
    public static int above(double[] score, int n, double s) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (score[i] > s) {
                c++;
            }
        }
        return c;
    }

    /**
     * Fills {@code out[0..k)} with the candidates of the {@code k} highest scores, best first, ties in uniformly
     * random order; O(n·k), meant for page-sized k.
     */
    public static void topK(double[] score, int n, int k, SplittableRandom rng, int[] out) {
        boolean[] taken = new boolean[n];
        for (int p = 0; p < k; p++) {
            int best = -1;
            double bv = Double.NEGATIVE_INFINITY;
            int ties = 0;
            for (int j = 0; j < n; j++) {
                if (taken[j]) {
                    continue;
                }
                double s = score[j];
                if (best < 0 || s > bv) {
                    bv = s;
                    best = j;
                    ties = 1;
                } else if (s == bv && rng.nextInt(++ties) == 0) {
                    best = j;
                }
            }
            taken[best] = true;
            out[p] = best;
        }
    }

    /**
     * The probability that the deterministic ranking by {@code score} (random ties) puts candidate {@code j} in
     * slot {@code position}: {@code 1/g} when the slot lies within j's tie group, else 0.
     */
    public static double slotProbability(double[] score, int n, int j, int position) {
        int start = above(score, n, score[j]);
        int g = ties(score, n, j);
        return position >= start && position < start + g ? 1.0 / g : 0.0;
    }
}
