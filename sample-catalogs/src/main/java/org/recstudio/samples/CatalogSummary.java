package org.recstudio.samples;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generator measured while writing one catalog: row counts, event mix and period.
 *
 * @param name          catalog name, also its folder name
 * @param items         rows in {@code items.csv}
 * @param freshItems    items launched in the last {@code freshDays} days of the period
 * @param freshDays     length of the new-item window in days
 * @param inStockItems  items whose {@code in_stock} is {@code true}
 * @param users         rows in {@code users.csv}
 * @param interactions  rows in {@code interactions.csv.gz}
 * @param events        interactions per event name, in a fixed order
 * @param topCategories distinct top-level categories
 * @param categories    distinct full category paths
 * @param brands        distinct brands (studios for streaming)
 * @param firstDay      first day of the interaction period
 * @param lastDay       last day of the interaction period
 */
public record CatalogSummary(String name, long items, long freshItems, int freshDays, long inStockItems,
                             long users, long interactions, Map<String, Long> events, long topCategories,
                             long categories, long brands, LocalDate firstDay, LocalDate lastDay) {

    /** Copies the event counts, keeping their order. */
    public CatalogSummary {
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }
}
