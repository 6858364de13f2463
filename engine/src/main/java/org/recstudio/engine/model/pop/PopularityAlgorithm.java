package org.recstudio.engine.model.pop;

import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.progress.Progress;

/**
 * Popularity: items ranked by how much they are used — all time, time-decayed with a half-life, or trending
 * (recent rate against past rate) — globally or per user segment (a user attribute, or the user's favourite
 * category). The baseline every personalised model must beat, and the cold-start fallback.
 *
 * <p>Scores, with {@code w} an interaction's weight (1, or its strength) and {@code T} the dataset's last
 * interaction time:
 * <ul>
 *   <li>GLOBAL: {@code Σ w};</li>
 *   <li>DECAYED: {@code Σ w · 2^(-(T - t) / halfLife)} (interactions without a time count as the oldest);</li>
 *   <li>TRENDING: {@code (r + prior) / (p · window / span + prior)}, with {@code r} the weight in the window
 *   {@code (T - window, T]}, {@code p} the weight before it, spread over its {@code span} from the first
 *   interaction — how many times faster than usual the item is used now.</li>
 * </ul>
 * Per segment, each segment's counts get {@code segmentSmoothing} pseudo-interactions spread by global
 * popularity (additive smoothing) before the same formula. Users without a segment get the global scores. See
 * Cremonesi, Koren &amp; Turrin, "Performance of recommender algorithms on top-N recommendation tasks" (RecSys
 * 2010) for popularity as a top-N baseline, and Ji et al., "A Re-visit of the Popularity Baseline in Recommender
 * Systems" (SIGIR 2020) for time-aware popularity.
 */
public final class PopularityAlgorithm implements Algorithm<PopularityParams> {

    static final String NAME = "popularity";
    private static final double DAY_MS = 86_400_000.0;

    @Override public String name() {
        return NAME;
    }

    @Override public Class<PopularityParams> paramsType() {
        return PopularityParams.class;
    }

    @Override public PopularityParams defaults() {
        return PopularityParams.defaults();
    }

    @Override public Model fit(Dataset data, PopularityParams params, long seed, Progress progress) {
        long start = System.nanoTime();
        progress.update("Counting popularity", 0, 3);
        CsrMatrix m = data.byUser();
        double[][] weights = entryWeights(m, params);
        progress.checkCancelled();
        UserSegments segments = switch (params.segment()) {
            case NONE -> UserSegments.none(data.userCount());
            case USER_ATTRIBUTE -> UserSegments.byAttribute(data, params.userAttribute());
            case CATEGORY -> UserSegments.byCategory(data, sum(weights));
        };
        progress.update("Counting popularity", 1, 3);
        int items = data.itemCount();
        int parts = weights.length;
        double[][] global = new double[parts][items];
        double[][][] bySegment = new double[segments.names().size()][parts][items];
        for (int u = 0; u < m.rows(); u++) {
            int s = segments.ofUser()[u];
            for (int k = m.start(u); k < m.end(u); k++) {
                for (int p = 0; p < parts; p++) {
                    global[p][m.col(k)] += weights[p][k];
                    if (s >= 0) {
                        bySegment[s][p][m.col(k)] += weights[p][k];
                    }
                }
            }
        }
        progress.checkCancelled();
        progress.update("Counting popularity", 2, 3);
        double windowShare = windowShare(m, params);
        float[] globalScores = scores(global, windowShare, params);
        float[][] segmentScores = new float[bySegment.length][];
        for (int s = 0; s < bySegment.length; s++) {
            segmentScores[s] = scores(smooth(bySegment[s], global, params.segmentSmoothing()), windowShare, params);
        }
        progress.update("Counting popularity", 3, 3);
        return new PopularityModel(Provenances.of(NAME, params, data, seed, start), params.mode(), data.userCount(),
                globalScores, segments.ofUser(), segments.names(), segmentScores);
    }

    /**
     * The weight of each interaction (entry of {@code byUser}): one array for GLOBAL and DECAYED, two (recent,
     * past) for TRENDING.
     */
    static double[][] entryWeights(CsrMatrix m, PopularityParams params) {
        int n = m.nnz();
        long[] range = timeRange(m);
        long last = range[1];
        long first = range[0];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = params.weighting() == PopularityParams.Weighting.COUNT ? 1.0 : m.strength(k);
        }
        if (params.mode() == PopularityParams.Mode.DECAYED && last != Long.MIN_VALUE) {
            for (int k = 0; k < n; k++) {
                long t = m.time(k) == Long.MIN_VALUE ? first : m.time(k);
                w[k] *= Math.pow(2, -(last - t) / (params.halfLifeDays() * DAY_MS));
            }
        }
        if (params.mode() != PopularityParams.Mode.TRENDING) {
            return new double[][] {w};
        }
        double windowStart = last == Long.MIN_VALUE ? Double.POSITIVE_INFINITY
                : last - params.trendWindowDays() * DAY_MS;
        double[] recent = new double[n];
        double[] past = new double[n];
        for (int k = 0; k < n; k++) {
            boolean isRecent = m.time(k) != Long.MIN_VALUE && m.time(k) > windowStart;
            (isRecent ? recent : past)[k] = w[k];
        }
        return new double[][] {recent, past};
    }

    /** The window's length over the span of the past before it (0 when there is no such past). */
    static double windowShare(CsrMatrix m, PopularityParams params) {
        long[] range = timeRange(m);
        if (range[1] == Long.MIN_VALUE) {
            return 0;
        }
        double window = params.trendWindowDays() * DAY_MS;
        double span = range[1] - window - range[0];
        return span > 0 ? window / span : 0;
    }

    /** The scores from the (smoothed) masses: the mass itself, or the trending ratio. */
    static float[] scores(double[][] mass, double windowShare, PopularityParams params) {
        float[] out = new float[mass[0].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = params.mode() == PopularityParams.Mode.TRENDING
                    ? (float) ((mass[0][i] + params.trendPrior())
                            / (mass[1][i] * windowShare + params.trendPrior()))
                    : (float) mass[0][i];
        }
        return out;
    }

    private static double[][] smooth(double[][] segment, double[][] global, double pseudo) {
        double[][] out = new double[segment.length][];
        for (int p = 0; p < segment.length; p++) {
            double total = 0;
            for (double g : global[p]) {
                total += g;
            }
            out[p] = new double[segment[p].length];
            for (int i = 0; i < out[p].length; i++) {
                out[p][i] = segment[p][i] + (total > 0 ? pseudo * global[p][i] / total : 0);
            }
        }
        return out;
    }

    private static double[] sum(double[][] parts) {
        double[] s = parts[0].clone();
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < s.length; k++) {
                s[k] += parts[p][k];
            }
        }
        return s;
    }

    /** {first, last} known interaction time, both {@link Long#MIN_VALUE} when no time is known. */
    private static long[] timeRange(CsrMatrix m) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int k = 0; k < m.nnz(); k++) {
            long t = m.time(k);
            if (t != Long.MIN_VALUE) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        return new long[] {last == Long.MIN_VALUE ? Long.MIN_VALUE : first, last};
    }
}
