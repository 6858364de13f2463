package org.recstudio.engine.model.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Reads an item's attributes JSON object into text for TF-IDF (every string value, including the elements of
 * arrays such as {@code "tags": ["waterproof", "hiking"]}) and {@code key = value} pairs for the attribute part
 * (short string values and booleans; nested objects by dotted key).
 */
final class AttributeReader {

    /** Longest string value that still counts as a categorical {@code key = value} attribute. */
    static final int MAX_VALUE_LENGTH = 40;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Appends the texts of {@code attributes} to {@code text} and puts its pairs, keyed {@code "key = value"} in
     * lower case, into {@code pairs} with their first-seen spelling.
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    void read(String attributes, StringBuilder text, Map<String, String> pairs) {
        JsonNode root;
        try {
            root = json.readTree(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attributes are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("attributes must be a JSON object, got "
                    + (root == null ? "nothing" : root.getNodeType()));
        }
        walk("", root, text, pairs);
    }

    private void walk(String prefix, JsonNode node, StringBuilder text, Map<String, String> pairs) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix + e.getKey().trim();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                walk(key + ".", v, text, pairs);
            } else if (v.isArray()) {
                for (JsonNode element : v) {
                    if (element.isTextual()) {
                        text.append(' ').append(element.asText());
                    }
                }
            } else if (v.isTextual()) {
                String s = v.asText().trim();
                text.append(' ').append(s);
                if (!s.isEmpty() && s.length() <= MAX_VALUE_LENGTH) {
                    pair(key, s, pairs);
                }
            } else if (v.isBoolean()) {
                pair(key, v.asText(), pairs);
            }
        }
    }

    private static void pair(String key, String value, Map<String, String> pairs) {
        String label = key + " = " + value;
        pairs.putIfAbsent(label.toLowerCase(java.util.Locale.ROOT), label);
    }
}
