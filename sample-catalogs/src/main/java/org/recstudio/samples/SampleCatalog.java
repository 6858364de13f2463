package org.recstudio.samples;

import java.util.Objects;

/**
 * One sample catalog shipped with RecStudio: its name, a one-line description and the classpath resources of
 * its files.
 *
 * <p>Resource names are absolute classpath paths such as {@code /org/recstudio/samples/ecommerce/items.csv};
 * open them with {@link SampleCatalogs#open(String)} or {@link SampleCatalogs#openReader(String)}.
 *
 * @param name                 short name, e.g. {@code ecommerce}
 * @param description          one-line human description
 * @param itemsResource        the items CSV
 * @param usersResource        the users CSV, or null when the catalog has none
 * @param interactionsResource the gzip-compressed interactions CSV
 */
public record SampleCatalog(String name, String description, String itemsResource, String usersResource,
                            String interactionsResource) {

    /** Checks that every resource except the users one is given. */
    public SampleCatalog {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(itemsResource, "itemsResource");
        Objects.requireNonNull(interactionsResource, "interactionsResource");
        if (name.isBlank()) {
            throw new IllegalArgumentException("catalog name must not be blank");
        }
    }
}
