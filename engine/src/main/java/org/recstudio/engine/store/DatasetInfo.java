package org.recstudio.engine.store;

import java.time.Instant;

/**
 * One dataset of a workspace with its counts.
 *
 * @param version bumped by every committed import; a {@code Dataset} built at one version is stale after it
 */
public record DatasetInfo(int id, String name, String description, Instant createdAt, long version,
                          int items, int users, long interactions) {
}
