package org.recstudio.engine.eval.history;

import java.time.Instant;
import java.util.List;

/** One line of the run history. */
public record RunSummary(long id, Instant createdAt, String dataset, long datasetVersion, String protocol,
                         String ties, List<String> models, long seed, double wallSeconds) {

    public RunSummary {
        models = List.copyOf(models);
    }
}
