package org.recstudio.samples;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A sampler that draws ids in proportion to fixed weights, optionally only among ids in a range.
 *
 * <p>Ids are kept ascending with cumulative weights, so a draw restricted to ids below a limit (for example
 * "items that already exist at this time", when item indices follow creation order) is two binary searches.
 */
final class WeightedSampler {

    private final int[] ids;
    private final double[] cumulative;

    private WeightedSampler(int[] ids, double[] weights) {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length");
        }
        this.ids = ids.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, got " + weights[i]);
            }
            if (i > 0 && ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException("ids must be strictly ascending");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** A sampler over ids {@code 0..weights.length-1}. */
    static WeightedSampler of(double... weights) {
        int[] ids = new int[weights.length];
        Arrays.setAll(ids, i -> i);
        return new WeightedSampler(ids, weights);
    }

    /** A sampler over ids {@code 0..weights.size()-1}. */
    static WeightedSampler of(java.util.List<Double> weights) {
        return of(weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A sampler over the given strictly ascending ids with their weights. */
    static WeightedSampler over(int[] ids, double[] weights) {
        return new WeightedSampler(ids, weights);
    }

    /** How many ids this sampler holds. */
    int size() {
        return ids.length;
    }

    /** Draws an id among all ids, or -1 when empty. */
    int sample(SplittableRandom rng) {
        return sampleBetween(rng, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Draws an id below {@code limit}, or -1 when there is none. */
    int sampleBelow(SplittableRandom rng, int limit) {
        return sampleBetween(rng, Integer.MIN_VALUE, limit);
    }

    /** Draws an id in {@code [from, to)}, or -1 when there is none. */
    int sampleBetween(SplittableRandom rng, int from, int to) {
        int lo = lowerBound(from);
        int hi = lowerBound(to);
        if (lo >= hi) {
            return -1;
        }
        double base = lo == 0 ? 0.0 : cumulative[lo - 1];
        double top = cumulative[hi - 1];
        if (!(top > base)) {
            return ids[lo + rng.nextInt(hi - lo)];
        }
        double u = base + rng.nextDouble() * (top - base);
        int a = lo;
        int b = hi - 1;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (cumulative[mid] > u) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return ids[a];
    }

    private int lowerBound(int id) {
        int a = 0;
        int b = ids.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (ids[mid] < id) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }
}
