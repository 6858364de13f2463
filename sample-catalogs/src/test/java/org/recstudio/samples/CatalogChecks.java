package org.recstudio.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structural checks every generated catalog must pass, whatever its size.
 */
final class CatalogChecks {

    static final List<String> ITEM_HEADER = List.of(
            "item_id", "title", "description", "category", "brand", "price", "created_at", "in_stock");
    static final List<String> USER_HEADER = List.of("user_id", "age_band", "gender", "country", "signup_date");

    private static final Pattern USER_ID = Pattern.compile("U\\d{4,}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private CatalogChecks() {
    }

    /**
     * Checks headers, row widths, ids, references, time order and that nobody acts before an item's
     * {@code created_at} or their own {@code signup_date}.
     *
     * @param itemIdPattern regex of item ids
     * @param eventHeader   expected interactions header
     * @param eventNames    allowed event names
     * @param devices       allowed devices
     */
    static void structure(CatalogData data, String itemIdPattern, List<String> eventHeader, Set<String> eventNames,
                          Set<String> devices) {
        assertEquals(ITEM_HEADER, data.itemHeader());
        assertEquals(USER_HEADER, data.userHeader());
        assertEquals(eventHeader, data.eventHeader());

        Pattern itemId = Pattern.compile(itemIdPattern);
        Map<String, String> itemCreated = new HashMap<>();
        for (List<String> row : data.items()) {
            assertEquals(ITEM_HEADER.size(), row.size(), () -> "item row " + row);
            assertTrue(itemId.matcher(row.get(0)).matches(), () -> "item id " + row.get(0));
            assertFalse(row.get(1).isBlank(), "title");
            assertFalse(row.get(2).isBlank(), "description");
            assertTrue(row.get(3).contains(" > "), () -> "category " + row.get(3));
            assertFalse(row.get(4).isBlank(), "brand");
            LocalDate.parse(row.get(6));
            assertTrue(row.get(7).equals("true") || row.get(7).equals("false"), "in_stock");
            assertTrue(itemCreated.put(row.get(0), row.get(6)) == null, () -> "duplicate item " + row.get(0));
        }
        Map<String, String> userSignup = new HashMap<>();
        for (List<String> row : data.users()) {
            assertEquals(USER_HEADER.size(), row.size(), () -> "user row " + row);
            assertTrue(USER_ID.matcher(row.get(0)).matches(), () -> "user id " + row.get(0));
            assertTrue(People.AGE_BANDS.contains(row.get(1)), () -> "age band " + row.get(1));
            assertTrue(Set.of("F", "M", "X").contains(row.get(2)), () -> "gender " + row.get(2));
            assertTrue(COUNTRY.matcher(row.get(3)).matches(), () -> "country " + row.get(3));
            LocalDate.parse(row.get(4));
            assertTrue(userSignup.put(row.get(0), row.get(4)) == null, () -> "duplicate user " + row.get(0));
        }

        int user = data.eventColumn("user_id");
        int item = data.eventColumn("item_id");
        int event = data.eventColumn("event");
        int time = data.eventColumn("timestamp");
        int device = data.eventColumn("device");
        Map<String, Integer> perUser = new HashMap<>();
        Set<String> badDevices = new HashSet<>();
        String previous = "";
        for (List<String> row : data.events()) {
            assertEquals(eventHeader.size(), row.size(), () -> "event row " + row);
            String created = itemCreated.get(row.get(item));
            String signup = userSignup.get(row.get(user));
            assertNotNull(created, () -> "unknown item " + row);
            assertNotNull(signup, () -> "unknown user " + row);
            assertTrue(eventNames.contains(row.get(event)), () -> "event " + row);
            String ts = row.get(time);
            assertTrue(TIMESTAMP.matcher(ts).matches(), () -> "timestamp " + ts);
            String day = ts.substring(0, 10);
            assertTrue(day.compareTo(created) >= 0, () -> "interaction before item created_at: " + row);
            assertTrue(day.compareTo(signup) >= 0, () -> "interaction before user signup: " + row);
            assertTrue(ts.compareTo(previous) >= 0, () -> "interactions not sorted by time at " + row);
            previous = ts;
            if (!devices.contains(row.get(device))) {
                badDevices.add(row.get(device));
            }
            perUser.merge(row.get(user), 1, Integer::sum);
        }
        Instant.parse(previous);
        assertTrue(badDevices.isEmpty(), () -> "unknown devices " + badDevices);
        assertEquals(userSignup.size(), perUser.size(), "every user has interactions");
        assertTrue(perUser.values().stream().allMatch(n -> n >= 3), "every user has at least 3 interactions");
    }
}
