package org.recstudio.engine.model.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recstudio.engine.store.ItemRecord;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * A slow, obvious content similarity for checking {@link ContentModel}: TF-IDF over lower-cased words (no
 * stemming: the fixture text has no inflected words), cosine by maps, and the per-part combination
 * {@code Σ w_p cos_p / sqrt(W_a W_b)} with {@code W} the total weight of the parts an item has.
 */
final class ContentReference {

    private ContentReference() {
    }

    /** The words of an item: title, description, split on anything but letters and digits, stop words removed. */
    static Map<String, Integer> words(ItemRecord r) {
        Map<String, Integer> out = new HashMap<>();
        String text = (r.title() + " " + r.description()).toLowerCase(Locale.ROOT);
        for (String w : text.split("[^a-z0-9]+")) {
            if (w.length() >= 2 && !EnglishStopWords.DEFAULT.contains(w)) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }

    /** The TF-IDF vector of every item: (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1). */
    static List<Map<String, Double>> tfidf(List<ItemRecord> items) {
        List<Map<String, Integer>> docs = items.stream().map(ContentReference::words).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> d : docs) {
            for (String w : d.keySet()) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = items.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Integer> d : docs) {
            Map<String, Double> v = new HashMap<>();
            d.forEach((w, tf) -> v.put(w, (1 + Math.log(tf)) * (Math.log((1.0 + n) / (1.0 + df.get(w))) + 1)));
            out.add(v);
        }
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    /** The category prefixes of a path as a 0/1 vector. */
    static Map<String, Double> categories(ItemRecord r) {
        Map<String, Double> out = new HashMap<>();
        if (r.category() == null) {
            return out;
        }
        String prefix = "";
        for (String level : r.category().split(" > ")) {
            prefix = prefix.isEmpty() ? level : prefix + " > " + level;
            out.put(prefix.toLowerCase(Locale.ROOT), 1.0);
        }
        return out;
    }

    /** The price buckets of a price, the item's bucket at 1 and its neighbours at 0.5. */
    static Map<String, Double> price(ItemRecord r, int perDecade) {
        Map<String, Double> out = new HashMap<>();
        int b = (int) Math.floor(Math.log10(r.price()) * perDecade);
        out.put("p" + (b - 1), 0.5);
        out.put("p" + b, 1.0);
        out.put("p" + (b + 1), 0.5);
        return out;
    }

    static Map<String, Double> brand(ItemRecord r) {
        return Map.of(r.brand().toLowerCase(Locale.ROOT), 1.0);
    }

    /** The combined similarity of items a and b given per-part vectors and weights (parts present in both). */
    static double combined(List<List<Map<String, Double>>> parts, double[] weights, int a, int b) {
        double num = 0;
        double wa = 0;
        double wb = 0;
        for (int p = 0; p < parts.size(); p++) {
            Map<String, Double> va = parts.get(p).get(a);
            Map<String, Double> vb = parts.get(p).get(b);
            if (!va.isEmpty()) {
                wa += weights[p];
            }
            if (!vb.isEmpty()) {
                wb += weights[p];
            }
            num += weights[p] * cosine(va, vb);
        }
        return num / Math.sqrt(wa * wb);
    }

    /** The distinct words across the items (to check the fixture's words are their own stems). */
    static Set<String> vocabulary(List<ItemRecord> items) {
        Set<String> all = new HashSet<>();
        items.forEach(r -> all.addAll(words(r).keySet()));
        return all;
    }
}
