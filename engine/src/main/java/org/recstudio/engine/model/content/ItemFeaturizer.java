package org.recstudio.engine.model.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.ItemRecord;

/**
 * Builds the content vector of every item from its metadata (Lops, de Gemmis &amp; Semeraro 2011, "Content-based
 * Recommender Systems: State of the Art and Trends"): a TF-IDF text part, a category-path part, a brand part, a
 * price part and an attribute part, each L2-normalised, scaled by √weight and concatenated, then normalised.
 *
 * <ul>
 *   <li>Text: title, description and the attribute texts, analysed by {@link TextAnalyzer}; weight
 *       {@code (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1)} (sublinear tf, smoothed idf; Salton &amp; Buckley 1988),
 *       vocabulary limited by {@link ContentParams#minDocFrequency()} and {@link ContentParams#maxFeatures()}.</li>
 *   <li>Category: every prefix of the {@code " > "} path is a feature of value 1, so {@code Outdoor > Jackets} and
 *       {@code Outdoor > Boots} share {@code Outdoor}. Matching ignores case.</li>
 *   <li>Brand: one-hot, ignoring case.</li>
 *   <li>Price: bucket {@code b = floor(log10(price) · bucketsPerDecade)} at 1 and its neighbours {@code b ± 1} at
 *       0.5, so close prices in adjacent buckets still match; missing or non-positive prices have no price part.</li>
 *   <li>Attributes: {@code key = value} one-hot from {@link AttributeReader}.</li>
 * </ul>
 * Features are numbered part by part (text, category, brand, price, attribute), sorted within a part, so the same
 * metadata always gives the same vectors.
 */
final class ItemFeaturizer {

    private static final FeatureKind[] PARTS = FeatureKind.values();

    private final ContentParams params;
    private final TextAnalyzer analyzer;
    private final AttributeReader attributes = new AttributeReader();

    /** The features of one item before weighting: term counts and the keys of its categorical features. */
    private record Raw(Map<String, Integer> terms, List<String> categories, String brand, int priceBucket,
                       List<String> attributes) {
    }

    ItemFeaturizer(ContentParams params) {
        this.params = params;
        this.analyzer = new TextAnalyzer(params.stemming(), params.removeStopWords());
    }

    /** The vectors of every item of {@code data}, which must carry metadata. */
    ItemVectors build(Dataset data, Progress progress) {
        int n = data.itemCount();
        List<Raw> raw = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        List<Map<String, String>> labels = new ArrayList<>();
        for (int p = 0; p < PARTS.length; p++) {
            labels.add(new HashMap<>());
        }
        int badAttributes = 0;
        String firstBad = null;
        for (int i = 0; i < n; i++) {
            if (i % 4096 == 0) {
                progress.checkCancelled();
                progress.update("Content: reading item metadata", i, n);
            }
            ItemRecord r = data.item(i);
            StringBuilder text = new StringBuilder();
            append(text, r.title());
            append(text, r.description());
            Map<String, String> pairs = new TreeMap<>();
            if (r.attributes() != null && !r.attributes().isBlank()) {
                try {
                    attributes.read(r.attributes(), text, pairs);
                } catch (IllegalArgumentException e) {
                    badAttributes++;
                    if (firstBad == null) {
                        firstBad = "item '" + r.externalId() + "': " + e.getMessage();
                    }
                }
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (TextAnalyzer.Term t : analyzer.terms(text.toString())) {
                counts.merge(t.stem(), 1, Integer::sum);
                words.computeIfAbsent(t.stem(), s -> new HashMap<>()).merge(t.word(), 1, Integer::sum);
            }
            counts.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
            List<String> cats = categoryPrefixes(r.category(), labels.get(FeatureKind.CATEGORY.ordinal()));
            String brand = key(r.brand(), labels.get(FeatureKind.BRAND.ordinal()));
            int bucket = priceBucket(r.price());
            pairs.forEach((k, label) -> labels.get(FeatureKind.ATTRIBUTE.ordinal()).putIfAbsent(k, label));
            raw.add(new Raw(counts, cats, brand, bucket, List.copyOf(pairs.keySet())));
        }
        if (badAttributes > 0) {
            progress.message("Content: " + badAttributes + " item(s) had unreadable attributes JSON; their attributes "
                    + "were left out (first: " + firstBad + ")");
        }
        Map<String, Integer> vocabulary = vocabulary(df);
        for (String stem : vocabulary.keySet()) {
            labels.get(FeatureKind.TEXT.ordinal()).put(stem, commonest(words.get(stem)));
        }
        for (Raw r : raw) {
            if (r.priceBucket() != Integer.MIN_VALUE) {
                for (int b = r.priceBucket() - 1; b <= r.priceBucket() + 1; b++) {
                    labels.get(FeatureKind.PRICE.ordinal()).putIfAbsent(priceKey(b), priceLabel(b));
                }
            }
        }
        return vectors(raw, df, labels, n, progress);
    }

    private ItemVectors vectors(List<Raw> raw, Map<String, Integer> df, List<Map<String, String>> labels, int n,
                                Progress progress) {
        // number the features part by part, keys sorted within a part
        List<String> allLabels = new ArrayList<>();
        List<FeatureKind> allKinds = new ArrayList<>();
        List<Map<String, Integer>> index = new ArrayList<>();
        for (FeatureKind kind : PARTS) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            if (weight(kind) > 0) {
                List<String> keys = new ArrayList<>(labels.get(kind.ordinal()).keySet());
                if (kind == FeatureKind.PRICE) {
                    keys.sort(Comparator.comparingInt(Integer::parseInt)); // buckets in price order
                } else {
                    keys.sort(Comparator.naturalOrder());
                }
                for (String key : keys) {
                    ids.put(key, allLabels.size());
                    allLabels.add(labels.get(kind.ordinal()).get(key));
                    allKinds.add(kind);
                }
            }
            index.add(ids);
        }
        int[] ptr = new int[n + 1];
        List<int[]> rowFeatures = new ArrayList<>(n);
        List<float[]> rowValues = new ArrayList<>(n);
        double logN = Math.log(1.0 + n);
        for (int i = 0; i < n; i++) {
            if (i % 4096 == 0) {
                progress.checkCancelled();
                progress.update("Content: building item vectors", i, n);
            }
            Raw r = raw.get(i);
            SparseRow row = new SparseRow();
            Map<String, Integer> text = index.get(FeatureKind.TEXT.ordinal());
            int from = row.size();
            for (Map.Entry<String, Integer> t : r.terms().entrySet()) {
                Integer f = text.get(t.getKey());
                if (f != null) {
                    double idf = logN - Math.log(1.0 + df.get(t.getKey())) + 1.0;
                    row.add(f, (1.0 + Math.log(t.getValue())) * idf);
                }
            }
            row.closePart(from, weight(FeatureKind.TEXT));
            from = row.size();
            r.categories().forEach(c -> addIfIndexed(row, index, FeatureKind.CATEGORY, c, 1.0));
            row.closePart(from, weight(FeatureKind.CATEGORY));
            from = row.size();
            if (r.brand() != null) {
                addIfIndexed(row, index, FeatureKind.BRAND, r.brand(), 1.0);
            }
            row.closePart(from, weight(FeatureKind.BRAND));
            from = row.size();
            if (r.priceBucket() != Integer.MIN_VALUE) {
                for (int b = r.priceBucket() - 1; b <= r.priceBucket() + 1; b++) {
                    addIfIndexed(row, index, FeatureKind.PRICE, priceKey(b), b == r.priceBucket() ? 1.0 : 0.5);
                }
            }
            row.closePart(from, weight(FeatureKind.PRICE));
            from = row.size();
            r.attributes().forEach(a -> addIfIndexed(row, index, FeatureKind.ATTRIBUTE, a, 1.0));
            row.closePart(from, weight(FeatureKind.ATTRIBUTE));
            row.normaliseAndSort();
            rowFeatures.add(row.features());
            rowValues.add(row.values());
            ptr[i + 1] = ptr[i] + row.size();
        }
        int[] feature = new int[ptr[n]];
        float[] value = new float[ptr[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowFeatures.get(i), 0, feature, ptr[i], ptr[i + 1] - ptr[i]);
            System.arraycopy(rowValues.get(i), 0, value, ptr[i], ptr[i + 1] - ptr[i]);
        }
        progress.update("Content: building item vectors", n, n);
        return new ItemVectors(allLabels.toArray(String[]::new), allKinds.toArray(FeatureKind[]::new), ptr,
                feature, value);
    }

    private static void addIfIndexed(SparseRow row, List<Map<String, Integer>> index, FeatureKind kind, String key,
                                     double v) {
        Integer f = index.get(kind.ordinal()).get(key);
        if (f != null) {
            row.add(f, v);
        }
    }

    /** The stems kept: document frequency at least the minimum, the most frequent {@code maxFeatures}. */
    private Map<String, Integer> vocabulary(Map<String, Integer> df) {
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= params.minDocFrequency()) {
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new TreeMap<>();
        for (Map.Entry<String, Integer> e : kept.subList(0, Math.min(kept.size(), params.maxFeatures()))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private double weight(FeatureKind kind) {
        return switch (kind) {
            case TEXT -> params.textWeight();
            case CATEGORY -> params.categoryWeight();
            case BRAND -> params.brandWeight();
            case PRICE -> params.priceWeight();
            case ATTRIBUTE -> params.attributeWeight();
        };
    }

    private static void append(StringBuilder text, String s) {
        if (s != null) {
            text.append(' ').append(s);
        }
    }

    /** The most frequent word of a stem, ties by the alphabetically first: the stem's readable label. */
    private static String commonest(Map<String, Integer> words) {
        return words.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    /** The lower-cased prefixes of a category path, registering each prefix's first-seen spelling. */
    private static List<String> categoryPrefixes(String path, Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        StringBuilder prefix = new StringBuilder();
        for (String level : path.split(">")) {
            String l = level.trim().replaceAll("\\s+", " ");
            if (l.isEmpty()) {
                continue;
            }
            prefix.append(prefix.isEmpty() ? "" : " > ").append(l);
            out.add(key(prefix.toString(), labels));
        }
        return out;
    }

    /** The case-insensitive key of a categorical value, registering its first-seen spelling; null when blank. */
    private static String key(String value, Map<String, String> labels) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String label = value.trim().replaceAll("\\s+", " ");
        String k = label.toLowerCase(Locale.ROOT);
        labels.putIfAbsent(k, label);
        return k;
    }

    private int priceBucket(Double price) {
        if (price == null || !Double.isFinite(price) || price <= 0) {
            return Integer.MIN_VALUE;
        }
        return (int) Math.floor(Math.log10(price) * params.priceBucketsPerDecade());
    }

    private static String priceKey(int bucket) {
        return Integer.toString(bucket);
    }

    private String priceLabel(int bucket) {
        double lo = Math.pow(10, (double) bucket / params.priceBucketsPerDecade());
        double hi = Math.pow(10, (double) (bucket + 1) / params.priceBucketsPerDecade());
        return round(lo) + "–" + round(hi);
    }

    private static String round(double x) {
        return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
