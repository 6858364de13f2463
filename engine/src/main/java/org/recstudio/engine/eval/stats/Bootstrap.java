package org.recstudio.engine.eval.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.recstudio.engine.eval.metric.ListMetric;

/**
 * Percentile bootstrap confidence intervals over users (Efron &amp; Tibshirani 1993): resample the evaluated users
 * with replacement {@code resamples} times, recompute the metric, take the (1−c)/2 and (1+c)/2 quantiles.
 *
 * <p>Resample {@code b} is drawn from a generator seeded by {@code (seed, b)} only, so every metric and every model
 * of a run sees the same resampled user sets, and the same seed gives the same intervals.
 */
public final class Bootstrap {

    private final int resamples;
    private final double confidence;
    private final long seed;

    public Bootstrap(int resamples, double confidence, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap needs at least 1 resample, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        this.resamples = resamples;
        this.confidence = confidence;
        this.seed = seed;
    }

    public int resamples() {
        return resamples;
    }

    public double confidence() {
        return confidence;
    }

    /** The mean of {@code values} (one per user) with its interval. */
    public Interval mean(double[] values) {
        return means(new double[][] {values})[0];
    }

    /** The means of several per-user columns (each of the same users), resampled together. */
    public Interval[] means(double[][] columns) {
        int m = columns.length;
        int n = m == 0 ? 0 : columns[0].length;
        Interval[] out = new Interval[m];
        if (n == 0) {
            for (int c = 0; c < m; c++) {
                out[c] = new Interval(Double.NaN, Double.NaN, Double.NaN);
            }
            return out;
        }
        double[][] stats = new double[m][resamples];
        double[] sums = new double[m];
        for (int b = 0; b < resamples; b++) {
            SplittableRandom rnd = generator(b);
            Arrays.fill(sums, 0);
            for (int i = 0; i < n; i++) {
                int j = rnd.nextInt(n);
                for (int c = 0; c < m; c++) {
                    sums[c] += columns[c][j];
                }
            }
            for (int c = 0; c < m; c++) {
                stats[c][b] = sums[c] / n;
            }
        }
        for (int c = 0; c < m; c++) {
            double mean = 0;
            for (double v : columns[c]) {
                mean += v;
            }
            out[c] = interval(mean / n, stats[c]);
        }
        return out;
    }

    /**
     * A metric over the set of lists (e.g. coverage) with its interval, resampling which users' lists are used.
     *
     * <p>Resampling with replacement repeats some users and drops others, which systematically lowers set metrics
     * such as coverage, so the plain percentile interval can miss the point estimate altogether. The interval is
     * therefore the percentile interval shifted by the bootstrap estimate of that bias, mean(T*) − T
     * (Efron &amp; Tibshirani 1993, ch. 10), widened to include the point estimate when the shift overshoots a
     * nearly constant resampling distribution (e.g. the coverage of a popularity model).
     */
    public Interval lists(ListMetric metric, int[][] lists, int k) {
        int n = lists.length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double point = metric.value(lists, all, k);
        if (n == 0) {
            return new Interval(point, point, point);
        }
        double[] stats = new double[resamples];
        int[] selection = new int[n];
        for (int b = 0; b < resamples; b++) {
            SplittableRandom rnd = generator(b);
            for (int i = 0; i < n; i++) {
                selection[i] = rnd.nextInt(n);
            }
            stats[b] = metric.value(lists, selection, k);
        }
        double bias = 0;
        for (double x : stats) {
            bias += x;
        }
        bias = bias / resamples - point;
        Interval raw = interval(point, stats);
        return new Interval(point, Math.min(point, raw.low() - bias), Math.max(point, raw.high() - bias));
    }

    private SplittableRandom generator(int b) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + b);
    }

    private Interval interval(double point, double[] stats) {
        Arrays.sort(stats);
        return new Interval(point, quantile(stats, (1 - confidence) / 2), quantile(stats, (1 + confidence) / 2));
    }

    /** The q-quantile of sorted values, linearly interpolated (Hyndman &amp; Fan type 7). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
