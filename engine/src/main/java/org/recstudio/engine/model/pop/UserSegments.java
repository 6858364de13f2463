package org.recstudio.engine.model.pop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/**
 * The segment of each user for per-segment popularity: the value of a user attribute, or the user's most used
 * top-level item category. Segments are numbered in the order of their names; -1 means no segment.
 *
 * @param ofUser the segment of each user, or -1
 * @param names  the name of each segment, e.g. {@code gender = F} or {@code category Books}
 */
record UserSegments(int[] ofUser, List<String> names) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every user without a segment. */
    static UserSegments none(int users) {
        int[] of = new int[users];
        Arrays.fill(of, -1);
        return new UserSegments(of, List.of());
    }

    /** Users grouped by the value of attribute {@code key}. */
    static UserSegments byAttribute(Dataset data, String key) {
        requireMetadata(data, "USER_ATTRIBUTE");
        String[] value = new String[data.userCount()];
        TreeSet<String> keysSeen = new TreeSet<>();
        for (int u = 0; u < value.length; u++) {
            UserRecord r = data.user(u);
            if (r.attributes() == null || r.attributes().isBlank()) {
                continue;
            }
            JsonNode node = parse(r);
            node.fieldNames().forEachRemaining(keysSeen::add);
            JsonNode v = node.get(key);
            if (v != null && !v.isNull() && !v.isMissingNode()) {
                value[u] = v.isValueNode() ? v.asText() : v.toString();
            }
        }
        if (Arrays.stream(value).allMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("No user of dataset '" + data.name() + "' has attribute '" + key
                    + "'; attributes found: " + keysSeen);
        }
        return group(value, key + " = ");
    }

    /** Users grouped by the top-level category holding most of their interaction weight. */
    static UserSegments byCategory(Dataset data, double[] weightOfEntry) {
        requireMetadata(data, "CATEGORY");
        String[] top = new String[data.itemCount()];
        Map<String, Integer> ids = new TreeMap<>();
        for (int i = 0; i < top.length; i++) {
            ItemRecord r = data.item(i);
            if (r.category() != null && !r.category().isBlank()) {
                top[i] = r.category().split(">", 2)[0].trim();
                ids.put(top[i], 0);
            }
        }
        List<String> names = new ArrayList<>(ids.keySet());
        for (int c = 0; c < names.size(); c++) {
            ids.put(names.get(c), c);
        }
        CsrMatrix m = data.byUser();
        String[] value = new String[data.userCount()];
        double[] tally = new double[names.size()];
        for (int u = 0; u < value.length; u++) {
            Arrays.fill(tally, 0);
            int best = -1;
            for (int k = m.start(u); k < m.end(u); k++) {
                String t = top[m.col(k)];
                if (t != null) {
                    int c = ids.get(t);
                    tally[c] += weightOfEntry[k];
                    if (best < 0 || tally[c] > tally[best] || (tally[c] == tally[best] && c < best)) {
                        best = c;
                    }
                }
            }
            value[u] = best < 0 ? null : names.get(best);
        }
        return group(value, "category ");
    }

    private static UserSegments group(String[] value, String prefix) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String v : value) {
            if (v != null) {
                distinct.add(v);
            }
        }
        if (distinct.size() > PopularityParams.MAX_SEGMENTS) {
            throw new IllegalArgumentException("Per-segment popularity supports up to " + PopularityParams.MAX_SEGMENTS
                    + " segments, but " + prefix.trim() + " has " + distinct.size() + " distinct values");
        }
        List<String> names = new ArrayList<>(distinct);
        Map<String, Integer> index = new TreeMap<>();
        for (int s = 0; s < names.size(); s++) {
            index.put(names.get(s), s);
        }
        int[] of = new int[value.length];
        for (int u = 0; u < value.length; u++) {
            of[u] = value[u] == null ? -1 : index.get(value[u]);
        }
        return new UserSegments(of, names.stream().map(n -> prefix + n).toList());
    }

    private static JsonNode parse(UserRecord r) {
        try {
            return JSON.readTree(r.attributes());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("User '" + r.externalId() + "' has attributes that are not a JSON "
                    + "object: " + r.attributes(), e);
        }
    }

    private static void requireMetadata(Dataset data, String segment) {
        if (!data.hasMetadata()) {
            throw new IllegalArgumentException("segment " + segment + " needs the item and user metadata of dataset '"
                    + data.name() + "': load it with DatasetLoader.loadWithMetadata");
        }
    }
}
