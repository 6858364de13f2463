package org.recstudio.engine.importer;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/** A writer of the small JSON objects stored as attributes and context ({@code {"age":"24","gender":"M"}}). */
final class JsonText {

    private JsonText() {
    }

    /**
     * A JSON object of the first {@code n} names and values; a value is a String, a {@link JsonNode} (kept as
     * JSON) or null (left out). Returns null when every value is null.
     */
    static String object(String[] names, Object[] values, int n) {
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            sb = sb == null ? new StringBuilder(64).append('{') : sb.append(',');
            quote(sb, names[i]).append(':');
            if (v instanceof JsonNode node) {
                sb.append(node);
            } else {
                quote(sb, v.toString());
            }
        }
        return sb == null ? null : sb.append('}').toString();
    }

    /** A JSON array of strings. */
    static JsonNode array(List<String> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(values.size());
        values.forEach(a::add);
        return a;
    }

    static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        return sb.append('"');
    }
}
