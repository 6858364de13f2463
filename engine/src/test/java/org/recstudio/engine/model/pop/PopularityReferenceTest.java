package org.recstudio.engine.model.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.TestData;
import org.recstudio.engine.model.TestData.Row;
import org.recstudio.engine.progress.Progress;

/** Popularity against explicit counting over the raw rows. */
class PopularityReferenceTest {

    private static final int USERS = 12;
    private static final int ITEMS = 9;
    private static final List<Row> ROWS = rows();
    private static final Dataset DATA = TestData.of(USERS, ITEMS, ROWS);

    private static List<Row> rows() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
            int u = rnd.nextInt(USERS - 1); // the last user has no history
            int event = switch (rnd.nextInt(3)) {
                case 0 -> TestData.PURCHASE;
                case 1 -> TestData.RATING;
                default -> TestData.VIEW;
            };
            float value = event == TestData.RATING ? 1 + rnd.nextInt(5) : Float.NaN;
            rows.add(new Row(u, rnd.nextInt(ITEMS), event, value, rnd.nextInt(40) * TestData.DAY));
        }
        rows.add(new Row(0, 3, TestData.VIEW, Float.NaN, Long.MIN_VALUE)); // no time
        return rows;
    }

    private static double weight(Row r, String weighting) {
        if (weighting.equals("COUNT")) {
            return 1;
        }
        return switch (r.event()) {
            case TestData.PURCHASE -> 4;
            case TestData.RATING -> r.value();
            default -> 1;
        };
    }

    private static float[] scores(Map<String, String> params, int user) {
        Model m = Algorithms.fit(Algorithms.byName("popularity"), DATA, params, 1, Progress.NONE);
        float[] out = new float[ITEMS];
        m.scoreAll(user, out);
        return out;
    }

    private static void assertClose(double[] expected, float[] actual, String label) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), label + " item " + i);
        }
    }

    @Test void globalCountsAndStrengths() {
        for (String weighting : List.of("COUNT", "STRENGTH")) {
            double[] expected = new double[ITEMS];
            for (Row r : ROWS) {
                expected[r.item()] += weight(r, weighting);
            }
            for (int u : new int[] {0, USERS - 1}) {
                assertClose(expected, scores(Map.of("weighting", weighting), u), weighting);
            }
        }
    }

    @Test void decayedByHalfLife() {
        long last = ROWS.stream().mapToLong(Row::time).max().orElseThrow();
        long first = ROWS.stream().mapToLong(Row::time).filter(t -> t != Long.MIN_VALUE).min().orElseThrow();
        double[] expected = new double[ITEMS];
        for (Row r : ROWS) {
            long t = r.time() == Long.MIN_VALUE ? first : r.time();
            expected[r.item()] += weight(r, "STRENGTH") * Math.pow(0.5, (last - t) / (7.0 * TestData.DAY));
        }
        assertClose(expected, scores(Map.of("mode", "DECAYED", "halfLifeDays", "7", "weighting", "STRENGTH"), 2),
                "decayed");
    }

    @Test void trendingComparesTheRecentRateWithThePastRate() {
        long last = ROWS.stream().mapToLong(Row::time).max().orElseThrow();
        long first = ROWS.stream().mapToLong(Row::time).filter(t -> t != Long.MIN_VALUE).min().orElseThrow();
        double window = 5.0 * TestData.DAY;
        double[] recent = new double[ITEMS];
        double[] past = new double[ITEMS];
        for (Row r : ROWS) {
            boolean isRecent = r.time() != Long.MIN_VALUE && r.time() > last - window;
            (isRecent ? recent : past)[r.item()] += 1;
        }
        double share = window / (last - window - first);
        double[] expected = new double[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            expected[i] = (recent[i] + 2) / (past[i] * share + 2);
        }
        assertClose(expected, scores(Map.of("mode", "TRENDING", "trendWindowDays", "5", "trendPrior", "2"), 4),
                "trending");
    }

    @Test void perUserAttributeSegmentWithSmoothing() {
        Map<String, double[]> bySegment = new TreeMap<>();
        double[] global = new double[ITEMS];
        for (Row r : ROWS) {
            global[r.item()]++;
            String g = gender(r.user());
            if (g != null) {
                bySegment.computeIfAbsent(g, x -> new double[ITEMS])[r.item()]++;
            }
        }
        double total = ROWS.size();
        for (int u = 0; u < USERS; u++) {
            float[] actual = scores(Map.of("segment", "USER_ATTRIBUTE", "userAttribute", "gender",
                    "segmentSmoothing", "3"), u);
            String g = gender(u);
            double[] expected = new double[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                expected[i] = g == null ? global[i] : bySegment.get(g)[i] + 3 * global[i] / total;
            }
            assertClose(expected, actual, "user " + u + " (" + g + ")");
        }
    }

    @Test void perCategorySegmentGroupsUsersByTheirMainCategory() {
        String[] top = new String[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            String c = DATA.item(i).category();
            top[i] = c == null ? null : c.split(">")[0].trim();
        }
        String[] segment = new String[USERS];
        for (int u = 0; u < USERS; u++) {
            Map<String, Integer> tally = new TreeMap<>();
            for (Row r : ROWS) {
                if (r.user() == u && top[r.item()] != null) {
                    tally.merge(top[r.item()], 1, Integer::sum);
                }
            }
            segment[u] = tally.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                    ? b.getKey().compareTo(a.getKey()) : Integer.compare(a.getValue(), b.getValue()))
                    .map(Map.Entry::getKey).orElse(null);
        }
        double[] global = new double[ITEMS];
        ROWS.forEach(r -> global[r.item()]++);
        for (int u = 0; u < USERS; u++) {
            double[] expected = new double[ITEMS];
            for (Row r : ROWS) {
                if (segment[u] != null && segment[r.user()] != null && segment[r.user()].equals(segment[u])) {
                    expected[r.item()]++;
                }
            }
            for (int i = 0; i < ITEMS; i++) {
                expected[i] = segment[u] == null ? global[i] : expected[i] + global[i] / ROWS.size();
            }
            assertClose(expected, scores(Map.of("segment", "CATEGORY", "segmentSmoothing", "1"), u), "user " + u);
        }
    }

    @Test void explanationsNameTheSegment() {
        Model m = Algorithms.fit(Algorithms.byName("popularity"), DATA, Map.of("segment", "USER_ATTRIBUTE",
                "userAttribute", "gender"), 1, Progress.NONE);
        assertEquals("Popular among users with gender = F", m.explain(0, 1).orElseThrow().summary());
        assertEquals("Popular overall", m.explain(4, 1).orElseThrow().summary());
    }

    @Test void segmentsNeedTheAttribute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Algorithms.fit(
                Algorithms.byName("popularity"), DATA, Map.of("segment", "USER_ATTRIBUTE", "userAttribute", "zip"), 1,
                Progress.NONE));
        assertTrue(e.getMessage().contains("'zip'") && e.getMessage().contains("[age, gender]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Algorithms.fit(Algorithms.byName("popularity"), DATA,
                Map.of("segment", "USER_ATTRIBUTE"), 1, Progress.NONE));
        assertTrue(e.getMessage().contains("userAttribute"), e.getMessage());
    }

    /** TestData: users 4, 9, … have no attributes; even users are F. */
    private static String gender(int u) {
        return u % 5 == 4 ? null : u % 2 == 0 ? "F" : "M";
    }
}
