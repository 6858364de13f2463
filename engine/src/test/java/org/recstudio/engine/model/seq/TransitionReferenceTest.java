package org.recstudio.engine.model.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.TestData;
import org.recstudio.engine.model.TestData.Row;
import org.recstudio.engine.progress.Progress;

/** The transition model against explicit counting over the raw rows. */
class TransitionReferenceTest {

    private static final int ITEMS = 10;

    private static TransitionModel fit(Dataset d, Map<String, String> params) {
        return (TransitionModel) Algorithms.fit(Algorithms.byName("sequential"), d, params, 1, Progress.NONE);
    }

    /** Each user's rows in the Dataset's order: time, then item index. */
    private static List<List<Row>> histories(List<Row> rows, int users) {
        List<List<Row>> h = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            h.add(rows.stream().filter(r -> r.user() == user)
                    .sorted(Comparator.comparingLong(Row::time).thenComparingInt(Row::item)).toList());
        }
        return h;
    }

    @Test void scoresMatchExplicitCountsWithSessionsAndTies() {
        SplittableRandom rnd = new SplittableRandom(9);
        int users = 15;
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 160; k++) {
            // hours 0..71 with many equal times, so ties are ordered by item index
            rows.add(Row.of(rnd.nextInt(users - 1), rnd.nextInt(ITEMS), rnd.nextInt(24) * 3 * 3_600_000L));
        }
        Dataset d = TestData.of(users, ITEMS, rows);
        double gapHours = 5;
        int length = 3;
        double decay = 0.6;
        double beta = 2;
        List<List<Row>> h = histories(rows, users);
        double[][] t = new double[ITEMS][ITEMS];
        List<List<Integer>> lastSession = new ArrayList<>();
        for (List<Row> rs : h) {
            List<Integer> session = new ArrayList<>();
            for (int k = 0; k < rs.size(); k++) {
                if (k > 0 && rs.get(k).time() - rs.get(k - 1).time() > gapHours * 3_600_000L) {
                    session = new ArrayList<>();
                } else if (k > 0 && rs.get(k - 1).item() != rs.get(k).item()) {
                    t[rs.get(k - 1).item()][rs.get(k).item()]++;
                }
                session.add(rs.get(k).item());
            }
            lastSession.add(session);
        }
        double[] pop = new double[ITEMS];
        rows.forEach(r -> pop[r.item()] += 1.0 / rows.size());
        TransitionModel m = fit(d, Map.of("sessionGapHours", Double.toString(gapHours), "historyLength",
                Integer.toString(length), "recencyDecay", Double.toString(decay), "smoothing", Double.toString(beta)));
        float[] out = new float[ITEMS];
        for (int u = 0; u < users; u++) {
            List<Integer> recent = new ArrayList<>();
            List<Integer> s = lastSession.get(u);
            for (int k = s.size() - 1; k >= 0 && recent.size() < length; k--) {
                if (!recent.contains(s.get(k))) {
                    recent.add(s.get(k));
                }
            }
            m.scoreAll(u, out);
            for (int j = 0; j < ITEMS; j++) {
                double expected = recent.isEmpty() ? pop[j] : 0;
                for (int r = 0; r < recent.size(); r++) {
                    int i = recent.get(r);
                    double outDegree = java.util.Arrays.stream(t[i]).sum();
                    expected += Math.pow(decay, r) * (t[i][j] + beta * pop[j]) / (outDegree + beta);
                }
                assertEquals(expected, out[j], 1e-5, "user " + u + " item " + j);
            }
        }
    }

    @Test void equalTimesFollowTheItemIndex() {
        // user 0 consumes 7 then, at one equal time, 2 and 5: the Dataset orders them 2, 5
        List<Row> rows = List.of(Row.of(0, 7, 0), Row.of(0, 5, 1000), Row.of(0, 2, 1000), Row.of(1, 1, 0));
        TransitionModel m = fit(TestData.of(2, ITEMS, rows), Map.of("smoothing", "0"));
        List<ScoredItem> after7 = m.similarItems(7, 5, ItemFilters.all());
        assertEquals(List.of(new ScoredItem(2, 1f)), after7);
        assertEquals(List.of(new ScoredItem(5, 1f)), m.similarItems(2, 5, ItemFilters.all()));
        assertTrue(m.similarItems(5, 5, ItemFilters.all()).isEmpty());
        // the last item is 5, which never led anywhere: with no smoothing nothing scores
        float[] out = new float[ITEMS];
        m.scoreAll(0, out);
        assertEquals(0f, out[3]);
    }
}
