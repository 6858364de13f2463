package org.recstudio.app.studio.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/** The explorer's statistics on hand-made data, checked against hand-computed values; no JavaFX. */
class ExploreStatsTest {

    private static long day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Users u0, u1, u2 (none), items a, b, c, d (none); u0: a view, b view, a purchase; u1: a view, c view. */
    private static Dataset small() {
        int[] user = {0, 0, 0, 1, 1};
        int[] item = {0, 1, 0, 0, 2};
        int[] event = {1, 1, 2, 1, 1};
        float[] value = {Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        long[] time = {day(2024, 1, 1), day(2024, 1, 2), day(2024, 1, 3), day(2024, 1, 10), day(2024, 2, 1)};
        return Dataset.of(new DatasetInfo(1, "small", null, Instant.EPOCH, 1, 4, 3, 5),
                new IdIndex(List.of("u0", "u1", "u2")), new IdIndex(List.of("a", "b", "c", "d")),
                List.of(new EventType(1, "view", 1, false), new EventType(2, "purchase", 8, false)),
                new InteractionColumns(5, user, item, event, value, time, null), Progress.NONE);
    }

    @Test void countsHeadAndTailOfASmallDataset() {
        ExploreStats s = ExploreStats.of(small(), Progress.NONE);
        assertEquals(List.of(3, 1, 1, 0), java.util.Arrays.stream(s.itemCounts()).boxed().toList());
        assertEquals(List.of(3, 2, 0), java.util.Arrays.stream(s.userCounts()).boxed().toList());
        ExploreStats.Popularity p = s.popularity();
        assertEquals(1, p.headItems(), "the top 20% of 4 items is 1 item");
        assertEquals(0.6, p.headShare(), 1e-12, "item a holds 3 of 5 interactions");
        assertEquals(1, p.unseen());
        assertEquals(List.of(new ExploreStats.Point(1, 3), new ExploreStats.Point(2, 1), new ExploreStats.Point(3, 1)),
                p.points());
        assertEquals(List.of(new ExploreStats.ActivityBin(0, 0, 1), new ExploreStats.ActivityBin(1, 1, 0),
                new ExploreStats.ActivityBin(2, 3, 2)), s.userActivity());
        assertEquals("2\u20133", s.userActivity().get(2).label());
        assertEquals(2, s.summary().events().size());
        assertEquals(1, s.summary().events().get(1).count(), "one purchase");
    }

    @Test void aMonthIsBucketedByDayWithGapsAsZero() {
        ExploreStats.TimeSeries t = ExploreStats.of(small(), Progress.NONE).timeline();
        assertEquals(ExploreStats.Period.DAY, t.period());
        assertEquals(32, t.buckets().size(), "1 January to 1 February");
        assertEquals(new ExploreStats.Bucket(LocalDate.of(2024, 1, 1), 1), t.buckets().getFirst());
        assertEquals(0, t.buckets().get(5).count());
        assertEquals(5, t.buckets().stream().mapToLong(ExploreStats.Bucket::count).sum());
        assertEquals(0, t.undated());
    }

    @Test void periodsKeepTheNumberOfBucketsReadable() {
        assertEquals(ExploreStats.Period.DAY, ExploreStats.Period.forSpan(62));
        assertEquals(ExploreStats.Period.WEEK, ExploreStats.Period.forSpan(63));
        assertEquals(ExploreStats.Period.WEEK, ExploreStats.Period.forSpan(3 * 365));
        assertEquals(ExploreStats.Period.MONTH, ExploreStats.Period.forSpan(3 * 365 + 1));
        assertEquals(LocalDate.of(2024, 5, 27), ExploreStats.Period.WEEK.bucket(LocalDate.of(2024, 5, 29)),
                "weeks start on Monday");
        assertEquals(LocalDate.of(2024, 5, 1), ExploreStats.Period.MONTH.bucket(LocalDate.of(2024, 5, 29)));
    }

    @Test void longCurvesAreThinnedKeepingBothEnds() {
        int[] counts = new int[10_000];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i % 7 == 0 ? 0 : 1 + (int) (100_000 / (i + 1.0));
        }
        ExploreStats.Popularity p = ExploreStats.popularity(counts, 2000);
        int seen = (int) java.util.Arrays.stream(counts).filter(c -> c > 0).count();
        assertTrue(p.points().size() <= ExploreStats.MAX_CURVE_POINTS + 1, "points: " + p.points().size());
        assertEquals(1, p.points().getFirst().rank());
        assertEquals(seen, p.points().getLast().rank());
        assertEquals(counts.length - seen, p.unseen());
        for (int k = 1; k < p.points().size(); k++) {
            assertTrue(p.points().get(k).rank() > p.points().get(k - 1).rank());
            assertTrue(p.points().get(k).count() <= p.points().get(k - 1).count(), "counts fall with rank");
        }
    }

    @Test void activityBinsArePowersOfTwo() {
        List<ExploreStats.ActivityBin> bins = ExploreStats.activityBins(new int[] {1, 1, 2, 3, 4, 7, 8, 1000});
        assertEquals(10, bins.size(), "1, 2-3, 4-7, ... 512-1023");
        assertEquals(new ExploreStats.ActivityBin(1, 1, 2), bins.get(0));
        assertEquals(new ExploreStats.ActivityBin(2, 3, 2), bins.get(1));
        assertEquals(new ExploreStats.ActivityBin(4, 7, 2), bins.get(2));
        assertEquals(new ExploreStats.ActivityBin(512, 1023, 1), bins.get(9));
        assertEquals("512", bins.get(9).shortLabel());
        assertEquals(List.of(), ExploreStats.activityBins(new int[0]));
    }

    @Test void undatedInteractionsAreCountedApart() {
        InteractionColumns cols = new InteractionColumns(2, new int[] {0, 0}, new int[] {0, 0}, new int[] {1, 1},
                new float[] {Float.NaN, Float.NaN}, new long[] {Long.MIN_VALUE, Long.MIN_VALUE}, null);
        Dataset d = Dataset.of(new DatasetInfo(1, "t", null, Instant.EPOCH, 1, 1, 1, 2), new IdIndex(List.of("u")),
                new IdIndex(List.of("i")), List.of(new EventType(1, "view", 1, false)), cols, Progress.NONE);
        ExploreStats.TimeSeries t = ExploreStats.of(d, Progress.NONE).timeline();
        assertEquals(2, t.undated());
        assertTrue(t.buckets().isEmpty());
    }
}
