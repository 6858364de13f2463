package org.recstudio.engine.store;

/**
 * One user as stored.
 *
 * @param attributes free attributes (age, gender, country…) as a JSON object text, or null
 */
public record UserRecord(String externalId, String attributes) {

    public UserRecord {
        if (externalId == null || externalId.isEmpty()) {
            throw new IllegalArgumentException("user id must not be empty");
        }
    }
}
