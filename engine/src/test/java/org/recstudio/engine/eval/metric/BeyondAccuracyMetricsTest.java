package org.recstudio.engine.eval.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.EvalFixtures;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/** Beyond-accuracy metrics against values computed by hand. */
class BeyondAccuracyMetricsTest {

    private static final double EPS = 1e-12;

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    // users a, b, c, d; items x(0) seen by a, b, c; y(1) by a, b; z(2) by a; w(3) by d
    private static final Dataset TRAIN = EvalFixtures.dataset("t", new String[][] {
        {"a", "x", "1"}, {"b", "x", "1"}, {"c", "x", "1"}, {"a", "y", "2"}, {"b", "y", "2"}, {"a", "z", "3"},
        {"d", "w", "1"}});

    @Test void coverage() {
        int[][] lists = {{0, 1}, {1, 2}};
        assertEquals(3.0 / 5, new Coverage(5).value(lists, new int[] {0, 1}, 2), EPS);
        assertEquals(2.0 / 5, new Coverage(5).value(lists, new int[] {0, 1}, 1), EPS);
        assertEquals(2.0 / 5, new Coverage(5).value(lists, new int[] {0, 0}, 2), EPS, "a resample with repeats");
    }

    @Test void gini() {
        // exposures 2, 1, 1, 0 → sorted 0, 1, 1, 2; n = 4, total = 4
        int[][] lists = {{0, 1}, {0, 2}};
        double expected = (-3 * 0 + -1 * 1 + 1 * 1 + 3 * 2) / (4.0 * 4);
        assertEquals(expected, new GiniExposure(4).value(lists, new int[] {0, 1}, 2), EPS);
        int[][] equal = {{0, 1}, {2, 3}};
        assertEquals(0.0, new GiniExposure(4).value(equal, new int[] {0, 1}, 2), EPS);
    }

    @Test void popularityCountsDistinctUsersAndHead() {
        ItemPopularity pop = ItemPopularity.of(TRAIN, 0.25);
        assertEquals(3, pop.count(0));
        assertEquals(2, pop.count(1));
        assertEquals(1, pop.count(2));
        assertEquals(1, pop.count(3));
        assertEquals(4, pop.userCount());
        assertTrue(!pop.isLongTail(0) && pop.isLongTail(1) && pop.isLongTail(3), "head = top ceil(25% of 4) = 1 item");
    }

    @Test void noveltyArpAplt() {
        ItemPopularity pop = ItemPopularity.of(new int[] {4, 2, 1, 0}, 8, 0.25);
        RankedList list = new RankedList(0, new int[] {0, 2, 3}, new int[0]);
        assertEquals((-log2(4.0 / 8) - log2(1.0 / 8) - log2(1.0 / 8)) / 3, new Novelty(pop).value(list, 10), EPS,
                "an unseen item counts as seen by one user");
        assertEquals((4 + 1 + 0) / 3.0, new AverageRecommendationPopularity(pop).value(list, 10), EPS);
        assertEquals(2.0 / 3, new LongTailShare(pop).value(list, 10), EPS);
        assertEquals(0.0, new LongTailShare(pop).value(list, 1), EPS, "top-1 is the head item");
    }

    @Test void serendipityDiscountsThePopularityBaseline() {
        ItemPopularity pop = ItemPopularity.of(TRAIN);
        PopularityBaseline baseline = new PopularityBaseline(pop, TRAIN.byUser());
        int d = TRAIN.users().indexOf("d");
        assertEquals(List.of(0, 1), java.util.Arrays.stream(baseline.top(d, 2)).boxed().toList());
        RankedList list = new RankedList(d, new int[] {0, 2}, new int[] {0, 2});
        assertEquals(1.0 / 2, new Serendipity(baseline).value(list, 2), EPS, "x is relevant but obvious, z is not");
    }

    @Test void intraListDiversityOverCooccurrence() {
        ItemDistance distance = CooccurrenceDistance.of(TRAIN);
        RankedList list = new RankedList(0, new int[] {0, 1, 2}, new int[0]);
        double expected = ((1 - 2 / Math.sqrt(3 * 2)) + (1 - 1 / Math.sqrt(3 * 1)) + (1 - 1 / Math.sqrt(2 * 1))) / 3;
        assertEquals(expected, new IntraListDiversity(distance).value(list, 3), EPS);
        assertEquals(1 - 2 / Math.sqrt(6), new IntraListDiversity(distance).value(list, 2), EPS);
        assertEquals(1.0, distance.distance(0, 3), EPS, "no common user");
    }

    @Test void contentDistanceFromCategoryPaths() {
        List<ItemRecord> items = List.of(
                new ItemRecord("x", null, null, "A > B", null, null, null, null, null, false),
                new ItemRecord("y", null, null, "A > C", null, null, null, null, null, false),
                new ItemRecord("z", null, null, "A > B", "acme", null, null, null, null, false),
                new ItemRecord("w", null, null, null, null, null, null, null, "{\"genre\":[\"a\",\"b\"]}", false));
        List<UserRecord> users = List.of(new UserRecord("a", null), new UserRecord("b", null),
                new UserRecord("c", null), new UserRecord("d", null));
        Dataset withMeta = TRAIN.withMetadata(items, users);
        ItemDistance distance = ItemDistance.forData(withMeta);
        assertEquals("content", distance.basis());
        assertEquals(1 - 1.0 / 2, distance.distance(0, 1), 1e-6, "{a, a>b} vs {a, a>c}: cosine 1/2");
        assertEquals(1 - 2 / Math.sqrt(2 * 3), distance.distance(0, 2), 1e-6, "{a, a>b} vs {a, a>b, brand}");
        assertEquals(1.0, distance.distance(0, 3), 1e-6);
        assertEquals("co-occurrence", ItemDistance.forData(TRAIN).basis(), "no metadata: co-occurrence");
    }
}
