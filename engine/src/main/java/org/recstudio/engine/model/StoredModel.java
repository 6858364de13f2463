package org.recstudio.engine.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One saved model of a workspace as listed by {@link ModelStore}: its row in the model table.
 *
 * @param artifact the absolute path of its {@code model.bin}
 * @param sha256   the hex SHA-256 of the file's content before its checksum trailer
 */
public record StoredModel(int id, String name, String algorithm, String dataset, long datasetVersion,
                          String datasetFingerprint, ModelProvenance provenance, Path artifact, String sha256,
                          long sizeBytes, Instant createdAt) {
}
