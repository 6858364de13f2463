package org.recstudio.samples;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests of the generator's small helpers: CSV quoting, weighted and Zipf sampling, English words.
 */
class HelpersTest {

    @Test
    void csvWriterQuotesPerRfc4180AndRoundTrips() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row("a", "b, c", "say \"hi\"", "", "plain");
        }
        assertEquals("a,\"b, c\",\"say \"\"hi\"\"\",,plain\n", out.toString());
        try (CsvReader in = new CsvReader(new StringReader(out.toString()))) {
            assertEquals(List.of("a", "b, c", "say \"hi\"", "", "plain"), in.next());
            assertNull(in.next());
        }
    }

    @Test
    void weightedSamplerHonoursLimitsAndWeights() {
        WeightedSampler s = WeightedSampler.over(new int[] {2, 5, 9}, new double[] {1, 3, 0});
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals(-1, s.sampleBelow(rng, 2));
        assertEquals(2, s.sampleBelow(rng, 3));
        int fives = 0;
        for (int i = 0; i < 10_000; i++) {
            int id = s.sample(rng);
            assertTrue(id == 2 || id == 5, "zero weight is never drawn");
            fives += id == 5 ? 1 : 0;
        }
        assertTrue(fives > 7_200 && fives < 7_800, "about 3/4 fives: " + fives);
        assertThrows(IllegalArgumentException.class, () -> WeightedSampler.over(new int[] {3, 1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> WeightedSampler.of(1, -1));
    }

    @Test
    void zipfWeightsDecrease() {
        double[] w = ZipfWeights.weights(100, 1.0, 0.0);
        assertEquals(1.0, w[0], 1e-12);
        assertEquals(0.5, w[1], 1e-12);
        for (int i = 1; i < w.length; i++) {
            assertTrue(w[i] < w[i - 1]);
        }
    }

    @Test
    void drawsAreReproducible() {
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            assertEquals(Draws.gaussian(a), Draws.gaussian(b));
            assertEquals(Draws.geometric(a, 3), Draws.geometric(b, 3));
        }
        assertTrue(Draws.geometric(new SplittableRandom(1), 1) == 1);
    }

    @Test
    void wordsReadNaturally() {
        assertEquals("waterproof rain jacket", Words.lowerPhrase("Waterproof Rain Jacket"));
        assertEquals("USB-rechargeable front light", Words.lowerPhrase("USB-Rechargeable Front Light"));
        assertEquals("Dutch oven", Words.lowerPhrase("Dutch Oven"));
        assertEquals("an", Words.article("insulated parka"));
        assertEquals("a", Words.article("USB-rechargeable light"));
        assertEquals("an", Words.article("800-lumen light"));
        assertTrue(Words.isPlural("Hiking Boots"));
        assertEquals("Forest Green", Words.titleCase("forest green"));
    }
}
