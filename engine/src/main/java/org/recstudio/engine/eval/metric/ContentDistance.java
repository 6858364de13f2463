package org.recstudio.engine.eval.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.store.ItemRecord;

/**
 * 1 − cosine similarity of items' content features: every level of the category path (and each part of a
 * '|'- or ','-separated category list), the brand, scalar and list attributes (weight 1 each), and description
 * words of three or more letters (weight 0.5). Items without features are at distance 1 from everything else.
 */
public final class ContentDistance implements ItemDistance {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int[][] index;
    private final float[][] weight;

    private ContentDistance(int[][] index, float[][] weight) {
        this.index = index;
        this.weight = weight;
    }

    /** The content distance over the item metadata of {@code data} (requires {@link Dataset#hasMetadata()}). */
    public static ContentDistance of(Dataset data) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] index = new int[data.itemCount()][];
        float[][] weight = new float[data.itemCount()][];
        for (int i = 0; i < data.itemCount(); i++) {
            TreeMap<Integer, Float> f = new TreeMap<>();
            features(data.item(i), (name, w) -> f.merge(ids.computeIfAbsent(name, x -> ids.size()), w, Math::max));
            double norm = 0;
            for (float w : f.values()) {
                norm += w * w;
            }
            index[i] = new int[f.size()];
            weight[i] = new float[f.size()];
            int n = 0;
            for (Map.Entry<Integer, Float> e : f.entrySet()) {
                index[i][n] = e.getKey();
                weight[i][n++] = (float) (e.getValue() / Math.sqrt(norm));
            }
        }
        return new ContentDistance(index, weight);
    }

    private static void features(ItemRecord r, java.util.function.BiConsumer<String, Float> out) {
        if (r.category() != null && !r.category().isBlank()) {
            for (String part : r.category().split("[|,]")) {
                StringBuilder path = new StringBuilder();
                for (String level : part.split(">")) {
                    String l = level.trim().toLowerCase(Locale.ROOT);
                    if (!l.isEmpty()) {
                        path.append(path.isEmpty() ? "" : " > ").append(l);
                        out.accept("cat:" + path, 1f);
                    }
                }
            }
        }
        if (r.brand() != null && !r.brand().isBlank()) {
            out.accept("brand:" + r.brand().trim().toLowerCase(Locale.ROOT), 1f);
        }
        if (r.attributes() != null && !r.attributes().isBlank()) {
            try {
                JsonNode node = JSON.readTree(r.attributes());
                node.properties().forEach(e -> {
                    JsonNode v = e.getValue();
                    if (v.isValueNode() && !v.isNull()) {
                        out.accept("attr:" + e.getKey() + "=" + v.asText().toLowerCase(Locale.ROOT), 1f);
                    } else if (v.isArray()) {
                        v.forEach(x -> {
                            if (x.isValueNode()) {
                                out.accept("attr:" + e.getKey() + "=" + x.asText().toLowerCase(Locale.ROOT), 1f);
                            }
                        });
                    }
                });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("item '" + r.externalId() + "' has attributes that are not JSON: "
                        + e.getOriginalMessage(), e);
            }
        }
        if (r.description() != null) {
            for (String w : r.description().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3) {
                    out.accept("w:" + w, 0.5f);
                }
            }
        }
    }

    /** The share of items with at least one content feature. */
    public double describedShare() {
        int described = 0;
        for (int[] f : index) {
            described += f.length > 0 ? 1 : 0;
        }
        return index.length == 0 ? 0 : (double) described / index.length;
    }

    @Override public double distance(int a, int b) {
        if (a == b) {
            return 0;
        }
        if (index[a].length == 0 || index[b].length == 0) {
            return 1;
        }
        return Math.max(0, 1 - SparseVectors.dot(index[a], weight[a], index[b], weight[b]));
    }

    @Override public String basis() {
        return "content";
    }
}
