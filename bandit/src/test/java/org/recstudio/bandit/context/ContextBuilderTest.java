package org.recstudio.bandit.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.store.ItemRecord;

/** Feature builders against hand-written vectors. */
class ContextBuilderTest {

    @Test void categoricalEncoderKeepsTheMostFrequentValuesAndAnOtherSlot() {
        CategoricalEncoder e = CategoricalEncoder.fit(Arrays.asList("b", "a", "b", "c", null, "a", "b"), 2);
        assertEquals(List.of("b", "a"), e.values());
        assertEquals(3, e.dimension());
        double[] out = new double[5];
        e.write("a", out, 1);
        assertArrayEquals(new double[] {0, 0, 1, 0, 0}, out);
        e.write("zzz", out, 1);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0}, out);
        assertEquals(2, e.slot(null));
    }

    @Test void attributesBecomeStandardisedNumbersAndOneHots() {
        AttributeFeatures f = AttributeFeatures.fit(Arrays.asList("{\"age\": 20, \"country\": \"FR\"}",
                "{\"age\": 40, \"country\": \"DE\"}", null, "{\"country\": \"FR\", \"vip\": true}"), 5);
        assertEquals(List.of("age", "country", "vip"), f.keys());
        // age: mean 30, sd 10 → 1; country: FR, DE, other → 3; vip: "true", other → 2
        assertEquals(1 + 3 + 2, f.dimension());
        double[] out = new double[6];
        f.write(0, out, 0);
        assertArrayEquals(new double[] {-1, 1, 0, 0, 0, 1}, out, 1e-12);
        f.write(2, out, 0);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 1}, out, 1e-12, "no attributes: mean and 'other'");
        f.write(3, out, 0);
        assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, out, 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeFeatures.fit(List.of("[1, 2]"), 5));
        assertTrue(e.getMessage().contains("index 0"), e.getMessage());
    }

    @Test void itemMetadataHasCategoryPriceAgeAndNewFlag() {
        long day = 86_400_000L;
        long now = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
        List<ItemRecord> items = List.of(
                new ItemRecord("a", null, null, "Books > Fiction", null, 10.0, now - 400 * day, true, null, false),
                new ItemRecord("b", null, null, "Music", null, 1000.0, now - 2 * day, true, null, false),
                new ItemRecord("c", null, null, null, null, null, null, null, null, true));
        ItemMetadataFeatures f = ItemMetadataFeatures.fit(items, 5, 30);
        assertEquals(3 + 3, f.dimension()); // Books, Music, other + price, age, new
        double[] out = new double[6];
        f.write(1, now, out, 0);
        assertEquals(1.0, out[1]);
        assertEquals(1.0, out[3], 1e-12, "log price standardised: the more expensive of two is +1 sd");
        assertEquals(Math.log1p(2) / Math.log1p(365), out[4], 1e-12);
        assertEquals(1.0, out[5], "younger than 30 days");
        f.write(2, now, out, 0);
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0}, out, 1e-12);
    }

    @Test void timeOfDayIsOnTheCircleAndDevicesOneHot() {
        TimeDeviceFeatures f = TimeDeviceFeatures.defaults();
        assertEquals(3 + 4, f.dimension());
        double[] out = new double[7];
        // Saturday 2024-06-01 18:00 UTC
        f.write(new RequestContext(Instant.parse("2024-06-01T18:00:00Z").toEpochMilli(), "Mobile"), out, 0);
        assertArrayEquals(new double[] {-1, 0, 1, 1, 0, 0, 0}, out, 1e-12);
        f.write(RequestContext.at(Instant.parse("2024-06-03T06:00:00Z").toEpochMilli()), out, 0);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 0, 1}, out, 1e-12);
    }

    @Test void builderConcatenatesBlocksAndCrossesUserWithItem() {
        FactorFeatures users = new FactorFeatures(new float[][] {{1, 2}, null}, 2, 1.0);
        FactorFeatures items = new FactorFeatures(new float[][] {{3, 4, 5}}, 3, 1.0);
        ContextBuilder b = ContextBuilder.builder().user(users).item(items).request(TimeDeviceFeatures.defaults())
                .cross(true).build();
        assertEquals(1 + 2 + 3 + 7 + 6, b.dimension());
        assertEquals("bias 1, user 2, item 3, request 7, user x item 6", b.layout());
        double[] out = new double[b.dimension() + 2];
        b.build(0, 0, RequestContext.at(0), out, 2);
        assertEquals(1, out[2]);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, Arrays.copyOfRange(out, 3, 8));
        assertArrayEquals(new double[] {3, 4, 5, 6, 8, 10}, Arrays.copyOfRange(out, 15, 21));
        b.build(1, 0, RequestContext.at(0), out, 0);
        assertArrayEquals(new double[] {0, 0}, Arrays.copyOfRange(out, 1, 3), "a user without factors: zeros");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContextBuilder.builder().item(items).cross(true).build());
        assertTrue(e.getMessage().contains("crossing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ContextBuilder.builder().user(
                new FactorFeatures(new float[0][], 40, 1)).item(new FactorFeatures(new float[0][], 40, 1)).cross(true)
                .build());
        assertTrue(e.getMessage().contains("1681"), e.getMessage());
    }
}
