package org.recstudio.engine.model.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/** A tiny outdoor-shop catalog with known text, categories, brands and prices, and builders of datasets over it. */
public final class ContentFixtures {

    /** One day in milliseconds. */
    public static final long DAY = 86_400_000L;
    /** The time of the latest interactions. */
    public static final long NOW = 1_700_000_000_000L;

    public static final int RAIN_JACKET = 0;
    public static final int WOOL_JACKET = 1;
    public static final int LEATHER_BOOT = 2;
    public static final int TRAIL_BOOT = 3;
    public static final int CAMP_STOVE = 4;
    public static final int COOK_POT = 5;
    /** An item nobody has interacted with: similar to the rain jacket. */
    public static final int RAIN_SHELL = 6;
    public static final int TABLE_LAMP = 7;

    private ContentFixtures() {
    }

    /** One interaction of the fixtures. */
    public record Event(int user, int item, long time) {
    }

    /** The catalog; {@code withAttributes} adds attribute JSON to some items. */
    public static List<ItemRecord> catalog(boolean withAttributes) {
        List<ItemRecord> items = new ArrayList<>();
        items.add(item("rain-jacket", "Waterproof rain jacket", "Light nylon shell with hood", "Outdoor > Jackets",
                "Acme", 120.0, withAttributes ? "{\"color\": \"red\", \"tags\": [\"waterproof\", \"trail\"]}" : null));
        items.add(item("wool-jacket", "Wool jacket", "Warm wool jacket for the camp", "Outdoor > Jackets",
                "Borealis", 150.0, withAttributes ? "{\"color\": \"green\", \"lined\": true}" : null));
        items.add(item("leather-boot", "Leather boot", "Waterproof leather boot for the trail", "Outdoor > Boots",
                "Acme", 180.0, null));
        items.add(item("trail-boot", "Trail boot", "Light boot for the trail", "Outdoor > Boots", "Summit", 90.0,
                withAttributes ? "{\"color\": \"red\"}" : null));
        items.add(item("camp-stove", "Camp stove", "Steel stove with fuel", "Outdoor > Cooking", "Borealis", 60.0,
                null));
        items.add(item("cook-pot", "Camp pot", "Steel pot and cup for the stove", "Outdoor > Cooking", "Summit",
                25.0, null));
        items.add(item("rain-shell", "Rain shell", "Waterproof nylon shell with hood", "Outdoor > Jackets", "Acme",
                110.0, withAttributes ? "{\"color\": \"Red\", \"tags\": [\"waterproof\"]}" : null));
        items.add(item("table-lamp", "Table lamp", "Warm light lamp", "Home > Lighting", "Lumen", 40.0, null));
        return items;
    }

    private static ItemRecord item(String id, String title, String description, String category, String brand,
                                   Double price, String attributes) {
        return new ItemRecord(id, title, description, category, brand, price, null, true, attributes, false);
    }

    /** A dataset over {@code items} and {@code users} users with {@code events} (all purchases). */
    public static Dataset dataset(List<ItemRecord> items, int users, List<Event> events) {
        int n = events.size();
        int[] u = new int[n];
        int[] it = new int[n];
        int[] ev = new int[n];
        float[] value = new float[n];
        long[] time = new long[n];
        for (int k = 0; k < n; k++) {
            u[k] = events.get(k).user();
            it[k] = events.get(k).item();
            value[k] = Float.NaN;
            time[k] = events.get(k).time();
        }
        List<String> userIds = new ArrayList<>();
        List<UserRecord> userRecords = new ArrayList<>();
        for (int x = 0; x < users; x++) {
            userIds.add("u" + x);
            userRecords.add(new UserRecord("u" + x, null));
        }
        DatasetInfo info = new DatasetInfo(1, "shop", "", Instant.EPOCH, 1, items.size(), users, n);
        Dataset d = Dataset.of(info, new IdIndex(userIds), new IdIndex(items.stream().map(ItemRecord::externalId)
                .toList()), List.of(new EventType(0, "purchase", 1, false)), new InteractionColumns(n, u, it, ev,
                value, time, null), Progress.NONE);
        return d.withMetadata(items, userRecords);
    }

    /** The catalog with attributes and a few users: see the test classes for who bought what. */
    public static Dataset shop() {
        return dataset(catalog(true), 5, List.of(
                new Event(0, RAIN_JACKET, NOW - 60 * DAY), new Event(0, CAMP_STOVE, NOW),
                new Event(1, LEATHER_BOOT, NOW - 2 * DAY), new Event(1, TRAIL_BOOT, NOW),
                new Event(2, WOOL_JACKET, NOW), new Event(3, COOK_POT, NOW - DAY)));
        // user 4 has no history
    }
}
