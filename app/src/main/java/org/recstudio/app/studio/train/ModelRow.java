package org.recstudio.app.studio.train;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ParamSpec;
import org.recstudio.engine.model.ParamsBinder;
import org.recstudio.engine.model.StoredModel;

/**
 * One row of the trained-models table, from the model's provenance.
 *
 * @param changedParams the parameters that differ from the algorithm's defaults as {@code key=value}, by key, or
 *                      "defaults"
 * @param allParams     every parameter as {@code key=value}, by key
 * @param fitSeconds    wall-clock seconds of the fit
 * @param trainedAt     epoch milliseconds when the fit finished
 */
public record ModelRow(String name, String algorithm, String dataset, long datasetVersion, String changedParams,
                       String allParams, double fitSeconds, long trainedAt, long seed) {

    static ModelRow of(StoredModel m) {
        ModelProvenance p = m.provenance();
        return new ModelRow(m.name(), m.algorithm(), m.dataset(), m.datasetVersion(),
                changed(m.algorithm(), p.params()), join(p.params()), p.fitSeconds(),
                p.trainedAt() == null ? m.createdAt().toEpochMilli() : p.trainedAt().toEpochMilli(), p.seed());
    }

    /** The params that differ from the defaults of {@code algorithm} (all of them for an unknown algorithm). */
    static String changed(String algorithm, Map<String, String> params) {
        List<ParamSpec> specs = Algorithms.find(algorithm).map(r -> ParamsBinder.describe(r.algorithm()))
                .orElse(List.of());
        Map<String, String> defaults = specs.stream().collect(Collectors.toMap(ParamSpec::name,
                ParamSpec::defaultValue));
        Map<String, String> out = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!Objects.equals(defaults.get(k), v)) {
                out.put(k, v);
            }
        });
        return out.isEmpty() ? "defaults" : join(out);
    }

    private static String join(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
