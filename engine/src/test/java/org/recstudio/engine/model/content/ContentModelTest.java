package org.recstudio.engine.model.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.content.ContentFixtures.Event;
import org.recstudio.engine.progress.CancellationToken;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.ItemRecord;
import smile.nlp.stemmer.PorterStemmer;

class ContentModelTest {

    private static final ContentParams TEXT_ONLY = ContentParams.defaults().withWeights(1, 0, 0, 0, 0)
            .withMinDocFrequency(1);
    private static final ContentParams CATEGORY_ONLY = ContentParams.defaults().withWeights(0, 1, 0, 0, 0);

    private static ContentModel fit(Dataset data, ContentParams params) {
        return new ContentAlgorithm().fit(data, params, 42, Progress.NONE);
    }

    private static Dataset noInteractions(List<ItemRecord> items) {
        return ContentFixtures.dataset(items, 1, List.of());
    }

    @Test void textSimilarityMatchesABruteForceTfIdfCosine() {
        List<ItemRecord> items = ContentFixtures.catalog(false);
        PorterStemmer stemmer = new PorterStemmer();
        for (String w : ContentReference.vocabulary(items)) {
            // the reference does not stem: stemming must map distinct words to distinct stems here
            assertEquals(1, ContentReference.vocabulary(items).stream().filter(x -> stemmer.stem(x)
                    .equals(stemmer.stem(w))).count(), w);
        }
        List<Map<String, Double>> reference = ContentReference.tfidf(items);
        ContentModel model = fit(noInteractions(items), TEXT_ONLY);
        for (int a = 0; a < items.size(); a++) {
            for (int b = 0; b < items.size(); b++) {
                assertEquals(ContentReference.cosine(reference.get(a), reference.get(b)), model.similarity(a, b),
                        1e-6, "items " + a + ", " + b);
            }
        }
        // and similarItems ranks by that cosine, best first, never the item itself
        for (int a = 0; a < items.size(); a++) {
            int item = a;
            List<Integer> expected = IntStream.range(0, items.size()).boxed()
                    .filter(b -> b != item && ContentReference.cosine(reference.get(item), reference.get(b)) > 0)
                    .sorted((x, y) -> Double.compare(ContentReference.cosine(reference.get(item), reference.get(y)),
                            ContentReference.cosine(reference.get(item), reference.get(x))))
                    .toList();
            List<Integer> actual = model.similarItems(a, items.size(), ItemFilters.all()).stream()
                    .map(ScoredItem::item).toList();
            assertEquals(expected.size(), actual.size());
            for (int r = 0; r < actual.size(); r++) {
                assertEquals(ContentReference.cosine(reference.get(a), reference.get(expected.get(r))),
                        model.similarity(a, actual.get(r)), 1e-6, "rank " + r + " for item " + a);
            }
        }
    }

    @Test void combinedSimilarityIsTheWeightedMeanOfPartCosines() {
        List<ItemRecord> items = ContentFixtures.catalog(false);
        ContentParams params = ContentParams.defaults().withMinDocFrequency(1);
        List<List<Map<String, Double>>> parts = List.of(ContentReference.tfidf(items),
                items.stream().map(ContentReference::categories).toList(),
                items.stream().map(ContentReference::brand).toList(),
                items.stream().map(r -> ContentReference.price(r, params.priceBucketsPerDecade())).toList());
        double[] weights = {params.textWeight(), params.categoryWeight(), params.brandWeight(), params.priceWeight()};
        ContentModel model = fit(noInteractions(items), params);
        for (int a = 0; a < items.size(); a++) {
            for (int b = 0; b < items.size(); b++) {
                assertEquals(ContentReference.combined(parts, weights, a, b), model.similarity(a, b), 1e-6,
                        "items " + a + ", " + b);
            }
        }
    }

    @Test void anItemWithNoInteractionsIsFoundAsSimilarAndRecommended() {
        Dataset data = ContentFixtures.shop();
        assertEquals(0, data.byItem().rowLength(RAIN_SHELL));
        ContentModel model = fit(data, ContentParams.defaults());
        assertEquals(RAIN_SHELL, model.similarItems(RAIN_JACKET, 3, ItemFilters.all()).getFirst().item());
        assertEquals(RAIN_JACKET, model.similarItems(RAIN_SHELL, 3, ItemFilters.all()).getFirst().item());
        // user 1 bought two boots: the cold rain shell still gets a finite score
        float[] scores = new float[model.itemCount()];
        model.scoreAll(1, scores);
        assertTrue(Float.isFinite(scores[RAIN_SHELL]) && scores[RAIN_SHELL] > 0);
    }

    @Test void categoryPrefixesAreSharedFeatures() {
        ContentModel model = fit(noInteractions(ContentFixtures.catalog(false)), CATEGORY_ONLY);
        // {Outdoor, Outdoor > Jackets} against {Outdoor, Outdoor > Boots}: one of two levels shared
        assertEquals(0.5, model.similarity(RAIN_JACKET, LEATHER_BOOT), 1e-6);
        assertEquals(1.0, model.similarity(RAIN_JACKET, WOOL_JACKET), 1e-6);
        assertEquals(0.0, model.similarity(RAIN_JACKET, TABLE_LAMP), 0.0);
        Explanation why = model.explainSimilarity(RAIN_JACKET, LEATHER_BOOT);
        assertEquals(List.of("shares category Outdoor"), why.contributions().stream()
                .map(Explanation.Contribution::reason).toList());
        assertFalse(model.similarItems(RAIN_JACKET, 10, ItemFilters.all()).stream()
                .anyMatch(s -> s.item() == TABLE_LAMP), "no shared feature: not similar");
    }

    @Test void explanationsNameTheSharedTermsCategoryAndBrand() {
        Dataset data = ContentFixtures.dataset(ContentFixtures.catalog(true), 1,
                List.of(new Event(0, RAIN_JACKET, NOW)));
        ContentModel model = fit(data, ContentParams.defaults());
        Explanation why = model.explain(0, RAIN_SHELL).orElseThrow();
        List<String> reasons = why.contributions().stream().map(Explanation.Contribution::reason).toList();
        assertTrue(reasons.contains("shares category Outdoor > Jackets"), reasons::toString);
        assertFalse(reasons.contains("shares category Outdoor"), "the deepest shared level speaks for the path");
        assertTrue(reasons.contains("brand Acme"), reasons::toString);
        assertTrue(reasons.contains("attribute color = red"), reasons::toString);
        List<String> shared = List.of("term 'waterproof'", "term 'rain'", "term 'nylon'", "term 'shell'",
                "term 'hood'", "term 'red'");
        assertTrue(reasons.stream().anyMatch(shared::contains), reasons::toString);
        assertTrue(reasons.stream().filter(r -> r.startsWith("term ")).allMatch(shared::contains), reasons::toString);
        assertTrue(why.summary().startsWith("Content similarity") && why.summary().contains("term '"),
                why.summary());
        // the feature contributions add up to the score; the history contribution names the jacket
        float[] scores = new float[model.itemCount()];
        model.scoreAll(0, scores);
        double features = why.contributions().stream().filter(c -> c.item() < 0)
                .mapToDouble(Explanation.Contribution::weight).sum();
        assertTrue(features <= scores[RAIN_SHELL] + 1e-6 && features > 0.8 * scores[RAIN_SHELL]);
        Explanation.Contribution history = why.contributions().stream().filter(c -> c.item() >= 0).findFirst()
                .orElseThrow();
        assertEquals(RAIN_JACKET, history.item());
        assertEquals(scores[RAIN_SHELL], history.weight(), 1e-6);
    }

    @Test void recentItemsWeighMoreInTheUserProfile() {
        List<ItemRecord> items = ContentFixtures.catalog(false);
        // user 0 bought the rain jacket 60 days ago and the camp stove today
        Dataset data = ContentFixtures.dataset(items, 1, List.of(new Event(0, RAIN_JACKET, NOW - 60 * DAY),
                new Event(0, CAMP_STOVE, NOW)));
        List<Integer> recent = ranking(fit(data, ContentParams.defaults()), data);
        assertTrue(recent.indexOf(COOK_POT) < recent.indexOf(RAIN_SHELL), recent::toString);
        // without decay the jacket's much closer neighbour wins
        List<Integer> flat = ranking(fit(data, ContentParams.defaults().withRecencyHalfLifeDays(
                Double.POSITIVE_INFINITY)), data);
        assertTrue(flat.indexOf(RAIN_SHELL) < flat.indexOf(COOK_POT), flat::toString);
        // and when the jacket is the recent one, its neighbour leads by far
        Dataset swapped = ContentFixtures.dataset(items, 1, List.of(new Event(0, CAMP_STOVE, NOW - 60 * DAY),
                new Event(0, RAIN_JACKET, NOW)));
        assertEquals(RAIN_SHELL, ranking(fit(swapped, ContentParams.defaults()), swapped).getFirst());
    }

    private static List<Integer> ranking(ContentModel model, Dataset data) {
        return model.recommend(0, 10, ItemFilters.unseen(data.byUser(), 0)).stream().map(ScoredItem::item).toList();
    }

    @Test void aUserWithoutHistoryCannotBeScored() {
        Dataset data = ContentFixtures.shop();
        ContentModel model = fit(data, ContentParams.defaults());
        float[] scores = new float[model.itemCount()];
        model.scoreAll(4, scores);
        for (float s : scores) {
            assertEquals(Float.NEGATIVE_INFINITY, s);
        }
        assertTrue(model.recommend(4, 5, ItemFilters.all()).isEmpty());
        assertTrue(model.explain(4, RAIN_SHELL).isEmpty());
        assertFalse(model.hasProfile(4));
        assertTrue(model.hasProfile(0));
        assertThrows(IllegalArgumentException.class, () -> model.scoreAll(5, scores));
        assertThrows(IllegalArgumentException.class, () -> model.similarItems(-1, 3, ItemFilters.all()));
    }

    @Test void itemsWithoutMetadataScoreMinusInfinity() {
        List<ItemRecord> items = new ArrayList<>(ContentFixtures.catalog(false));
        items.set(TABLE_LAMP, ItemRecord.placeholder("table-lamp"));
        Dataset data = ContentFixtures.dataset(items, 1, List.of(new Event(0, RAIN_JACKET, NOW)));
        ContentModel model = fit(data, ContentParams.defaults());
        assertFalse(model.hasContent(TABLE_LAMP));
        float[] scores = new float[model.itemCount()];
        model.scoreAll(0, scores);
        assertEquals(Float.NEGATIVE_INFINITY, scores[TABLE_LAMP]);
        assertTrue(model.similarItems(TABLE_LAMP, 5, ItemFilters.all()).isEmpty());
    }

    @Test void fitWithoutMetadataFailsWithAClearMessage() {
        Dataset data = ContentFixtures.shop();
        Dataset bare = Dataset.of(data.info(), data.users(), data.items(), data.eventTypes(),
                new org.recstudio.engine.store.InteractionColumns(0, new int[0], new int[0], new int[0],
                        new float[0], new long[0], null), Progress.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(bare, ContentParams.defaults()));
        assertTrue(e.getMessage().contains("DatasetLoader.loadWithMetadata"), e.getMessage());
    }

    @Test void unreadableAttributesAreReportedAndCounted() {
        List<ItemRecord> items = new ArrayList<>(ContentFixtures.catalog(true));
        ItemRecord r = items.get(TRAIL_BOOT);
        items.set(TRAIL_BOOT, new ItemRecord(r.externalId(), r.title(), r.description(), r.category(), r.brand(),
                r.price(), null, true, "{not json", false));
        List<String> messages = new ArrayList<>();
        new ContentAlgorithm().fit(noInteractions(items), ContentParams.defaults(), 1,
                new CancellationToken(u -> { }, messages::add));
        assertTrue(messages.stream().anyMatch(m -> m.contains("1 item(s) had unreadable attributes JSON")
                && m.contains("trail-boot")), messages::toString);
    }

    @Test void paramsRejectBadValuesNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContentParams.defaults().withWeights(-1, 1, 1, 1, 1));
        assertTrue(e.getMessage().contains("textWeight") && e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContentParams.defaults().withWeights(0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ContentParams.defaults().withRecencyHalfLifeDays(0));
        assertThrows(IllegalArgumentException.class, () -> ContentParams.defaults().withMinDocFrequency(0));
    }

    @Test void fittingIsDeterministicAndWriteReadIsBitIdentical() throws IOException {
        Dataset data = ContentFixtures.shop();
        ContentModel a = fit(data, ContentParams.defaults());
        ContentModel b = fit(data, ContentParams.defaults());
        byte[] bytes = bytes(a);
        assertArrayEquals(bytes, bytes(b));
        ContentModel read = ContentModel.read(new DataInputStream(new ByteArrayInputStream(bytes)), a.provenance());
        assertArrayEquals(bytes, bytes(read));
        assertEquals(a.provenance(), read.provenance());
        for (int u = 0; u < data.userCount(); u++) {
            float[] x = new float[a.itemCount()];
            float[] y = new float[a.itemCount()];
            a.scoreAll(u, x);
            read.scoreAll(u, y);
            assertArrayEquals(x, y);
            assertEquals(a.explain(u, RAIN_SHELL), read.explain(u, RAIN_SHELL));
        }
        for (int i = 0; i < data.itemCount(); i++) {
            assertEquals(a.similarItems(i, 5, ItemFilters.all()), read.similarItems(i, 5, ItemFilters.all()));
        }
    }

    @Test void readRejectsAnotherFormat() {
        byte[] junk = {0, 1, 2, 3, 4, 5, 6, 7};
        IOException e = assertThrows(IOException.class, () -> ContentModel.read(new DataInputStream(
                new ByteArrayInputStream(junk)), fit(ContentFixtures.shop(), ContentParams.defaults()).provenance()));
        assertTrue(e.getMessage().contains("not a content model"), e.getMessage());
    }

    static byte[] bytes(ContentModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(new DataOutputStream(out));
        return out.toByteArray();
    }
}
