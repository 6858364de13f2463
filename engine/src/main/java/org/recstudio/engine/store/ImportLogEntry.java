package org.recstudio.engine.store;

import java.time.Instant;

/** One committed import of a file into a dataset. */
public record ImportLogEntry(int id, String kind, String source, String fingerprint, Instant startedAt,
                             Instant finishedAt, long accepted, long rejected, long duplicates, String reportPath) {
}
