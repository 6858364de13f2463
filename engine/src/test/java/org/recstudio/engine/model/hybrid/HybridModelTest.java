package org.recstudio.engine.model.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recstudio.engine.model.content.ContentFixtures.CAMP_STOVE;
import static org.recstudio.engine.model.content.ContentFixtures.COOK_POT;
import static org.recstudio.engine.model.content.ContentFixtures.DAY;
import static org.recstudio.engine.model.content.ContentFixtures.LEATHER_BOOT;
import static org.recstudio.engine.model.content.ContentFixtures.NOW;
import static org.recstudio.engine.model.content.ContentFixtures.RAIN_JACKET;
import static org.recstudio.engine.model.content.ContentFixtures.RAIN_SHELL;
import static org.recstudio.engine.model.content.ContentFixtures.TABLE_LAMP;
import static org.recstudio.engine.model.content.ContentFixtures.TRAIL_BOOT;
import static org.recstudio.engine.model.content.ContentFixtures.WOOL_JACKET;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.content.ContentAlgorithm;
import org.recstudio.engine.model.content.ContentFixtures;
import org.recstudio.engine.model.content.ContentFixtures.Event;
import org.recstudio.engine.model.content.ContentParams;
import org.recstudio.engine.model.hybrid.HybridModel.Branch;
import org.recstudio.engine.model.hybrid.HybridParams.ColdUserStrategy;
import org.recstudio.engine.model.itemknn.ItemKnnAlgorithm;
import org.recstudio.engine.model.itemknn.ItemKnnParams;
import org.recstudio.engine.model.pop.PopularityAlgorithm;
import org.recstudio.engine.model.pop.PopularityParams;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.ItemRecord;

class HybridModelTest {

    /**
     * Items with fewer than 2 interactions are cold: trail boot and cook pot (1), rain shell and table lamp (0).
     * Users with fewer than 2 are cold: user 3 (1 interaction) and user 4 (none).
     */
    static Dataset shop(List<ItemRecord> catalog) {
        List<Event> events = new ArrayList<>();
        int[][] history = {
                {RAIN_JACKET, WOOL_JACKET, LEATHER_BOOT},
                {RAIN_JACKET, LEATHER_BOOT, TRAIL_BOOT},
                {WOOL_JACKET, CAMP_STOVE, COOK_POT},
                {CAMP_STOVE},
                {},
                {RAIN_JACKET, CAMP_STOVE}};
        for (int u = 0; u < history.length; u++) {
            for (int k = 0; k < history[u].length; k++) {
                events.add(new Event(u, history[u][k], NOW - (history[u].length - k) * DAY));
            }
        }
        return ContentFixtures.dataset(catalog, history.length, events);
    }

    static final Dataset DATA = shop(ContentFixtures.catalog(true));
    static final Thresholds RULE = new Thresholds(2, 2, ColdUserStrategy.POPULARITY, ScoreNormalization.MIN_MAX);

    static Model content(Dataset d) {
        return new ContentAlgorithm().fit(d, ContentParams.defaults(), 1, Progress.NONE);
    }

    static Model popularity(Dataset d) {
        return new PopularityAlgorithm().fit(d, PopularityParams.defaults(), 2, Progress.NONE);
    }

    static Model itemKnn(Dataset d) {
        return new ItemKnnAlgorithm().fit(d, ItemKnnParams.defaults(), 3, Progress.NONE);
    }

    static float[] scores(Model m, int user) {
        float[] s = new float[m.itemCount()];
        m.scoreAll(user, s);
        return s;
    }

    /** Min-max over the finite scores of the items in {@code subset}, by the obvious formula, in double. */
    static double[] minMax(float[] raw, boolean[] subset) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < raw.length; i++) {
            if (subset[i] && Float.isFinite(raw[i])) {
                min = Math.min(min, raw[i]);
                max = Math.max(max, raw[i]);
            }
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = subset[i] && Float.isFinite(raw[i]) ? (max == min ? 0.5 : (raw[i] - min) / (max - min))
                    : Double.NEGATIVE_INFINITY;
        }
        return out;
    }

    static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    @Test void switchingSendsColdItemsToContentAndColdUsersToPopularity() {
        Model collaborative = itemKnn(DATA);
        Model content = content(DATA);
        Model popularity = popularity(DATA);
        HybridModel hybrid = HybridModel.switching(collaborative, content, popularity, RULE, DATA);
        boolean[] warm = new boolean[DATA.itemCount()];
        boolean[] cold = new boolean[DATA.itemCount()];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = DATA.byItem().rowLength(i) >= 2;
            cold[i] = !warm[i];
        }
        for (int u : new int[] {0, 1, 2, 5}) {
            double[] c = minMax(scores(collaborative, u), warm);
            double[] s = minMax(scores(content, u), cold);
            float[] h = scores(hybrid, u);
            for (int i = 0; i < warm.length; i++) {
                assertEquals(warm[i] ? Branch.COLLABORATIVE : Branch.CONTENT, hybrid.branch(u, i));
                assertEquals(warm[i] ? c[i] : s[i], h[i], 1e-6, "user " + u + " item " + i);
            }
        }
        for (int u : new int[] {3, 4}) {
            double[] p = minMax(scores(popularity, u), all(DATA.itemCount()));
            float[] h = scores(hybrid, u);
            for (int i = 0; i < h.length; i++) {
                assertEquals(Branch.POPULARITY, hybrid.branch(u, i));
                assertEquals(p[i], h[i], 1e-6, "user " + u + " item " + i);
            }
        }
        assertEquals(List.of(collaborative, content, popularity), hybrid.components());
    }

    @Test void coldUsersGetContentWhenAskedAndPopularityWithoutHistory() {
        Model content = content(DATA);
        Model popularity = popularity(DATA);
        Thresholds rule = new Thresholds(2, 2, ColdUserStrategy.CONTENT, ScoreNormalization.MIN_MAX);
        HybridModel hybrid = HybridModel.switching(itemKnn(DATA), content, popularity, rule, DATA);
        double[] s = minMax(scores(content, 3), all(DATA.itemCount()));
        float[] h = scores(hybrid, 3);
        for (int i = 0; i < h.length; i++) {
            assertEquals(Branch.CONTENT, hybrid.branch(3, i));
            assertEquals(s[i], h[i], 1e-6);
        }
        assertEquals(Branch.POPULARITY, hybrid.branch(4, RAIN_JACKET), "no history: content cannot score");
        assertArrayEquals(scores(HybridModel.switching(itemKnn(DATA), content, popularity, RULE, DATA), 4),
                scores(hybrid, 4));
        String why = hybrid.explain(4, RAIN_JACKET).orElseThrow().summary();
        assertTrue(why.contains("popularity") && why.contains("no history content can use"), why);
    }

    @Test void explanationsNameTheBranchAndDelegate() {
        HybridModel hybrid = HybridModel.switching(itemKnn(DATA), content(DATA), popularity(DATA), RULE, DATA);
        Explanation cold = hybrid.explain(0, RAIN_SHELL).orElseThrow();
        assertTrue(cold.summary().startsWith("Scored by content (content branch) because the item has 0 training "
                + "interactions, fewer than the cold-item threshold 2"), cold.summary());
        assertTrue(cold.contributions().stream().anyMatch(c -> c.reason().equals("shares category Outdoor > Jackets")),
                cold.contributions()::toString);
        Explanation warm = hybrid.explain(0, CAMP_STOVE).orElseThrow();
        assertTrue(warm.summary().startsWith("Scored by itemknn (collaborative branch) because the item has 3 "
                + "training interactions"), warm.summary());
        Explanation coldUser = hybrid.explain(3, RAIN_JACKET).orElseThrow();
        assertTrue(coldUser.summary().startsWith("Scored by popularity (popularity branch) because the user has 1 "
                + "training interactions, fewer than the cold-user threshold 2"), coldUser.summary());
        float[] h = scores(hybrid, 0);
        assertEquals(h[RAIN_SHELL], cold.contributions().getFirst().weight(), 0.0);
    }

    @Test void similarItemsUseContentForColdItemsAndTheCollaborativeModelOtherwise() {
        Model knn = itemKnn(DATA);
        Model content = content(DATA);
        HybridModel hybrid = HybridModel.switching(knn, content, popularity(DATA), RULE, DATA);
        assertEquals(content.similarItems(RAIN_SHELL, 3, ItemFilters.all()),
                hybrid.similarItems(RAIN_SHELL, 3, ItemFilters.all()));
        assertEquals(knn.similarItems(RAIN_JACKET, 3, ItemFilters.all()),
                hybrid.similarItems(RAIN_JACKET, 3, ItemFilters.all()));
    }

    @Test void weightedBlendEqualsTheHandComputedNormalisedCombination() {
        List<ItemRecord> catalog = new ArrayList<>(ContentFixtures.catalog(true));
        catalog.set(TABLE_LAMP, ItemRecord.placeholder("table-lamp")); // content cannot score it
        Dataset data = shop(catalog);
        Model content = content(data);
        Model popularity = popularity(data);
        HybridModel blend = HybridModel.blend(List.of(content, popularity), List.of(0.7, 0.3));
        for (int u = 0; u < data.userCount(); u++) {
            double[] c = minMax(scores(content, u), all(data.itemCount()));
            double[] p = minMax(scores(popularity, u), all(data.itemCount()));
            boolean contentScores = java.util.Arrays.stream(c).anyMatch(Double::isFinite);
            double floor = java.util.Arrays.stream(c).filter(Double::isFinite).min().orElse(0);
            float[] h = scores(blend, u);
            for (int i = 0; i < h.length; i++) {
                double expected = (contentScores ? 0.7 * (Double.isFinite(c[i]) ? c[i] : floor) : 0) + 0.3 * p[i];
                assertEquals(expected, h[i], 1e-6, "user " + u + " item " + i);
                assertEquals(Branch.BLEND, blend.branch(u, i));
            }
        }
        // user 0: the lamp (no content) takes content's lowest normalised score, 0
        assertEquals(0.3 * minMax(scores(popularity, 0), all(data.itemCount()))[TABLE_LAMP],
                scores(blend, 0)[TABLE_LAMP], 1e-6);
        Explanation why = blend.explain(0, RAIN_SHELL).orElseThrow();
        assertEquals(scores(blend, 0)[RAIN_SHELL], why.contributions().get(0).weight()
                + why.contributions().get(1).weight(), 1e-6);
        assertTrue(why.summary().contains("content contributes most"), why.summary());
    }

    @Test void zScoreBlendUsesMeanAndPopulationDeviation() {
        Model content = content(DATA);
        Model popularity = popularity(DATA);
        HybridModel blend = HybridModel.blend(List.of(content, popularity), List.of(1.0, 2.0),
                ScoreNormalization.Z_SCORE);
        float[] c = scores(content, 1);
        float[] p = scores(popularity, 1);
        float[] h = scores(blend, 1);
        for (int i = 0; i < h.length; i++) {
            assertEquals(z(c, i) + 2 * z(p, i), h[i], 1e-5);
        }
    }

    private static double z(float[] s, int i) {
        double mean = 0;
        for (float x : s) {
            mean += x;
        }
        mean /= s.length;
        double var = 0;
        for (float x : s) {
            var += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(var / s.length);
        return sd == 0 ? 0 : (s[i] - mean) / sd;
    }

    @Test void componentsMustShareTheirData() {
        Dataset other = ContentFixtures.dataset(ContentFixtures.catalog(true), 6, List.of(new Event(0, COOK_POT, NOW)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HybridModel.blend(List.of(content(DATA), popularity(other)), List.of(1.0, 1.0)));
        assertTrue(e.getMessage().contains("fit every component on the same dataset"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HybridModel.blend(List.of(content(DATA)), List.of(1.0, 1.0)));
    }
}
