package org.recstudio.app.studio.explore;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetSummary;
import org.recstudio.engine.progress.Progress;

/**
 * The numbers behind the data explorer, computed from a {@link Dataset} in plain Java (no JavaFX): the
 * dataset summary, interactions over time, the item popularity curve with its head and long tail, and the
 * users-by-activity histogram.
 *
 * <p>The head is the top 20% of items by interactions, as in {@link DatasetSummary} and the CLI's
 * {@code stats}; the popularity-bias literature uses the same short-head/long-tail split (Abdollahpouri,
 * Burke and Mobasher, "Controlling Popularity Bias in Learning-to-Rank Recommendation", RecSys 2017).
 *
 * @param itemCounts interactions per item index
 * @param userCounts interactions per user index
 */
public record ExploreStats(DatasetSummary summary, TimeSeries timeline, Popularity popularity,
                           List<ActivityBin> userActivity, int[] itemCounts, int[] userCounts) {

    /** At most this many points are drawn on the popularity curve. */
    static final int MAX_CURVE_POINTS = 600;

    /** How interactions are bucketed in time. */
    public enum Period {
        DAY, WEEK, MONTH;

        /** The start of the bucket holding {@code date}. */
        LocalDate bucket(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> date.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate bucket) {
            return switch (this) {
                case DAY -> bucket.plusDays(1);
                case WEEK -> bucket.plusWeeks(1);
                case MONTH -> bucket.plusMonths(1);
            };
        }

        /** The finest period that keeps a span of {@code days} to a readable number of buckets. */
        static Period forSpan(long days) {
            return days <= 62 ? DAY : days <= 3 * 365 ? WEEK : MONTH;
        }
    }

    /** Interactions per period, gaps included as zero; {@code undated} counts interactions without a time. */
    public record TimeSeries(Period period, List<Bucket> buckets, long undated) {
    }

    /** One period starting on {@code start} (UTC) and its interaction count. */
    public record Bucket(LocalDate start, long count) {
    }

    /**
     * The popularity curve: items ranked by interactions (rank 1 = most popular), those without any left out.
     *
     * @param points     (rank, count) pairs, thinned to at most {@value #MAX_CURVE_POINTS}, first and last kept
     * @param headItems  the number of items in the head (top 20% of items)
     * @param headShare  the share of interactions the head holds
     * @param unseen     items without interactions (not on the curve)
     */
    public record Popularity(List<Point> points, int headItems, double headShare, int unseen) {
    }

    /** One point of the popularity curve. */
    public record Point(int rank, int count) {
    }

    /** Users whose interaction count lies in [{@code from}, {@code to}]. */
    public record ActivityBin(int from, int to, int users) {
        /** "0", "1", "2–3", "4–7", … */
        public String label() {
            return from == to ? Integer.toString(from) : from + "\u2013" + to;
        }

        /** The lower bound, compact: "0", "1", "2", "4", … "1k" — short enough for an axis. */
        public String shortLabel() {
            return Formats.compact(from);
        }
    }

    /** Computes the statistics of {@code d}; reports to and checks {@code progress} between passes. */
    public static ExploreStats of(Dataset d, Progress progress) {
        progress.update("Summarising", 0, 4);
        DatasetSummary summary = DatasetSummary.of(d, 10);
        progress.checkCancelled();
        progress.update("Summarising", 1, 4);
        TimeSeries timeline = timeline(d.byUser());
        progress.checkCancelled();
        progress.update("Summarising", 2, 4);
        int[] itemCounts = rowLengths(d.byItem());
        int[] userCounts = rowLengths(d.byUser());
        Popularity popularity = popularity(itemCounts, summary.headItems());
        progress.checkCancelled();
        progress.update("Summarising", 3, 4);
        List<ActivityBin> activity = activityBins(userCounts);
        progress.update("Summarising", 4, 4);
        return new ExploreStats(summary, timeline, popularity, activity, itemCounts, userCounts);
    }

    static int[] rowLengths(CsrMatrix m) {
        int[] out = new int[m.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = m.rowLength(r);
        }
        return out;
    }

    /** Interactions per day, week or month (chosen by the span), every bucket between first and last. */
    static TimeSeries timeline(CsrMatrix byUser) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long undated = 0;
        for (int k = 0; k < byUser.nnz(); k++) {
            long t = byUser.time(k);
            if (t == Long.MIN_VALUE) {
                undated++;
            } else {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        if (first == Long.MAX_VALUE) {
            return new TimeSeries(Period.MONTH, List.of(), undated);
        }
        LocalDate from = day(first);
        LocalDate to = day(last);
        Period period = Period.forSpan(ChronoUnit.DAYS.between(from, to));
        LocalDate start = period.bucket(from);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate b = start; !b.isAfter(to); b = period.next(b)) {
            starts.add(b);
        }
        long[] counts = new long[starts.size()];
        for (int k = 0; k < byUser.nnz(); k++) {
            long t = byUser.time(k);
            if (t != Long.MIN_VALUE) {
                counts[index(period, start, period.bucket(day(t)))]++;
            }
        }
        List<Bucket> buckets = new ArrayList<>(starts.size());
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket(starts.get(i), counts[i]));
        }
        return new TimeSeries(period, List.copyOf(buckets), undated);
    }

    private static int index(Period period, LocalDate start, LocalDate bucket) {
        return (int) switch (period) {
            case DAY -> ChronoUnit.DAYS.between(start, bucket);
            case WEEK -> ChronoUnit.WEEKS.between(start, bucket);
            case MONTH -> ChronoUnit.MONTHS.between(start, bucket);
        };
    }

    private static LocalDate day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    /** The popularity curve of per-item counts with a head of {@code headItems} items. */
    static Popularity popularity(int[] itemCounts, int headItems) {
        int[] sorted = itemCounts.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long total = 0;
        int seen = 0;
        for (int c : sorted) {
            total += c;
            if (c > 0) {
                seen++;
            }
        }
        int head = Math.min(headItems, n);
        long headCount = 0;
        for (int r = 0; r < head; r++) {
            headCount += sorted[n - 1 - r];
        }
        List<Point> points = new ArrayList<>();
        double step = seen <= MAX_CURVE_POINTS ? 1 : (double) (seen - 1) / (MAX_CURVE_POINTS - 1);
        int lastRank = 0;
        for (int p = 0; p < Math.min(seen, MAX_CURVE_POINTS); p++) {
            int rank = (int) Math.round(p * step) + 1;
            if (rank > lastRank) {
                points.add(new Point(rank, sorted[n - rank]));
                lastRank = rank;
            }
        }
        if (seen > 0 && lastRank != seen) {
            points.add(new Point(seen, sorted[n - seen]));
        }
        return new Popularity(List.copyOf(points), head, total == 0 ? 0 : (double) headCount / total, n - seen);
    }

    /** Users binned by interaction count: 0 (when any), then 1, 2–3, 4–7, … (powers of two). */
    static List<ActivityBin> activityBins(int[] userCounts) {
        int max = 0;
        int zero = 0;
        for (int c : userCounts) {
            max = Math.max(max, c);
            if (c == 0) {
                zero++;
            }
        }
        List<ActivityBin> bins = new ArrayList<>();
        if (zero > 0) {
            bins.add(new ActivityBin(0, 0, zero));
        }
        if (max == 0) {
            return List.copyOf(bins);
        }
        int levels = 32 - Integer.numberOfLeadingZeros(max);
        int[] perLevel = new int[levels];
        for (int c : userCounts) {
            if (c > 0) {
                perLevel[31 - Integer.numberOfLeadingZeros(c)]++;
            }
        }
        for (int l = 0; l < levels; l++) {
            int from = 1 << l;
            int to = l == 30 ? Integer.MAX_VALUE : (1 << (l + 1)) - 1;
            bins.add(new ActivityBin(from, to, perLevel[l]));
        }
        return List.copyOf(bins);
    }
}
