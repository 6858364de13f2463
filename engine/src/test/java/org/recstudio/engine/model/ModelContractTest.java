package org.recstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/**
 * The contract every registered algorithm keeps (with its defaults and with the variants below): k respected,
 * filtered and seen items never returned, no duplicates, best first, deterministic under a seed, unknown users
 * rejected, and a saved model reloads bit-identically. New registrations are picked up from
 * {@link Algorithms#all()}.
 */
class ModelContractTest {

    private static final Dataset DATA = TestData.small();
    private static final long SEED = 42;

    @TempDir Path dir;

    /** One algorithm with param overrides. */
    record Case(String label, Algorithm<?> algorithm, Map<String, String> params) {
        @Override public String toString() {
            return label;
        }

        Model fit() {
            return Algorithms.fit(algorithm, DATA, params, SEED, Progress.NONE);
        }
    }

    static Stream<Case> cases() {
        Stream<Case> defaults = Algorithms.all().stream().map(a -> new Case(a.name(), a, Map.of()));
        Stream<Case> variants = Stream.of(
                        variant("popularity", Map.of("mode", "DECAYED", "halfLifeDays", "10")),
                        variant("popularity", Map.of("mode", "TRENDING", "weighting", "STRENGTH")),
                        variant("popularity", Map.of("segment", "USER_ATTRIBUTE", "userAttribute", "gender")),
                        variant("popularity", Map.of("segment", "CATEGORY")),
                        variant("itemknn", Map.of("weighting", "BM25", "neighbours", "5", "threads", "3")),
                        variant("itemknn", Map.of("weighting", "TFIDF", "value", "BINARY")),
                        variant("ease", Map.of("value", "STRENGTH", "lambda", "20")),
                        variant("sequential", Map.of("method", "SLIST", "lambda", "20")),
                        variant("sequential", Map.of("sessionGapHours", "24", "historyLength", "2")),
                        variant("sequential", Map.of("method", "SLIST", "alpha", "1", "sessionGapHours", "24")))
                .flatMap(Stream::ofNullable);
        return Stream.concat(defaults, variants);
    }

    private static Case variant(String name, Map<String, String> params) {
        return Algorithms.find(name).map(r -> new Case(name + " " + new java.util.TreeMap<>(params), r.algorithm(),
                params)).orElse(null);
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void recommendRespectsKWithoutDuplicatesBestFirst(Case c) {
        Model m = c.fit();
        assertEquals(DATA.itemCount(), m.itemCount());
        assertEquals(DATA.userCount(), m.userCount());
        for (int u = 0; u < m.userCount(); u++) {
            for (int k : new int[] {0, 1, 5, m.itemCount() + 3}) {
                List<ScoredItem> recs = m.recommend(u, k, ItemFilters.all());
                assertTrue(recs.size() <= k, c + ": " + recs.size() + " items for k = " + k);
                assertEquals(Math.min(k, finiteScores(m, u)), recs.size(), c + " user " + u + " k " + k);
                assertNoDuplicatesBestFirst(recs, c + " user " + u);
            }
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void filteredAndSeenItemsAreNeverReturned(Case c) {
        Model m = c.fit();
        IntPredicate odd = i -> i % 2 == 1;
        for (int u = 0; u < m.userCount(); u++) {
            for (ScoredItem s : m.recommend(u, 10, odd)) {
                assertTrue(odd.test(s.item()), c + " returned filtered item " + s.item());
            }
            Set<Integer> seen = new HashSet<>();
            for (int k = DATA.byUser().start(u); k < DATA.byUser().end(u); k++) {
                seen.add(DATA.byUser().col(k));
            }
            List<ScoredItem> unseen = m.recommend(u, m.itemCount(), ItemFilters.unseen(DATA.byUser(), u));
            assertNoDuplicatesBestFirst(unseen, c + " user " + u);
            for (ScoredItem s : unseen) {
                assertFalse(seen.contains(s.item()), c + " returned seen item " + s.item() + " to user " + u);
            }
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void twoFitsWithTheSameSeedScoreIdentically(Case c) {
        Model a = c.fit();
        Model b = c.fit();
        assertSameScores(a, b, c.toString());
        assertEquals(a.provenance().params(), b.provenance().params());
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void unknownUsersAreRejectedWithTheIndex(Case c) {
        Model m = c.fit();
        float[] out = new float[m.itemCount()];
        for (int bad : new int[] {-1, m.userCount()}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.scoreAll(bad, out));
            assertTrue(e.getMessage().contains(Integer.toString(bad)), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> m.recommend(bad, 5, ItemFilters.all()));
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void unknownItemsAreRejected(Case c) {
        Model m = c.fit();
        for (int bad : new int[] {-1, m.itemCount()}) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> m.similarItems(bad, 3, ItemFilters.all()));
            assertTrue(e instanceof IllegalArgumentException || e instanceof UnsupportedOperationException,
                    c + ": " + e);
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void aCancelledFitStops(Case c) {
        Progress cancelled = new Progress() {
            @Override public void update(String stage, long done, long total) { }

            @Override public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> Algorithms.fit(c.algorithm(), DATA, c.params(), SEED,
                cancelled));
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void provenanceNamesAlgorithmParamsDataAndSeed(Case c) {
        Model m = c.fit();
        ModelProvenance p = m.provenance();
        assertEquals(c.algorithm().name(), p.algorithm());
        assertEquals(DATA.fingerprint(), p.datasetFingerprint());
        assertEquals(DATA.name(), p.dataset());
        assertEquals(DATA.info().version(), p.datasetVersion());
        assertEquals(SEED, p.seed());
        assertEquals(ParamsBinder.toMap(ParamsBinder.bind(c.algorithm().name(), (Class) c.algorithm().paramsType(),
                (Record) c.algorithm().defaults(), c.params())), p.params());
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void explanationsAndSimilarItemsKeepTheContract(Case c) {
        Model m = c.fit();
        for (int u = 0; u < m.userCount(); u += 7) {
            for (ScoredItem s : m.recommend(u, 3, ItemFilters.unseen(DATA.byUser(), u))) {
                m.explain(u, s.item()); // must not throw for a recommended item
            }
        }
        for (int item = 0; item < m.itemCount(); item += 5) {
            int self = item;
            List<ScoredItem> similar;
            try {
                similar = m.similarItems(item, 4, j -> j != self);
            } catch (UnsupportedOperationException e) {
                return; // the model does not define item similarity
            }
            assertTrue(similar.size() <= 4);
            assertNoDuplicatesBestFirst(similar, c + " similar to " + item);
            assertTrue(similar.stream().noneMatch(s -> s.item() == self), c + " returned the item as its own neighbour");
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void savedModelsReloadBitIdentical(Case c) {
        Model m = c.fit();
        try (Workspace w = Workspace.open(dir.resolve("ws"), "test")) {
            ModelStore store = new ModelStore(w);
            StoredModel saved = store.save("m1", m);
            assertEquals(c.algorithm().name(), saved.algorithm());
            Model back = store.load("m1");
            assertEquals(m.getClass(), back.getClass());
            assertEquals(m.provenance(), back.provenance());
            assertSameScores(m, back, c.toString());
        }
    }

    private static int finiteScores(Model m, int u) {
        float[] s = new float[m.itemCount()];
        m.scoreAll(u, s);
        int n = 0;
        for (float v : s) {
            n += Float.isNaN(v) || v == Float.NEGATIVE_INFINITY ? 0 : 1;
        }
        return n;
    }

    static void assertSameScores(Model a, Model b, String label) {
        float[] x = new float[a.itemCount()];
        float[] y = new float[b.itemCount()];
        for (int u = 0; u < a.userCount(); u++) {
            a.scoreAll(u, x);
            b.scoreAll(u, y);
            assertArrayEquals(x, y, label + ": scores of user " + u + " differ");
        }
    }

    private static void assertNoDuplicatesBestFirst(List<ScoredItem> recs, String label) {
        Set<Integer> items = new HashSet<>();
        for (int r = 0; r < recs.size(); r++) {
            assertTrue(items.add(recs.get(r).item()), label + ": duplicate item " + recs.get(r).item());
            if (r > 0) {
                ScoredItem prev = recs.get(r - 1);
                ScoredItem cur = recs.get(r);
                assertTrue(prev.score() > cur.score() || (prev.score() == cur.score() && prev.item() < cur.item()),
                        label + ": " + prev + " before " + cur);
            }
        }
    }
}
