package org.recstudio.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Shows that the structural checks used on the shipped catalogs do catch broken data.
 */
class CatalogChecksTest {

    private static final String ITEMS = """
            item_id,title,description,category,brand,price,created_at,in_stock
            P00001,"Mug, Set of 2","A mug, for ""tea"".",Home > Tableware > Mugs,Oakhollow,9.99,2024-01-01,true
            P00002,Jacket,A jacket.,Outdoor > Jackets > Rain Jackets,Northvale,99.00,2024-03-01,false
            """;
    private static final String USERS = """
            user_id,age_band,gender,country,signup_date
            U0001,25-34,F,GB,2023-05-01
            """;

    @TempDir
    Path dir;

    @Test
    void acceptsConsistentData() throws IOException {
        write("""
                user_id,item_id,event,timestamp,device
                U0001,P00001,view,2024-01-02T10:00:00Z,mobile
                U0001,P00001,cart,2024-01-02T10:01:00Z,mobile
                U0001,P00002,view,2024-03-01T20:00:00Z,desktop
                """);
        assertDoesNotThrow(this::check);
    }

    @Test
    void rejectsAnInteractionBeforeTheItemExists() throws IOException {
        write("""
                user_id,item_id,event,timestamp,device
                U0001,P00001,view,2024-01-02T10:00:00Z,mobile
                U0001,P00002,view,2024-02-28T20:00:00Z,mobile
                U0001,P00001,view,2024-03-02T10:00:00Z,mobile
                """);
        assertThrows(AssertionFailedError.class, this::check);
    }

    @Test
    void rejectsUnknownItemsAndTooFewInteractions() throws IOException {
        write("""
                user_id,item_id,event,timestamp,device
                U0001,P00009,view,2024-03-02T10:00:00Z,mobile
                U0001,P00001,view,2024-03-02T10:00:00Z,mobile
                U0001,P00001,view,2024-03-02T10:00:00Z,mobile
                """);
        assertThrows(AssertionFailedError.class, this::check);
        write("""
                user_id,item_id,event,timestamp,device
                U0001,P00001,view,2024-03-02T10:00:00Z,mobile
                """);
        assertThrows(AssertionFailedError.class, this::check);
    }

    private void check() throws IOException {
        CatalogChecks.structure(CatalogData.fromDirectory(dir), "P\\d{5}", CatalogFiles.EVENT_HEADER,
                Set.of("view", "cart", "purchase"), Set.of("mobile", "desktop", "tablet"));
    }

    private void write(String interactions) throws IOException {
        Files.writeString(dir.resolve("items.csv"), ITEMS);
        Files.writeString(dir.resolve("users.csv"), USERS);
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("interactions.csv.gz")))) {
            out.write(interactions.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
