package org.recstudio.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests of the generator on small catalogs: determinism, seed sensitivity and consistency.
 */
class CatalogGeneratorTest {

    private static final double SCALE = 0.05;
    private static final List<String> FILES = List.of(
            "README.md",
            "ecommerce/items.csv", "ecommerce/users.csv", "ecommerce/interactions.csv.gz",
            "streaming/items.csv", "streaming/users.csv", "streaming/interactions.csv.gz");

    @TempDir
    static Path shared;

    private static Path reference;
    private static List<CatalogSummary> referenceSummaries;

    @TempDir
    Path temp;

    @BeforeAll
    static void generateReference() throws IOException {
        reference = shared.resolve("seed-42");
        referenceSummaries = CatalogGenerator.generate(reference, 42, SCALE);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        CatalogGenerator.generate(temp, 42, SCALE);
        assertEquals(FILES, listFiles(reference));
        assertEquals(FILES, listFiles(temp));
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(temp.resolve(file)), file);
        }
    }

    @Test
    void differentSeedGivesDifferentCatalogs() throws IOException {
        CatalogGenerator.generate(temp, 43, SCALE);
        for (String file : List.of("ecommerce/items.csv", "ecommerce/users.csv", "ecommerce/interactions.csv.gz",
                "streaming/items.csv", "streaming/interactions.csv.gz")) {
            assertFalse(Arrays.equals(text(reference.resolve(file)), text(temp.resolve(file))), file + " differs");
        }
    }

    @Test
    void smallCatalogsAreConsistentAndMatchTheirSummary() throws IOException {
        assertEquals(List.of("ecommerce", "streaming"), referenceSummaries.stream().map(CatalogSummary::name).toList());

        CatalogData shop = CatalogData.fromDirectory(reference.resolve("ecommerce"));
        CatalogChecks.structure(shop, "P\\d{5}", CatalogFiles.EVENT_HEADER, Set.of("view", "cart", "purchase"),
                Set.of("mobile", "desktop", "tablet"));
        assertMatches(referenceSummaries.get(0), shop);
        assertEquals(250, shop.items().size());
        assertEquals(100, shop.users().size());

        CatalogData tv = CatalogData.fromDirectory(reference.resolve("streaming"));
        CatalogChecks.structure(tv, "T\\d{4}", CatalogFiles.VALUE_EVENT_HEADER, Set.of("play", "complete", "like"),
                Set.of("tv", "mobile", "tablet", "desktop"));
        assertMatches(referenceSummaries.get(1), tv);

        String readme = Files.readString(reference.resolve("README.md"));
        assertTrue(readme.contains("seed **42** and scale **0.05**"), readme);
        assertTrue(readme.contains("GPL-3.0"), "licence note");
    }

    @Test
    void rejectsNonPositiveScale() {
        assertThrows(IllegalArgumentException.class, () -> CatalogGenerator.generate(temp, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> CatalogGenerator.generate(temp, 1, Double.NaN));
    }

    private static void assertMatches(CatalogSummary summary, CatalogData data) {
        assertEquals(summary.items(), data.items().size());
        assertEquals(summary.users(), data.users().size());
        assertEquals(summary.interactions(), data.events().size());
        assertEquals(summary.interactions(), summary.events().values().stream().mapToLong(Long::longValue).sum());
    }

    private static List<String> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted((x, y) -> Integer.compare(FILES.indexOf(x), FILES.indexOf(y))).toList();
        }
    }

    /** The file's text bytes, decompressed when gzip. */
    private static byte[] text(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             InputStream text = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
            return text.readAllBytes();
        }
    }
}
