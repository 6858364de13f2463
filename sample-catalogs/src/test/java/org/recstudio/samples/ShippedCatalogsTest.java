package org.recstudio.samples;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the checked-in catalogs as the application sees them on the classpath: shape, integrity and realism.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedCatalogsTest {

    private CatalogData shop;
    private CatalogData tv;

    @BeforeAll
    void load() throws IOException {
        shop = CatalogData.fromClasspath(SampleCatalogs.find("ecommerce").orElseThrow());
        tv = CatalogData.fromClasspath(SampleCatalogs.find("streaming").orElseThrow());
    }

    @Test
    void ecommerceHasTheExpectedShape() {
        assertBetween(4_500, 5_500, shop.items().size(), "items");
        assertBetween(1_800, 2_200, shop.users().size(), "users");
        assertBetween(90_000, 110_000, shop.events().size(), "interactions");
        CatalogChecks.structure(shop, "P\\d{5}", CatalogFiles.EVENT_HEADER, Set.of("view", "cart", "purchase"),
                Set.of("mobile", "desktop", "tablet"));

        Set<String> tops = new HashSet<>();
        Set<String> brands = new HashSet<>();
        int inStock = 0;
        boolean comma = false;
        boolean quote = false;
        for (List<String> row : shop.items()) {
            String[] levels = row.get(3).split(" > ");
            assertEquals(3, levels.length, row.get(3));
            tops.add(levels[0]);
            brands.add(row.get(4));
            assertTrue(row.get(5).matches("\\d+\\.\\d{2}") && Double.parseDouble(row.get(5)) > 0, row.get(5));
            inStock += row.get(7).equals("true") ? 1 : 0;
            comma |= row.get(1).contains(",") || row.get(2).contains(",");
            quote |= row.get(2).contains("\"");
        }
        assertEquals(8, tops.size(), "top-level categories " + tops);
        assertBetween(55, 65, brands.size(), "brands");
        assertBetween(0.88, 0.96, inStock / (double) shop.items().size(), "in-stock share");
        assertTrue(comma && quote, "some fields need RFC 4180 quoting");
    }

    @Test
    void ecommerceEventsLookLikeShopping() {
        Map<String, Integer> mix = count(shop, "event");
        double n = shop.events().size();
        assertBetween(0.75, 0.85, mix.get("view") / n, "view share");
        assertBetween(0.10, 0.16, mix.get("cart") / n, "cart share");
        assertBetween(0.05, 0.09, mix.get("purchase") / n, "purchase share");

        int user = shop.eventColumn("user_id");
        int item = shop.eventColumn("item_id");
        int event = shop.eventColumn("event");
        Set<String> carted = new HashSet<>();
        int purchases = 0;
        int afterCart = 0;
        for (List<String> row : shop.events()) {
            String key = row.get(user) + '|' + row.get(item);
            if (row.get(event).equals("cart")) {
                carted.add(key);
            } else if (row.get(event).equals("purchase")) {
                purchases++;
                afterCart += carted.contains(key) ? 1 : 0;
            }
        }
        assertTrue(afterCart >= 0.8 * purchases, "most purchases follow a cart: " + afterCart + "/" + purchases);
        assertSeasonality(shop);
        assertLongTail(shop);
        assertTrue(max(count(shop, "user_id")) > 10 * median(count(shop, "user_id")), "some heavy users");
    }

    @Test
    void ecommerceHasABatchOfNewItemsWithFewInteractions() {
        int fresh = freshItems(shop, 21).size();
        assertBetween(250, 350, fresh, "items created in the last 3 weeks");
        Set<String> freshIds = freshItems(shop, 21);
        Map<String, Integer> perItem = count(shop, "item_id");
        int freshInteractions = freshIds.stream().mapToInt(id -> perItem.getOrDefault(id, 0)).sum();
        assertTrue(freshInteractions < fresh, "new items have few interactions: " + freshInteractions);
    }

    @Test
    void streamingHasTheExpectedShape() {
        assertBetween(700, 900, tv.items().size(), "titles");
        assertBetween(500, 700, tv.users().size(), "users");
        assertBetween(25_000, 35_000, tv.events().size(), "interactions");
        CatalogChecks.structure(tv, "T\\d{4}", CatalogFiles.VALUE_EVENT_HEADER, Set.of("play", "complete", "like"),
                Set.of("tv", "mobile", "tablet", "desktop"));
        for (List<String> row : tv.items()) {
            assertTrue(row.get(3).matches("(Movies|Series) > [A-Za-z-]+"), row.get(3));
            assertEquals("", row.get(5), "no price");
        }
        int event = tv.eventColumn("event");
        int value = tv.eventColumn("value");
        int user = tv.eventColumn("user_id");
        int item = tv.eventColumn("item_id");
        Set<String> played = new HashSet<>();
        for (List<String> row : tv.events()) {
            int v = Integer.parseInt(row.get(value));
            String key = row.get(user) + '|' + row.get(item);
            switch (row.get(event)) {
                case "like" -> assertEquals(1, v, "like value");
                case "play" -> {
                    assertTrue(v > 0, "watch minutes");
                    played.add(key);
                }
                default -> assertTrue(v > 0 && played.contains(key), () -> "complete after a play: " + row);
            }
        }
        Map<String, Integer> mix = count(tv, "event");
        assertTrue(mix.get("play") > mix.get("complete") && mix.get("complete") > mix.get("like"), mix.toString());
        assertTrue(freshItems(tv, 21).size() >= 15, "a batch of new releases");
        assertLongTail(tv);
        assertSeasonality(tv);
    }

    @Test
    void shippedDataStaysSmall() throws IOException {
        long total = size(SampleCatalogs.README);
        for (SampleCatalog c : SampleCatalogs.all()) {
            total += size(c.itemsResource()) + size(c.usersResource()) + size(c.interactionsResource());
        }
        assertTrue(total < 6_000_000, "sample data is " + total + " bytes");
    }

    private static long size(String resource) throws IOException {
        try (InputStream in = SampleCatalogs.open(resource)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** Top 10 % of items hold more than 40 % of the interactions. */
    private static void assertLongTail(CatalogData data) {
        Map<String, Integer> perItem = count(data, "item_id");
        List<Integer> counts = new ArrayList<>(perItem.values());
        while (counts.size() < data.items().size()) {
            counts.add(0);
        }
        counts.sort((a, b) -> Integer.compare(b, a));
        long top = counts.subList(0, counts.size() / 10).stream().mapToLong(Integer::longValue).sum();
        double share = top / (double) data.events().size();
        assertTrue(share > 0.4, "top 10% of items hold " + share);
    }

    /** Weekends are busier per day than weekdays, evenings busier than mornings. */
    private static void assertSeasonality(CatalogData data) {
        int time = data.eventColumn("timestamp");
        long weekend = 0;
        long evening = 0;
        long morning = 0;
        Map<String, DayOfWeek> days = new HashMap<>();
        for (List<String> row : data.events()) {
            String ts = row.get(time);
            DayOfWeek dow = days.computeIfAbsent(ts.substring(0, 10), d -> LocalDate.parse(d).getDayOfWeek());
            weekend += dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 1 : 0;
            int hour = Integer.parseInt(ts.substring(11, 13));
            evening += hour >= 18 && hour <= 22 ? 1 : 0;
            morning += hour >= 6 && hour <= 10 ? 1 : 0;
        }
        double weekendShare = weekend / (double) data.events().size();
        assertTrue(weekendShare > 2.0 / 7 * 1.1, "weekend share " + weekendShare);
        assertTrue(evening > 1.5 * morning, "evening " + evening + " vs morning " + morning);
    }

    /** Ids of items created in the last {@code days} days before the last interaction. */
    private static Set<String> freshItems(CatalogData data, int days) {
        int time = data.eventColumn("timestamp");
        LocalDate last = LocalDate.parse(data.events().getLast().get(time).substring(0, 10));
        String from = last.minusDays(days - 1L).toString();
        Set<String> ids = new HashSet<>();
        for (List<String> row : data.items()) {
            if (row.get(6).compareTo(from) >= 0) {
                ids.add(row.get(0));
            }
        }
        return ids;
    }

    private static Map<String, Integer> count(CatalogData data, String column) {
        int c = data.eventColumn(column);
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> row : data.events()) {
            counts.merge(row.get(c), 1, Integer::sum);
        }
        return counts;
    }

    private static int max(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static int median(Map<String, Integer> counts) {
        int[] v = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        return v[v.length / 2];
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + " = " + actual + ", expected " + low + ".." + high);
    }
}
