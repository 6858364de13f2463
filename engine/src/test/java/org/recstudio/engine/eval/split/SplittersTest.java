package org.recstudio.engine.eval.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.EvalFixtures;
import org.recstudio.engine.progress.Progress;

/** Splitters on tiny datasets with timestamp ties. */
class SplittersTest {

    // A: 5@1, 7@2, then 30 and 4 in the same second (3); item index order is 5, 7, 30, 4 (first appearance)
    // B: 5@10, 7@20 (no tie); C: a single interaction; D: 5 twice (a repeat)
    private static final Dataset DATA = EvalFixtures.dataset("ties", new String[][] {
        {"A", "5", "1", "4"}, {"A", "7", "2", "4"}, {"A", "30", "3", "4"}, {"A", "4", "3", "5"},
        {"B", "5", "10", "3"}, {"B", "7", "20", "2"},
        {"C", "5", "5", "5"},
        {"D", "5", "1", "5"}, {"D", "5", "2", "5"}});

    private static int user(String id) {
        return DATA.users().indexOf(id);
    }

    private static int item(String id) {
        return DATA.items().indexOf(id);
    }

    private static int[] items(String... ids) {
        return java.util.Arrays.stream(ids).mapToInt(SplittersTest::item).sorted().toArray();
    }

    private static int[] heldOut(HeldOut h, String userId) {
        for (int j = 0; j < h.size(); j++) {
            if (h.user(j) == user(userId)) {
                return h.items(j);
            }
        }
        return null;
    }

    @Test void leaveLastOutByItemIdTakesTheHighestIdOfTheLastSecond() {
        Split s = LeaveLastN.lastOut(TieRule.ITEM_ID).split(DATA, Double.NaN, 1, Progress.NONE);
        assertArrayEquals(items("30"), heldOut(s.test(), "A"), "ids compare as numbers: 4 < 30");
        assertArrayEquals(items("7"), heldOut(s.test(), "B"));
        assertEquals(2, s.test().size(), "C skipped (too short), D's held-out item is a repeat");
        assertEquals(1, s.report().skippedUsers());
        assertEquals(1, s.report().repeatOnlyUsers());
        assertEquals(0.5, s.report().tiedShare(), 1e-12, "A's last second holds two items, B's one");
        assertEquals(0.5, s.report().boundaryTiedShare(), 1e-12);
        assertEquals(DATA.size() - 3, s.train().size(), "A's 30, B's 7 and D's second 5 held out");
        assertArrayEquals(items("4"), heldOut(s.validation().test(), "A"), "validation: next by the same rule");
        assertEquals(null, heldOut(s.validation().test(), "B"), "B would keep no validation-training interaction");
        assertFalse(s.report().leaksFuture());
        assertEquals("item-id", s.report().protocol().get("ties"));
    }

    @Test void lastGroupHoldsOutTheWholeLastSecond() {
        Split s = LeaveLastN.lastOut(TieRule.LAST_GROUP).split(DATA, Double.NaN, 1, Progress.NONE);
        assertArrayEquals(items("30", "4"), heldOut(s.test(), "A"));
        assertArrayEquals(items("7"), heldOut(s.test(), "B"));
        assertEquals(0.5, s.report().tiedShare(), 1e-12);
        assertEquals(0.0, s.report().boundaryTiedShare(), 1e-12, "no tie is split across train and test");
        assertEquals(1.5, s.report().meanTestItems(), 1e-12);
        assertArrayEquals(items("7"), heldOut(s.validation().test(), "A"));
    }

    @Test void randomTieOrderIsSeededAndVaries() {
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            Split s = LeaveLastN.lastOut(TieRule.RANDOM).split(DATA, Double.NaN, seed, Progress.NONE);
            int[] a = heldOut(s.test(), "A");
            assertEquals(1, a.length);
            assertTrue(a[0] == item("30") || a[0] == item("4"));
            seen.add(a[0]);
            Split again = LeaveLastN.lastOut(TieRule.RANDOM).split(DATA, Double.NaN, seed, Progress.NONE);
            assertArrayEquals(a, heldOut(again.test(), "A"), "same seed, same choice");
        }
        assertEquals(2, seen.size(), "over 20 seeds both tied items are held out some time");
    }

    @Test void leaveLastTwo() {
        Split s = new LeaveLastN(2, TieRule.ITEM_ID, 1).split(DATA, Double.NaN, 1, Progress.NONE);
        assertArrayEquals(items("30", "4"), heldOut(s.test(), "A"));
        assertEquals(null, heldOut(s.test(), "B"), "B would keep no training interaction");
        assertEquals("leave-last-n", s.report().protocol().get("name"));
    }

    @Test void relevanceThreshold() {
        Split s = LeaveLastN.lastOut(TieRule.ITEM_ID).split(DATA, 3.0, 1, Progress.NONE);
        assertEquals(null, heldOut(s.test(), "B"), "B's held-out rating 2 is below 3");
        assertEquals(1, s.report().noRelevantUsers());
        assertEquals(DATA.size() - 3, s.train().size(), "a non-relevant held-out interaction still leaves training");
    }

    @Test void globalCutReportsColdUsersAndItems() {
        Split s = new GlobalCut(3, null).split(DATA, Double.NaN, 1, Progress.NONE);
        assertArrayEquals(items("30", "4"), heldOut(s.test(), "A"));
        assertArrayEquals(items("5", "7"), heldOut(s.test(), "B"));
        assertArrayEquals(items("5"), heldOut(s.test(), "C"));
        assertEquals(2, s.report().coldUsers(), "B and C have nothing before the cut");
        assertEquals(2, s.report().coldItems(), "30 and 4 were never seen before the cut");
        assertEquals(2.0 / 5, s.report().coldItemShare(), 1e-12);
        assertEquals(4, s.train().size(), "A's and D's first two");
    }

    @Test void globalCutAtShare() {
        GlobalCut cut = GlobalCut.atShare(DATA, 0.3);
        Split s = cut.split(DATA, Double.NaN, 1, Progress.NONE);
        assertTrue(s.report().testInteractions() > 0 && s.train().size() > 0);
        assertTrue(cut.validationCutMillis() <= cut.cutMillis());
    }

    @Test void userHoldoutFoldsInTheEarlyPart() {
        Dataset data = EvalFixtures.random(40, 30, 6, 3);
        Split s = new UserHoldout(0.25, 0.5).split(data, Double.NaN, 7, Progress.NONE);
        assertEquals("retrain", s.report().protocol().get("fold_in"));
        assertTrue(s.test().size() >= 5 && s.test().size() <= 10, "about a quarter of the users: " + s.test().size());
        for (int j = 0; j < s.test().size(); j++) {
            int u = s.test().user(j);
            assertTrue(s.train().byUser().rowLength(u) >= 1, "each held-out user keeps a fold-in part");
            long lastTrain = s.train().byUser().time(s.train().byUser().end(u) - 1);
            for (int k = data.byUser().start(u); k < data.byUser().end(u); k++) {
                if (java.util.Arrays.binarySearch(s.test().items(j), data.byUser().col(k)) >= 0) {
                    assertTrue(data.byUser().time(k) >= lastTrain, "test items are not earlier than the fold-in");
                }
            }
        }
    }

    @Test void randomHoldoutIsLabelledAsLeaking() {
        Dataset data = EvalFixtures.random(30, 20, 5, 4);
        Split s = new RandomHoldout(0.2).split(data, Double.NaN, 1, Progress.NONE);
        assertTrue(s.report().leaksFuture());
        assertEquals(true, s.report().protocol().get("leaks_future"));
        assertTrue(s.test().size() > 0);
    }

    @Test void kCoreIteratesUntilStable() {
        // u3 has 1 interaction → removed; then item c has 1 → removed; then u2 has 1 → removed
        Dataset d = EvalFixtures.dataset("k", new String[][] {
            {"u1", "a", "1"}, {"u1", "b", "2"}, {"u2", "a", "1"}, {"u2", "c", "2"}, {"u3", "c", "3"},
            {"u4", "a", "1"}, {"u4", "b", "2"}});
        Dataset core = new KCore(2, 2).apply(d);
        assertEquals(2, core.userCount());
        assertEquals(2, core.itemCount());
        assertEquals(4, core.size());
        assertEquals(-1, core.users().indexOf("u2"));
    }

    @Test void eventTypeFilter() {
        Dataset kept = new EventTypeFilter(java.util.List.of("rating")).apply(DATA);
        assertEquals(DATA.size(), kept.size());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EventTypeFilter(java.util.List.of("purchase")).apply(DATA));
    }

    @Test void tieRuleParsing() {
        assertEquals(TieRule.LAST_GROUP, TieRule.parse("last_group"));
        assertEquals(TieRule.ITEM_ID, TieRule.parse("Item-Id"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TieRule.parse("x"));
    }
}
