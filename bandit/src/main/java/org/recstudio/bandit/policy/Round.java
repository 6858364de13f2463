package org.recstudio.bandit.policy;

import java.util.Arrays;

/**
 * The candidate arms of one decision, with the feature vectors contextual policies read: {@code x} (dimension
 * {@code d}, one row per candidate: the arm's own context, e.g. user and request features for a per-arm model)
 * and optionally {@code z} (dimension {@code k}: features shared across arms, e.g. item content, for the shared
 * part of hybrid LinUCB or linear Thompson sampling).
 *
 * <p>The arrays are wrapped, not copied (a round is built once per decision on a hot path): the caller must not
 * change them while a policy reads them. Candidates must be distinct arms in {@code [0, policy.armCount())}.
 */
public final class Round {

    private final int[] arms;
    private final int size;
    private final double[] x;
    private final int d;
    private final double[] z;
    private final int k;
    private final boolean identity;

    private Round(int[] arms, int size, double[] x, int d, double[] z, int k) {
        if (size < 1 || size > arms.length) {
            throw new IllegalArgumentException("a round needs 1.." + arms.length + " candidates, got " + size);
        }
        if (d < 0 || (long) size * d > (x == null ? 0 : x.length)) {
            throw new IllegalArgumentException("features hold " + (x == null ? 0 : x.length) + " values, need "
                    + size + " candidates x " + d + " dimensions");
        }
        if (k < 0 || (long) size * k > (z == null ? 0 : z.length)) {
            throw new IllegalArgumentException("shared features hold " + (z == null ? 0 : z.length)
                    + " values, need " + size + " candidates x " + k + " dimensions");
        }
        this.arms = arms;
        this.size = size;
        this.x = x;
        this.d = d;
        this.z = z;
        this.k = k;
        boolean id = true;
        for (int j = 0; j < size && id; j++) {
            id = arms[j] == j;
        }
        this.identity = id;
    }

    /** Whether candidate j is arm j for every j (lets policies read per-arm arrays directly). */
    boolean identity() {
        return identity;
    }

    /** A context-free round over the first {@code size} entries of {@code arms}. */
    public static Round of(int[] arms, int size) {
        return new Round(arms, size, null, 0, null, 0);
    }

    /** A context-free round over all arms {@code 0..n-1}. */
    public static Round all(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return of(a, n);
    }

    /** A contextual round: candidate {@code j}'s features are {@code x[j*d .. j*d+d)}. */
    public static Round withFeatures(int[] arms, int size, double[] x, int d) {
        return new Round(arms, size, x, d, null, 0);
    }

    /** A hybrid round with per-arm features {@code x} (dimension d) and shared features {@code z} (dimension k). */
    public static Round withFeatures(int[] arms, int size, double[] x, int d, double[] z, int k) {
        return new Round(arms, size, x, d, z, k);
    }

    /** Number of candidates. */
    public int size() {
        return size;
    }

    /** The arm of candidate {@code j}. */
    public int arm(int j) {
        return arms[j];
    }

    /** Dimension of the per-arm features (0 when context-free). */
    public int dimension() {
        return d;
    }

    /** Dimension of the shared features (0 when absent). */
    public int sharedDimension() {
        return k;
    }

    /** The per-arm feature rows, candidate {@code j} at offset {@code j * dimension()} (shared, do not modify). */
    public double[] features() {
        return x;
    }

    /** The shared feature rows, candidate {@code j} at offset {@code j * sharedDimension()} (do not modify). */
    public double[] sharedFeatures() {
        return z;
    }

    /** The feedback of showing candidate {@code j} and observing {@code reward}, fully examined. */
    public Feedback feedback(int j, double reward) {
        return feedback(j, reward, 1.0);
    }

    /**
     * The feedback of showing candidate {@code j} at a slot examined with probability {@code examination} (the
     * position-based click model's κ of the slot) and observing {@code reward}; copies the candidate's features.
     */
    public Feedback feedback(int j, double reward, double examination) {
        if (j < 0 || j >= size) {
            throw new IllegalArgumentException("candidate " + j + " outside the round's " + size + " candidates");
        }
        double[] fx = d == 0 ? null : Arrays.copyOfRange(x, j * d, j * d + d);
        double[] fz = k == 0 ? null : Arrays.copyOfRange(z, j * k, j * k + k);
        return new Feedback(arms[j], reward, examination, fx, fz);
    }
}
