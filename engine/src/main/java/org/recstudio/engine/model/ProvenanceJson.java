package org.recstudio.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Converts a {@link ModelProvenance} to and from JSON (for the model table, CLI output and reports). */
public final class ProvenanceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProvenanceJson() {
    }

    /** The provenance as an ordered map with snake_case keys, params sorted by name, the time as ISO-8601. */
    public static Map<String, Object> toMap(ModelProvenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", p.algorithm());
        m.put("params", new TreeMap<>(p.params()));
        m.put("dataset", p.dataset());
        m.put("dataset_version", p.datasetVersion());
        m.put("dataset_fingerprint", p.datasetFingerprint());
        m.put("seed", p.seed());
        m.put("recstudio_version", p.recstudioVersion());
        m.put("trained_at", p.trainedAt() == null ? null : p.trainedAt().toString());
        m.put("fit_seconds", p.fitSeconds());
        return m;
    }

    /** The params map as compact JSON, keys sorted. */
    public static String paramsJson(Map<String, String> params) {
        return write(new TreeMap<>(params));
    }

    public static String toJson(ModelProvenance p) {
        return write(toMap(p));
    }

    /** Reads JSON written by {@link #toJson}. */
    public static ModelProvenance fromJson(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            Map<String, String> params = new TreeMap<>();
            n.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode at = n.path("trained_at");
            return new ModelProvenance(n.path("algorithm").asText(), params, text(n, "dataset"),
                    n.path("dataset_version").asLong(), text(n, "dataset_fingerprint"), n.path("seed").asLong(),
                    text(n, "recstudio_version"), at.isNull() || at.isMissingNode() ? null : Instant.parse(at.asText()),
                    n.path("fit_seconds").asDouble());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot read model provenance JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }
}
