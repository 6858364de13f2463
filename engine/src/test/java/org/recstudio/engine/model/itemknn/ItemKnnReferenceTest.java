package org.recstudio.engine.model.itemknn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.TestData;
import org.recstudio.engine.progress.Progress;

/** Item-kNN against a brute-force dense cosine with shrinkage, weighting and top-N pruning. */
class ItemKnnReferenceTest {

    private static final Dataset DATA = TestData.random(11, 25, 18, 220);
    /** Few co-occurring items per item: the rows whose touched items are sorted rather than scanned. */
    private static final Dataset SPARSE = TestData.random(12, 60, 400, 200);
    private static final double SHRINK = 2;
    private static final int TOP = 4;

    private static ItemKnnModel fit(String weighting, int threads) {
        return fit(DATA, weighting, threads);
    }

    private static ItemKnnModel fit(Dataset data, String weighting, int threads) {
        return (ItemKnnModel) Algorithms.fit(Algorithms.byName("itemknn"), data, Map.of("weighting", weighting,
                "shrinkage", Double.toString(SHRINK), "neighbours", Integer.toString(TOP), "threads",
                Integer.toString(threads)), 1, Progress.NONE);
    }

    /** The users × items matrix of summed strengths, from the raw interactions. */
    private static double[][] dense() {
        return dense(DATA);
    }

    private static double[][] dense(Dataset data) {
        double[][] x = new double[data.userCount()][data.itemCount()];
        for (int u = 0; u < data.userCount(); u++) {
            for (int k = data.byUser().start(u); k < data.byUser().end(u); k++) {
                x[u][data.byUser().col(k)] += data.byUser().strength(k);
            }
        }
        return x;
    }

    private static double[][] weighted(double[][] x, String weighting) {
        int users = x.length;
        int items = x[0].length;
        double[][] w = new double[users][items];
        double[] length = new double[items];
        double mean = 0;
        for (int i = 0; i < items; i++) {
            for (int u = 0; u < users; u++) {
                length[i] += x[u][i];
            }
            mean += length[i] / items;
        }
        for (int u = 0; u < users; u++) {
            int df = 0;
            for (int i = 0; i < items; i++) {
                df += x[u][i] != 0 ? 1 : 0;
            }
            double idf = Math.log(items) - Math.log(1 + df);
            for (int i = 0; i < items; i++) {
                if (x[u][i] == 0) {
                    continue;
                }
                w[u][i] = switch (weighting) {
                    case "NONE" -> x[u][i];
                    case "TFIDF" -> Math.sqrt(x[u][i]) * idf;
                    default -> x[u][i] * 101 / (100 * (0.2 + 0.8 * length[i] / mean) + x[u][i]) * idf;
                };
            }
        }
        return w;
    }

    /** sim[i][j] for the kept neighbours j of i, else 0. */
    private static double[][] similarities(double[][] w) {
        int items = w[0].length;
        double[][] sim = new double[items][items];
        for (int i = 0; i < items; i++) {
            List<double[]> cands = new ArrayList<>();
            for (int j = 0; j < items; j++) {
                double dot = 0;
                double ni = 0;
                double nj = 0;
                for (double[] row : w) {
                    dot += row[i] * row[j];
                    ni += row[i] * row[i];
                    nj += row[j] * row[j];
                }
                double s = dot / (Math.sqrt(ni) * Math.sqrt(nj) + SHRINK);
                if (j != i && dot > 0 && (float) s > 0) {
                    cands.add(new double[] {(float) s, j});
                }
            }
            cands.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1]));
            for (double[] c : cands.subList(0, Math.min(TOP, cands.size()))) {
                sim[i][(int) c[1]] = c[0];
            }
        }
        return sim;
    }

    @ParameterizedTest @ValueSource(strings = {"NONE", "TFIDF", "BM25"})
    void scoresMatchABruteForceCosine(String weighting) {
        scoresMatchABruteForceCosine(DATA, weighting);
    }

    @ParameterizedTest @ValueSource(strings = {"NONE", "BM25"})
    void sparseRowsMatchABruteForceCosine(String weighting) {
        scoresMatchABruteForceCosine(SPARSE, weighting);
    }

    private static void scoresMatchABruteForceCosine(Dataset data, String weighting) {
        double[][] x = dense(data);
        double[][] sim = similarities(weighted(x, weighting));
        ItemKnnModel m = fit(data, weighting, 2);
        float[] out = new float[data.itemCount()];
        for (int u = 0; u < data.userCount() - 1; u++) {
            if (data.byUser().rowLength(u) == 0) {
                continue; // the popularity fallback, not a cosine score
            }
            m.scoreAll(u, out);
            for (int j = 0; j < data.itemCount(); j++) {
                double expected = 0;
                for (int i = 0; i < data.itemCount(); i++) {
                    expected += x[u][i] * sim[i][j];
                }
                assertEquals(expected, out[j], 1e-5 * Math.max(1, Math.abs(expected)),
                        weighting + " user " + u + " item " + j);
            }
        }
        for (int i = 0; i < data.itemCount(); i++) {
            for (int j = 0; j < data.itemCount(); j++) {
                assertEquals(sim[i][j], m.similarity(i, j), 1e-6, weighting + " sim " + i + "," + j);
            }
        }
    }

    @Test void similarItemsAreTheKeptNeighboursBestFirst() {
        double[][] sim = similarities(weighted(dense(), "NONE"));
        ItemKnnModel m = fit("NONE", 1);
        for (int i = 0; i < DATA.itemCount(); i++) {
            List<ScoredItem> similar = m.similarItems(i, 10, ItemFilters.all());
            assertTrue(similar.size() <= TOP);
            for (ScoredItem s : similar) {
                assertEquals(sim[i][s.item()], s.score(), 1e-6);
            }
            long kept = java.util.Arrays.stream(sim[i]).filter(v -> v > 0).count();
            assertEquals(kept, similar.size());
        }
    }

    @Test void theThreadCountDoesNotChangeABit() {
        ItemKnnModel one = fit("BM25", 1);
        ItemKnnModel four = fit("BM25", 4);
        assertArrayEquals(one.similarities(), four.similarities());
        assertArrayEquals(one.neighbours(), four.neighbours());
    }

    @Test void explanationsListTheContributingHistoryItems() {
        ItemKnnModel m = fit("NONE", 1);
        float[] out = new float[DATA.itemCount()];
        for (int u = 0; u < DATA.userCount() - 1; u++) {
            m.scoreAll(u, out);
            for (ScoredItem s : m.recommend(u, 3, ItemFilters.unseen(DATA.byUser(), u))) {
                Explanation e = m.explain(u, s.item()).orElseThrow();
                double sum = e.contributions().stream().mapToDouble(Explanation.Contribution::weight).sum();
                assertEquals(s.score(), sum, 1e-4, "contributions add up to the score");
                for (Explanation.Contribution c : e.contributions()) {
                    assertTrue(m.similarity(c.item(), s.item()) > 0, "a contributor has the item as neighbour");
                }
            }
        }
        Explanation cold = m.explain(DATA.userCount() - 1, 0).orElseThrow();
        assertTrue(cold.summary().contains("no history"), cold.summary());
    }
}
