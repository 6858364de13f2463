package org.recstudio.engine.model.ease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.DenseReference;
import org.recstudio.engine.model.TestData;
import org.recstudio.engine.model.UserItemMatrix;
import org.recstudio.engine.model.ParamsBinder;
import org.recstudio.engine.progress.Progress;

/** EASE against a dense Gauss-Jordan inverse in doubles. */
class EaseReferenceTest {

    private static final Dataset DATA = TestData.random(5, 30, 15, 260);

    private static EaseModel fit(double lambda, String value) {
        EaseAlgorithm a = new EaseAlgorithm();
        return (EaseModel) a.fit(DATA, ParamsBinder.bind(a, Map.of("lambda", Double.toString(lambda), "value", value,
                "threads", "2")), 1, Progress.NONE);
    }

    @Test void weightsAndScoresMatchTheClosedFormByGaussJordan() {
        for (String value : new String[] {"BINARY", "STRENGTH"}) {
            int n = DATA.itemCount();
            double[][] x = new double[DATA.userCount()][n];
            for (int u = 0; u < DATA.userCount(); u++) {
                for (int k = DATA.byUser().start(u); k < DATA.byUser().end(u); k++) {
                    int i = DATA.byUser().col(k);
                    x[u][i] = value.equals("BINARY") ? 1 : x[u][i] + DATA.byUser().strength(k);
                }
            }
            double lambda = 7;
            double[][] g = new double[n][n];
            for (double[] row : x) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        g[i][j] += row[i] * row[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                g[i][i] += lambda;
            }
            double[][] p = DenseReference.inverse(g);
            EaseModel m = fit(lambda, value);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double b = i == j ? 0 : -p[i][j] / p[j][j];
                    assertEquals(b, m.weight(i, j), 1e-5, value + " B[" + i + "][" + j + "]");
                }
            }
            float[] out = new float[n];
            for (int u = 0; u < DATA.userCount() - 1; u++) {
                m.scoreAll(u, out);
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += x[u][i] * (i == j ? 0 : -p[i][j] / p[j][j]);
                    }
                    assertEquals(s, out[j], 1e-4 * Math.max(1, Math.abs(s)), value + " user " + u + " item " + j);
                }
            }
        }
    }

    @Test void aUserWithoutHistoryGetsPopularity() {
        EaseModel m = fit(10, "BINARY");
        float[] out = new float[DATA.itemCount()];
        m.scoreAll(DATA.userCount() - 1, out);
        UserItemMatrix x = UserItemMatrix.of(DATA, UserItemMatrix.Value.BINARY).transpose();
        for (int i = 0; i < out.length; i++) {
            assertEquals(x.rowLength(i), out[i]);
        }
    }

    @Test void tooManyItemsForTheHeapIsAClearErrorNamingAls() {
        EaseAlgorithm small = new EaseAlgorithm(() -> 4_000L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> small.fit(DATA, EaseParams.defaults(), 1, Progress.NONE));
        assertTrue(e.getMessage().contains("15 × 15") && e.getMessage().contains("ALS (--algorithm als)")
                && e.getMessage().contains("-Xmx"), e.getMessage());
    }
}
