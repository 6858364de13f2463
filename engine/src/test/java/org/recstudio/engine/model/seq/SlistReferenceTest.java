package org.recstudio.engine.model.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.DenseReference;
import org.recstudio.engine.model.ParamsBinder;
import org.recstudio.engine.model.TestData;
import org.recstudio.engine.model.TestData.Row;
import org.recstudio.engine.model.ease.EaseAlgorithm;
import org.recstudio.engine.model.ease.EaseModel;
import org.recstudio.engine.model.ease.EaseParams;
import org.recstudio.engine.progress.Progress;

/** SLIST against a direct dense solve of its constrained least squares, and against EASE at α = 1. */
class SlistReferenceTest {

    private static final int USERS = 14;
    private static final int ITEMS = 9;
    private static final List<Row> ROWS = rows();
    private static final Dataset DATA = TestData.of(USERS, ITEMS, ROWS);

    private static List<Row> rows() {
        SplittableRandom rnd = new SplittableRandom(21);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            rows.add(Row.of(rnd.nextInt(USERS - 1), rnd.nextInt(ITEMS), rnd.nextInt(20) * TestData.DAY / 4));
        }
        return rows;
    }

    private static SlistModel fit(Map<String, String> params) {
        SequentialAlgorithm a = new SequentialAlgorithm();
        java.util.Map<String, String> all = new java.util.HashMap<>(params);
        all.put("method", "SLIST");
        return (SlistModel) a.fit(DATA, ParamsBinder.bind(a, all), 1, Progress.NONE);
    }

    /** Sessions (item sequences) and their end times, cut at gaps longer than {@code gapMs} (0: none). */
    private static List<long[]> sessions(long gapMs) {
        List<long[]> out = new ArrayList<>(); // item..., then end time as the last element
        for (int u = 0; u < USERS; u++) {
            int user = u;
            List<Row> rs = ROWS.stream().filter(r -> r.user() == user)
                    .sorted(Comparator.comparingLong(Row::time).thenComparingInt(Row::item)).toList();
            List<Long> cur = new ArrayList<>();
            for (int k = 0; k < rs.size(); k++) {
                if (k > 0 && gapMs > 0 && rs.get(k).time() - rs.get(k - 1).time() > gapMs) {
                    cur.add(rs.get(k - 1).time());
                    out.add(cur.stream().mapToLong(Long::longValue).toArray());
                    cur = new ArrayList<>();
                }
                cur.add((long) rs.get(k).item());
            }
            if (!cur.isEmpty()) {
                cur.add(rs.get(rs.size() - 1).time());
                out.add(cur.stream().mapToLong(Long::longValue).toArray());
            }
        }
        return out;
    }

    @Test void weightsSolveTheConstrainedLeastSquaresDirectly() {
        double alpha = 0.4;
        double lambda = 3;
        double delta = 1.5;
        int window = 3;
        double recencyDays = 2;
        long gapMs = 30 * 3_600_000L;
        List<long[]> sessions = sessions(gapMs);
        long latest = sessions.stream().mapToLong(s -> s[s.length - 1]).max().orElseThrow();
        // explicit rows of X (SLIS), S and T (SLIT) with their row weights
        List<double[]> x = new ArrayList<>();
        List<double[]> sRows = new ArrayList<>();
        List<double[]> tRows = new ArrayList<>();
        List<Double> xw = new ArrayList<>();
        List<Double> stw = new ArrayList<>();
        for (long[] s : sessions) {
            int len = s.length - 1;
            double w = Math.exp(-(latest - s[len]) / (recencyDays * TestData.DAY));
            double[] row = new double[ITEMS];
            for (int k = 0; k < len; k++) {
                row[(int) s[k]] = 1;
            }
            x.add(row);
            xw.add(w);
            for (int t = 1; t < len; t++) {
                double[] past = new double[ITEMS];
                double[] future = new double[ITEMS];
                for (int p = Math.max(0, t - window); p < t; p++) {
                    past[(int) s[p]] = Math.max(past[(int) s[p]], Math.exp(-(t - 1 - p) / delta));
                }
                for (int p = t; p < Math.min(len, t + window); p++) {
                    future[(int) s[p]] = Math.max(future[(int) s[p]], Math.exp(-(p - t) / delta));
                }
                sRows.add(past);
                tRows.add(future);
                stw.add(w);
            }
        }
        double[][] a = new double[ITEMS][ITEMS];
        double[][] c = new double[ITEMS][ITEMS];
        addProducts(a, x, x, xw, alpha);
        addProducts(c, x, x, xw, alpha);
        addProducts(a, sRows, sRows, stw, 1 - alpha);
        addProducts(c, sRows, tRows, stw, 1 - alpha);
        for (int i = 0; i < ITEMS; i++) {
            a[i][i] += lambda;
        }
        SlistModel m = fit(Map.of("alpha", Double.toString(alpha), "lambda", Double.toString(lambda),
                "positionDecay", Double.toString(delta), "window", Integer.toString(window), "sessionRecencyDays",
                Double.toString(recencyDays), "sessionGapHours", "30"));
        // column j of B: minimise b'Ab - 2 b'C_j subject to b_j = 0 — the KKT system [A e_j; e_j' 0]
        for (int j = 0; j < ITEMS; j++) {
            double[][] kkt = new double[ITEMS + 1][ITEMS + 1];
            double[][] rhs = new double[ITEMS + 1][1];
            for (int i = 0; i < ITEMS; i++) {
                System.arraycopy(a[i], 0, kkt[i], 0, ITEMS);
                rhs[i][0] = c[i][j];
            }
            kkt[j][ITEMS] = 1;
            kkt[ITEMS][j] = 1;
            double[][] b = DenseReference.solve(kkt, rhs);
            for (int i = 0; i < ITEMS; i++) {
                assertEquals(b[i][0], m.weight(i, j), 1e-5, "B[" + i + "][" + j + "]");
            }
        }
    }

    private static void addProducts(double[][] into, List<double[]> left, List<double[]> right, List<Double> w,
                                    double scale) {
        for (int r = 0; r < left.size(); r++) {
            double[] l = left.get(r);
            double[] rr = right.get(r);
            for (int i = 0; i < ITEMS; i++) {
                for (int j = 0; j < ITEMS; j++) {
                    into[i][j] += scale * w.get(r) * l[i] * rr[j];
                }
            }
        }
    }

    @Test void alphaOneWithOneSessionPerUserIsEase() {
        SlistModel slist = fit(Map.of("alpha", "1", "lambda", "5"));
        EaseAlgorithm ease = new EaseAlgorithm();
        EaseModel e = (EaseModel) ease.fit(DATA, new EaseParams(5, org.recstudio.engine.model.UserItemMatrix.Value.BINARY,
                1), 1, Progress.NONE);
        for (int i = 0; i < ITEMS; i++) {
            for (int j = 0; j < ITEMS; j++) {
                assertEquals(e.weight(i, j), slist.weight(i, j), 1e-5, "B[" + i + "][" + j + "]");
            }
        }
    }

    @Test void scoresUseTheLastWindowOfTheLastSession() {
        // user 0: items 1, 2, 3, 1 in order; window 3 → positions d = 0 (1), 1 (3), 2 (2)
        List<Row> rows = List.of(Row.of(0, 1, 0), Row.of(0, 2, 1), Row.of(0, 3, 2), Row.of(0, 1, 3),
                Row.of(1, 4, 0), Row.of(1, 2, 1));
        Dataset d = TestData.of(2, 6, rows);
        SequentialAlgorithm a = new SequentialAlgorithm();
        SlistModel m = (SlistModel) a.fit(d, ParamsBinder.bind(a, Map.of("method", "SLIST", "window", "3",
                "positionDecay", "2", "lambda", "1")), 1, Progress.NONE);
        float[] out = new float[6];
        m.scoreAll(0, out);
        for (int j = 0; j < 6; j++) {
            double expected = m.weight(1, j) + Math.exp(-1 / 2.0) * m.weight(3, j) + Math.exp(-2 / 2.0) * m.weight(2, j);
            assertEquals(expected, out[j], 1e-6, "item " + j);
        }
    }

    @Test void tooManyItemsForTheHeapIsAClearError() {
        SequentialAlgorithm a = new SequentialAlgorithm(() -> 1000L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.fit(DATA,
                ParamsBinder.bind(a, Map.of("method", "SLIST")), 1, Progress.NONE));
        assertTrue(e.getMessage().contains("SLIST") && e.getMessage().contains("ALS")
                && e.getMessage().contains("method=TRANSITIONS"), e.getMessage());
        // the alternative it names needs no dense matrix: the same heap fits it
        assertEquals(DATA.itemCount(), a.fit(DATA, ParamsBinder.bind(a, Map.of("method", "TRANSITIONS")), 1,
                Progress.NONE).itemCount());
    }
}
