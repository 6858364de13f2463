package org.recstudio.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes the three files of a catalog: {@code items.csv}, {@code users.csv} and {@code interactions.csv.gz}.
 */
final class CatalogFiles {

    /** The header of every {@code items.csv}. */
    static final List<String> ITEM_HEADER = List.of(
            "item_id", "title", "description", "category", "brand", "price", "created_at", "in_stock");
    /** The header of every {@code users.csv}. */
    static final List<String> USER_HEADER = List.of("user_id", "age_band", "gender", "country", "signup_date");
    /** The header of interaction files without a value column. */
    static final List<String> EVENT_HEADER = List.of("user_id", "item_id", "event", "timestamp", "device");
    /** The header of interaction files with a value column. */
    static final List<String> VALUE_EVENT_HEADER = List.of(
            "user_id", "item_id", "event", "value", "timestamp", "device");

    private CatalogFiles() {
    }

    /** Writes {@code count} item rows produced one at a time by {@code row}; returns the number written. */
    static long writeItems(Path file, int count, IntFunction<List<String>> row) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file, false)) {
            csv.row(ITEM_HEADER.toArray(String[]::new));
            for (int i = 0; i < count; i++) {
                List<String> fields = row.apply(i);
                if (fields.size() != ITEM_HEADER.size()) {
                    throw new IllegalStateException("item row " + i + " has " + fields.size() + " fields");
                }
                csv.row(fields.toArray(String[]::new));
            }
            return csv.rows() - 1;
        }
    }

    /** Writes {@code users.csv}; returns the number of users written. */
    static long writeUsers(Path file, List<Person> people) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file, false)) {
            csv.row(USER_HEADER.toArray(String[]::new));
            for (Person p : people) {
                csv.row(p.id(), p.ageBandLabel(), p.gender(), p.country(), p.signupDate().toString());
            }
            return csv.rows() - 1;
        }
    }

    /**
     * Writes time-sorted {@code events} gzip-compressed; returns the number of events written.
     *
     * @param eventNames event names by type index
     * @param devices    device names by device index
     * @param withValue  whether to write the {@code value} column after {@code event}
     */
    static long writeInteractions(Path file, List<Event> events, IntFunction<String> userId,
                                  IntFunction<String> itemId, List<String> eventNames, List<String> devices,
                                  boolean withValue) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file, true)) {
            csv.row((withValue ? VALUE_EVENT_HEADER : EVENT_HEADER).toArray(String[]::new));
            for (Event e : events) {
                String time = Instant.ofEpochSecond(e.second()).toString();
                String device = devices.get(e.device());
                if (withValue) {
                    csv.row(userId.apply(e.user()), itemId.apply(e.item()), eventNames.get(e.type()),
                            Integer.toString(e.value()), time, device);
                } else {
                    csv.row(userId.apply(e.user()), itemId.apply(e.item()), eventNames.get(e.type()), time, device);
                }
            }
            return csv.rows() - 1;
        }
    }
}
