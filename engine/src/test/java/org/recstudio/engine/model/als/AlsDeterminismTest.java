package org.recstudio.engine.model.als;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.als.AlsParams.Confidence;
import org.recstudio.engine.model.als.AlsParams.Solver;
import org.recstudio.engine.progress.Progress;

/**
 * Same seed, same data → bit-identical ALS factors and loss, for one and two threads and across JIT states: every
 * configuration is fitted several times in one JVM, the first fit while its kernels are still interpreted, and
 * all fits are compared bit for bit (raw bits, so even NaN payloads and signed zeros count).
 */
class AlsDeterminismTest {

    private static final int FITS = 5;
    private static final long SEED = 2024;

    @Test void repeatedFitsOnRandomDataAreBitIdenticalForAnyThreadCountAndJitState() {
        // ~3000 interactions; 13 factors leave scalar tails after every vector loop, 64 factors none
        Dataset data = AlsTestData.dataset(AlsTestData.random(400, 150, 0.05, 17));
        for (int factors : new int[] {13, 64}) {
            for (Solver s : Solver.values()) {
                AlsParams p = new AlsParams(factors, 6, 0.1, false, 2.0, Confidence.LINEAR, 1, s, 3, 1);
                assertRepeatable(data, p, s + " rank " + factors);
            }
        }
    }

    @Test void repeatedFitsOnMovieLens100kAreBitIdentical() throws IOException {
        Path u = Path.of(System.getProperty("recstudio.datasets", "/work/shared/datasets"), "movielens-100k",
                "u.data");
        Assumptions.assumeTrue(Files.isRegularFile(u), () -> "no MovieLens 100K at " + u
                + " (system property recstudio.datasets); skipping");
        Dataset data = AlsTestData.dataset(movieLens(u));
        assertRepeatable(data, AlsParams.defaults().withIterations(5).withThreads(1), "ML-100K CG rank 64");
    }

    /** Fits {@code FITS} times alternately with one and two threads and checks that every fit equals the first. */
    private static void assertRepeatable(Dataset data, AlsParams p, String what) {
        AlsModel first = null;
        for (int f = 0; f < FITS; f++) {
            int threads = 1 + f % 2;
            AlsModel m = new AlsAlgorithm().fit(data, p.withThreads(threads), SEED, Progress.NONE);
            if (first == null) {
                first = m;
                continue;
            }
            String fit = what + ", fit " + (f + 1) + " with " + threads + " thread(s) vs fit 1";
            assertSameBits(first.userFactors(), m.userFactors(), fit + ": user factors");
            assertSameBits(first.itemFactors(), m.itemFactors(), fit + ": item factors");
            double[] a = first.trainingLoss();
            double[] b = m.trainingLoss();
            for (int i = 0; i < a.length; i++) {
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]),
                        fit + ": loss of sweep " + (i + 1) + " " + a[i] + " vs " + b[i]);
            }
        }
    }

    private static void assertSameBits(float[] a, float[] b, String what) {
        assertEquals(a.length, b.length, what + ": length");
        int differ = 0;
        int firstAt = -1;
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToRawIntBits(a[i]) != Float.floatToRawIntBits(b[i])) {
                differ++;
                firstAt = firstAt < 0 ? i : firstAt;
            }
        }
        if (differ > 0) {
            fail(what + ": " + differ + " of " + a.length + " values differ, first at " + firstAt + " ("
                    + a[firstAt] + " vs " + b[firstAt] + ")");
        }
    }

    /** The ratings of MovieLens 100K ({@code user \t item \t rating \t time}, ids from 1) as test rows. */
    private static AlsTestData.Rows movieLens(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<int[]> cells = new ArrayList<>(lines.size());
        int users = 0;
        int items = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            int[] c = {Integer.parseInt(f[0]) - 1, Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2])};
            users = Math.max(users, c[0] + 1);
            items = Math.max(items, c[1] + 1);
            cells.add(c);
        }
        int n = cells.size();
        int[] uu = new int[n];
        int[] ii = new int[n];
        float[] vv = new float[n];
        for (int e = 0; e < n; e++) {
            uu[e] = cells.get(e)[0];
            ii[e] = cells.get(e)[1];
            vv[e] = cells.get(e)[2];
        }
        return new AlsTestData.Rows(users, items, uu, ii, vv);
    }
}
