package org.recstudio.engine.model.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.TopK;
import org.recstudio.engine.model.als.AlsParams.Confidence;
import org.recstudio.engine.model.als.AlsParams.Solver;
import org.recstudio.engine.progress.CancellationToken;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/** Behaviour of a fitted {@link AlsModel}: fold-in, explanations, similar items, persistence, progress. */
class AlsModelTest {

    private static Dataset data;
    private static AlsModel exact;

    @BeforeAll static void fit() {
        data = AlsTestData.dataset(AlsTestData.with(AlsTestData.random(60, 40, 0.15, 3), new int[] {0, 1},
                new int[] {0, 2}, new float[] {3f, -2f}));
        exact = new AlsAlgorithm().fit(data, new AlsParams(8, 6, 0.1, false, 1.0, Confidence.LINEAR, 1,
                Solver.CHOLESKY, 3, 1), 5, Progress.NONE);
    }

    private static int[] historyItems(int user) {
        CsrMatrix m = data.byUser();
        int[] items = new int[m.rowLength(user)];
        for (int e = 0; e < items.length; e++) {
            items[e] = m.col(m.start(user) + e);
        }
        return items;
    }

    private static float[] historyStrengths(int user) {
        CsrMatrix m = data.byUser();
        float[] s = new float[m.rowLength(user)];
        for (int e = 0; e < s.length; e++) {
            s[e] = m.strength(m.start(user) + e);
        }
        return s;
    }

    @Test void foldInOfATrainingUsersHistoryReproducesItsFactor() {
        for (int u = 0; u < data.userCount(); u++) {
            float[] folded = exact.foldIn(historyItems(u), historyStrengths(u));
            float[] trained = exact.userFactor(u);
            for (int j = 0; j < folded.length; j++) {
                assertEquals(trained[j], folded[j], 1e-5, "user " + u + " factor " + j);
            }
        }
        assertArrayEquals(new float[exact.factors()], exact.foldIn(new int[0], new float[0]),
                "no history, zero factor");
        assertThrows(IllegalArgumentException.class, () -> exact.foldIn(new int[] {40}, new float[] {1f}));
    }

    @Test void recommendForAFoldedInFactorMatchesRecommendForTheUser() {
        int u = 7;
        IntPredicate unseen = ItemFilters.unseen(data.byUser(), u);
        float[] folded = exact.foldIn(historyItems(u), historyStrengths(u));
        assertEquals(exact.recommend(u, 5, unseen).stream().map(ScoredItem::item).toList(),
                exact.recommendFor(folded, 5, unseen).stream().map(ScoredItem::item).toList());
    }

    @Test void recommendEqualsTopKOverScoreAll() {
        float[] scores = new float[exact.itemCount()];
        for (int u = 0; u < data.userCount(); u++) {
            exact.scoreAll(u, scores);
            IntPredicate unseen = ItemFilters.unseen(data.byUser(), u);
            assertEquals(TopK.select(scores, 10, unseen), exact.recommend(u, 10, unseen));
            for (int i = 0; i < scores.length; i++) {
                assertEquals(exact.score(u, i), scores[i]);
            }
        }
    }

    @Test void explanationContributionsSumToTheScore() {
        for (int u = 0; u < 12; u++) {
            for (int i = 0; i < data.itemCount(); i += 7) {
                Explanation e = exact.explain(u, i).orElseThrow();
                double sum = e.contributions().stream().mapToDouble(Explanation.Contribution::weight).sum();
                float score = exact.score(u, i);
                assertEquals(score, sum, 1e-4 * Math.max(1, Math.abs(score)), "user " + u + " item " + i);
                assertTrue(e.contributions().size() <= AlsExplainer.LISTED + 1);
                List<Integer> history = Arrays.stream(historyItems(u)).boxed().toList();
                for (Explanation.Contribution c : e.contributions()) {
                    assertTrue(c.item() == -1 || history.contains(c.item()), "item " + c.item() + " not in history");
                }
            }
        }
    }

    /** Internal indexes are not ids: the text leaves the items to {@code Contribution.item()} and the caller. */
    @Test void explanationTextNeverNamesAnInternalIndex() {
        Pattern index = Pattern.compile("\\b(user|item) \\d");
        for (int u = 0; u < data.userCount(); u++) {
            for (int i = 0; i < data.itemCount(); i += 5) {
                Explanation e = exact.explain(u, i).orElseThrow();
                assertFalse(index.matcher(e.summary()).find(), e.summary());
                assertTrue(e.summary().contains("similarity to this item"), e.summary());
                for (Explanation.Contribution c : e.contributions()) {
                    assertFalse(index.matcher(c.reason()).find(), c.reason());
                }
            }
        }
        ImplicitMatrix none = new ImplicitMatrix(1, 1, new int[] {0, 0}, new int[0], new float[0]);
        Explanation empty = AlsExplainer.explain(0, 0, none, new float[] {1f}, new double[] {1}, 0.1, 1, 0f);
        assertEquals("score 0.0000: the user has no training history, so no history item explains it",
                empty.summary());
    }

    @Test void similarItemsAreByCosineAndNeverTheItemItself() {
        int item = 3;
        List<ScoredItem> sim = exact.similarItems(item, 5, i -> i != 4);
        assertEquals(5, sim.size());
        float[] y = exact.itemFactor(item);
        List<ScoredItem> expected = new ArrayList<>();
        float[] cos = new float[exact.itemCount()];
        for (int j = 0; j < cos.length; j++) {
            float[] z = exact.itemFactor(j);
            double dot = 0;
            double ny = 0;
            double nz = 0;
            for (int f = 0; f < y.length; f++) {
                dot += y[f] * z[f];
                ny += y[f] * y[f];
                nz += z[f] * z[f];
            }
            cos[j] = (float) (dot / Math.sqrt(ny * nz));
        }
        expected.addAll(TopK.select(cos, 5, j -> j != item && j != 4));
        assertEquals(expected.stream().map(ScoredItem::item).toList(), sim.stream().map(ScoredItem::item).toList());
        for (int r = 0; r < 5; r++) {
            assertEquals(expected.get(r).score(), sim.get(r).score(), 1e-5);
        }
    }

    @Test void writeThenReadIsBitIdentical() throws IOException {
        for (AlsModel m : List.of(exact, new AlsAlgorithm().fit(data, AlsParams.defaults().withIterations(2), 9,
                Progress.NONE))) {
            byte[] first = bytes(m);
            AlsModel back = AlsModel.read(new DataInputStream(new ByteArrayInputStream(first)), m.provenance());
            assertArrayEquals(first, bytes(back));
            assertArrayEquals(m.userFactors(), back.userFactors());
            assertArrayEquals(m.itemFactors(), back.itemFactors());
            assertArrayEquals(m.trainingLoss(), back.trainingLoss());
            assertEquals(m.params(), back.params());
            assertEquals(m.recommend(2, 10, ItemFilters.all()), back.recommend(2, 10, ItemFilters.all()));
            assertEquals(m.explain(2, 5), back.explain(2, 5));
            assertArrayEquals(m.foldIn(new int[] {1, 2}, new float[] {1f, 4f}),
                    back.foldIn(new int[] {1, 2}, new float[] {1f, 4f}));
        }
        byte[] truncated = Arrays.copyOf(bytes(exact), 100);
        assertThrows(IOException.class,
                () -> AlsModel.read(new DataInputStream(new ByteArrayInputStream(truncated)), exact.provenance()));
        IOException foreign = assertThrows(IOException.class, () -> AlsModel.read(
                new DataInputStream(new ByteArrayInputStream(new byte[64])), exact.provenance()));
        assertTrue(foreign.getMessage().contains("not an ALS model"), foreign.getMessage());
    }

    private static byte[] bytes(AlsModel m) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            m.write(out);
        }
        return b.toByteArray();
    }

    @Test void reportsEachSweepWithItsLossAndHonoursCancellation() {
        List<CancellationToken.Update> updates = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        CancellationToken token = new CancellationToken(updates::add, messages::add);
        AlsModel m = new AlsAlgorithm().fit(data, AlsParams.defaults().withIterations(4), 1, token);
        assertEquals(4, messages.size());
        assertTrue(messages.get(3).contains(String.format(java.util.Locale.ROOT, "%.6f", m.trainingLoss()[3])),
                messages.get(3));
        assertTrue(updates.stream().anyMatch(u -> u.stage().equals("ALS") && u.done() == 4 && u.total() == 4));
        assertEquals("als", m.provenance().algorithm());
        assertEquals(data.fingerprint(), m.provenance().datasetFingerprint());
        assertEquals(1, m.provenance().seed());

        CancellationToken selfCancel = new CancellationToken();
        selfCancel.cancel();
        assertThrows(CancelledException.class,
                () -> new AlsAlgorithm().fit(data, AlsParams.defaults(), 1, selfCancel));
        List<Long> seen = new ArrayList<>();
        CancellationToken[] self = new CancellationToken[1];
        self[0] = new CancellationToken(u -> {
            seen.add(u.done());
            if (u.done() == 1) {
                self[0].cancel();
            }
        }, msg -> { });
        assertThrows(CancelledException.class, () -> new AlsAlgorithm().fit(data, AlsParams.defaults(), 1, self[0]));
        assertEquals(List.of(0L, 1L), seen, "stops before the second sweep completes");
    }

    @Test void scoreAllAndExplainRejectUnknownIndexes() {
        assertThrows(IllegalArgumentException.class, () -> exact.scoreAll(-1, new float[exact.itemCount()]));
        assertThrows(IllegalArgumentException.class, () -> exact.scoreAll(exact.userCount(),
                new float[exact.itemCount()]));
        assertThrows(IllegalArgumentException.class, () -> exact.explain(0, exact.itemCount()));
        assertThrows(IllegalArgumentException.class, () -> exact.similarItems(-1, 3, ItemFilters.all()));
    }
}
