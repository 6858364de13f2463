package org.recstudio.engine.store;

/**
 * One catalog item as stored.
 *
 * @param category  a path with " > " between levels, or null
 * @param createdAt epoch milliseconds when the item became available, or null
 * @param attributes free attributes as a JSON object text, or null
 * @param placeholder true when created only because an interaction named an unknown item
 */
public record ItemRecord(String externalId, String title, String description, String category, String brand,
                         Double price, Long createdAt, Boolean inStock, String attributes, boolean placeholder) {

    public ItemRecord {
        if (externalId == null || externalId.isEmpty()) {
            throw new IllegalArgumentException("item id must not be empty");
        }
    }

    /** A placeholder item with only an id. */
    public static ItemRecord placeholder(String externalId) {
        return new ItemRecord(externalId, null, null, null, null, null, null, null, null, true);
    }
}
