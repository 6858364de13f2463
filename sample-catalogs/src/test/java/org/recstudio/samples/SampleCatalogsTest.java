package org.recstudio.samples;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests of the run-time registry of shipped sample catalogs.
 */
class SampleCatalogsTest {

    @Test
    void listsTheShippedCatalogsWithTheirResources() {
        List<SampleCatalog> all = SampleCatalogs.all();
        assertEquals(List.of("ecommerce", "streaming"), all.stream().map(SampleCatalog::name).toList());
        SampleCatalog shop = all.getFirst();
        assertEquals("/org/recstudio/samples/ecommerce/items.csv", shop.itemsResource());
        assertEquals("/org/recstudio/samples/ecommerce/users.csv", shop.usersResource());
        assertEquals("/org/recstudio/samples/ecommerce/interactions.csv.gz", shop.interactionsResource());
        assertTrue(shop.description().contains("5,000"));
        assertEquals(shop, SampleCatalogs.find("ecommerce").orElseThrow());
        assertTrue(SampleCatalogs.find("nope").isEmpty());
    }

    @Test
    void everyResourceIsReachable() throws IOException {
        for (SampleCatalog c : SampleCatalogs.all()) {
            for (String resource : List.of(c.itemsResource(), c.usersResource(), c.interactionsResource())) {
                try (BufferedReader in = SampleCatalogs.openReader(resource)) {
                    String header = in.readLine();
                    String first = resource.endsWith("items.csv") ? "item_id," : "user_id,";
                    assertTrue(header != null && header.startsWith(first), resource + ": " + header);
                    assertTrue(in.readLine() != null, resource + " has rows");
                }
            }
        }
        try (BufferedReader readme = SampleCatalogs.openReader(SampleCatalogs.README)) {
            assertEquals("# RecStudio sample catalogs", readme.readLine());
        }
    }

    @Test
    void openGivesRawBytesAndGzipStaysCompressed() throws IOException {
        try (InputStream in = SampleCatalogs.open(SampleCatalogs.all().getFirst().interactionsResource())) {
            assertEquals(0x1f, in.read());
            assertEquals(0x8b, in.read());
        }
    }

    @Test
    void missingResourceThrows() {
        assertThrows(FileNotFoundException.class, () -> SampleCatalogs.open("/org/recstudio/samples/none.csv"));
        assertThrows(FileNotFoundException.class, () -> SampleCatalogs.openReader("/org/recstudio/samples/none.gz"));
    }

    @Test
    void recordRequiresAllButUsers() {
        assertDoesNotThrow(() -> new SampleCatalog("x", "d", "/i.csv", null, "/e.csv.gz"));
        assertNull(new SampleCatalog("x", "d", "/i.csv", null, "/e.csv.gz").usersResource());
        assertThrows(NullPointerException.class, () -> new SampleCatalog(null, "d", "/i.csv", null, "/e.csv.gz"));
        assertThrows(NullPointerException.class, () -> new SampleCatalog("x", "d", null, null, "/e.csv.gz"));
        assertThrows(IllegalArgumentException.class, () -> new SampleCatalog(" ", "d", "/i.csv", null, "/e.csv.gz"));
    }
}
