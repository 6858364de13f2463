package org.recstudio.engine.model;

import java.time.Instant;
import java.util.Map;

/**
 * Where a model came from: algorithm, parameters, the dataset it was fitted on (name, version and a content
 * fingerprint), the seed, the RecStudio version and when — written into every persisted model.
 */
public record ModelProvenance(String algorithm, Map<String, String> params, String dataset, long datasetVersion,
                              String datasetFingerprint, long seed, String recstudioVersion, Instant trainedAt,
                              double fitSeconds) {

    public ModelProvenance {
        params = Map.copyOf(params);
    }
}
