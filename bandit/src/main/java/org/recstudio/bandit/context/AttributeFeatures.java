package org.recstudio.bandit.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Features from free JSON attributes (users' {@code {"age": 31, "country": "FR"}}, items' attributes): every key
 * whose values are all numbers becomes one standardised feature (missing → 0, the mean); every other key a
 * one-hot block over its most frequent values ({@link CategoricalEncoder}). Keys are ordered by name, so the
 * layout is stable. Attributes that are not JSON objects are reported with the index.
 */
public final class AttributeFeatures implements UserFeatures, ItemFeatures {

    private final List<String> keys = new ArrayList<>();
    private final Map<String, CategoricalEncoder> categorical = new LinkedHashMap<>();
    private final Map<String, double[]> numeric = new LinkedHashMap<>(); // key -> {mean, sd}
    private final int dimension;
    private final Object[][] columns; // per key: String[] or double[] by index

    private AttributeFeatures(List<String> attributes, int maxCategories) {
        ObjectMapper json = JsonMapper.builder().build();
        int n = attributes.size();
        Map<String, Object[]> raw = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            String text = attributes.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("attributes of index " + i + " are not valid JSON: " + text, e);
            }
            if (!node.isObject()) {
                throw new IllegalArgumentException("attributes of index " + i + " must be a JSON object, got " + text);
            }
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode v = e.getValue();
                if (v.isNull()) {
                    continue;
                }
                raw.computeIfAbsent(e.getKey(), k -> new Object[n])[i] = v.isNumber() ? (Object) v.asDouble()
                        : v.isTextual() ? v.asText() : v.toString();
            }
        }
        columns = new Object[raw.size()][];
        int dim = 0;
        int c = 0;
        for (var e : raw.entrySet()) {
            Object[] col = e.getValue();
            keys.add(e.getKey());
            boolean allNumbers = true;
            for (Object o : col) {
                allNumbers &= o == null || o instanceof Double;
            }
            if (allNumbers) {
                double sum = 0;
                double sq = 0;
                int m = 0;
                for (Object o : col) {
                    if (o != null) {
                        double v = (Double) o;
                        sum += v;
                        sq += v * v;
                        m++;
                    }
                }
                double mean = m == 0 ? 0 : sum / m;
                double sd = m < 2 ? 1 : Math.sqrt(Math.max(sq / m - mean * mean, 0));
                numeric.put(e.getKey(), new double[] {mean, sd > 0 ? sd : 1});
                dim += 1;
            } else {
                List<String> vals = new ArrayList<>();
                for (Object o : col) {
                    vals.add(o == null ? null : o.toString());
                }
                CategoricalEncoder enc = CategoricalEncoder.fit(vals, maxCategories);
                categorical.put(e.getKey(), enc);
                dim += enc.dimension();
            }
            columns[c++] = col;
        }
        this.dimension = dim;
    }

    /**
     * Fits on {@code attributes} (element i: the JSON text of index i, or null), keeping at most
     * {@code maxCategories} values per categorical key.
     */
    public static AttributeFeatures fit(List<String> attributes, int maxCategories) {
        return new AttributeFeatures(attributes, maxCategories);
    }

    @Override public int dimension() {
        return dimension;
    }

    /** The attribute keys, in layout order. */
    public List<String> keys() {
        return List.copyOf(keys);
    }

    @Override public void write(int index, double[] out, int offset) {
        int o = offset;
        for (int c = 0; c < keys.size(); c++) {
            String key = keys.get(c);
            Object v = index >= 0 && index < columns[c].length ? columns[c][index] : null;
            double[] stats = numeric.get(key);
            if (stats != null) {
                out[o++] = v == null ? 0.0 : ((Double) v - stats[0]) / stats[1];
            } else {
                CategoricalEncoder enc = categorical.get(key);
                enc.write(v == null ? null : v.toString(), out, o);
                o += enc.dimension();
            }
        }
    }

    @Override public void write(int item, long now, double[] out, int offset) {
        write(item, out, offset);
    }
}
