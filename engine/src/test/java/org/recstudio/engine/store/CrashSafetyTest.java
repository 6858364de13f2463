package org.recstudio.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.workspace.Workspace;

/**
 * What a write leaves when it never reaches its publish: nothing a reader sees, and nothing at all once the workspace
 * is opened again. A write that is abandoned without its {@code close} (a killed process) is simulated by shutting
 * the database down under it; the child-process kill tests are in the app module (CrashTest).
 */
class CrashSafetyTest {

    @TempDir Path dir;

    private static void seed(Workspace ws) {
        try (DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "a.csv", "fa")) {
            int u = w.userOrNew("u");
            int i = w.putItem(new ItemRecord("p1", "Old title", null, null, null, null, null, null, null, false));
            w.addInteraction(u, i, w.eventCode("view"), Float.NaN, 1, null);
            w.commit(1, 0, null, null);
        }
    }

    /** Raw row counts of every table a write touches, visible or not. */
    private static List<Long> rawCounts(Workspace ws) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            List<Long> out = new java.util.ArrayList<>();
            for (String t : List.of("dataset", "item", "app_user", "event_type", "interaction_chunk", "import_log")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    @Test void abandonedWriteIsInvisibleAndRemovedWhenTheWorkspaceIsOpenedAgain() throws Exception {
        DatasetInfo before;
        List<Long> rawBefore;
        Workspace ws = Workspace.open(dir, "test");
        seed(ws);
        before = ws.datasets().require("shop");
        rawBefore = rawCounts(ws);
        DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "b.csv", "fb");
        w.putItem(new ItemRecord("p1", "New title", null, null, null, null, null, null, null, false));
        w.putEventType(new EventType(0, "view", 3, false));
        for (int i = 0; i < 150_000; i++) { // three chunks, each committed on its own
            w.addInteraction(w.userOrNew("u" + i % 5000), w.itemOrPlaceholder("i" + i % 300), w.eventCode("click"),
                    Float.NaN, i, null);
        }
        w.finishFile(150_000, 0, null, "{}");
        w.startFile("fresh", "c.csv", "fc"); // a second file of the same unit, left open
        assertEquals(before, ws.datasets().require("shop"), "readers see the published state while a write runs");
        assertEquals("Old title", ws.catalog().items(before.id()).getFirst().title());
        assertEquals(1.0, ws.datasets().eventTypes(before.id()).getFirst().weight());
        assertTrue(rawCounts(ws).get(4) > rawBefore.get(4), "the chunks were committed, invisibly");
        ws.close(); // the process dies here: the write is never published nor closed

        try (Workspace again = Workspace.open(dir, "test")) {
            assertFalse(again.recoveredAtOpen().isEmpty(), "opening says what it cleaned up");
            assertEquals(before, again.datasets().require("shop"));
            assertEquals(rawBefore, rawCounts(again), "no row of the abandoned write is left");
            assertEquals("Old title", again.catalog().items(before.id()).getFirst().title());
            try (DatasetWriter w2 = DatasetWriter.begin(again, "shop", "interactions", "b.csv", "fb")) {
                assertFalse(w2.alreadyImported("interactions", "fb"), "the same import can be run again");
                w2.putItem(new ItemRecord("p1", "New title", null, null, null, null, null, null, null, false));
                w2.commit(0, 0, null, null);
            }
            assertEquals("New title", again.catalog().items(before.id()).getFirst().title());
            assertEquals(1, again.catalog().items(before.id()).size(), "a replaced item is one item");
            assertEquals(before.version() + 1, again.datasets().require("shop").version());
        }
        try (Workspace third = Workspace.open(dir, "test")) {
            assertTrue(third.recoveredAtOpen().isEmpty(), "a published write needs no recovery: "
                    + third.recoveredAtOpen());
        }
    }

    @Test void aDatasetWhoseFirstImportNeverFinishedDoesNotExistAfterwards() throws Exception {
        Workspace ws = Workspace.open(dir, "test");
        seed(ws);
        List<Long> rawBefore = rawCounts(ws);
        DatasetWriter w = DatasetWriter.begin(ws, "fresh", "items", "items.csv", "fi");
        w.putItem(ItemRecord.placeholder("x"));
        w.finishFile(1, 0, null, null);
        assertTrue(ws.datasets().find("fresh").isEmpty(), "an unpublished dataset is not listed");
        ws.close();
        try (Workspace again = Workspace.open(dir, "test")) {
            assertTrue(again.datasets().find("fresh").isEmpty());
            assertEquals(rawBefore, rawCounts(again));
            assertEquals(List.of("shop"), again.datasets().list().stream().map(DatasetInfo::name).toList());
        }
    }

    @Test void anInterruptedDeletionIsFinishedAndTheNameIsFree() throws Exception {
        Workspace ws = Workspace.open(dir, "test");
        seed(ws);
        List<Long> empty;
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            // the first, small transaction of DatasetStore.delete; the process dies before the purge
            s.executeUpdate("UPDATE dataset SET deleted = TRUE, name = '" + Generations.DELETED_PREFIX + "' || id");
        }
        assertTrue(ws.datasets().list().isEmpty(), "a dataset being deleted is gone for readers at once");
        ws.close();
        try (Workspace again = Workspace.open(dir, "test")) {
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), rawCounts(again));
            seed(again);
            assertEquals(1, again.datasets().require("shop").interactions(), "the name can be used again");
            assertTrue(again.datasets().delete("shop"));
            assertFalse(again.datasets().delete("shop"));
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), rawCounts(again));
        }
    }

    @Test void anOrphanReportIsDeletedWhenTheWorkspaceIsOpened() throws Exception {
        Path kept;
        Path orphan;
        try (Workspace ws = Workspace.open(dir, "test")) {
            kept = Files.writeString(ws.reports().resolve("import-shop-interactions-20261206-000000.csv"), "x\n");
            orphan = Files.writeString(ws.reports().resolve("import-shop-interactions-20261206-000001.csv"), "y\n");
            try (DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "a.csv", "fa")) {
                w.addInteraction(w.userOrNew("u"), w.itemOrPlaceholder("i"), w.eventCode("view"), Float.NaN, 1, null);
                w.commit(1, 1, kept.toString(), null);
            }
        }
        try (Workspace ws = Workspace.open(dir, "test")) {
            assertTrue(Files.exists(kept), "the report of a published import stays");
            assertFalse(Files.exists(orphan), "a report no import refers to (a killed import's) is deleted");
            assertTrue(ws.recoveredAtOpen().toString().contains(orphan.getFileName().toString()));
        }
    }

    @Test void rowsThatDifferOnlyInValueOrContextAreEventsOfTheirOwn() {
        try (Workspace ws = Workspace.open(dir, "test")) {
            try (DatasetWriter w = DatasetWriter.begin(ws, "d", "interactions", "f", "fp")) {
                int u = w.userOrNew("u");
                int i = w.itemOrPlaceholder("i");
                int tag = w.eventCode("tag");
                assertTrue(w.addInteraction(u, i, tag, Float.NaN, 7, "{\"tag\":\"funny\"}"));
                assertTrue(w.addInteraction(u, i, tag, Float.NaN, 7, "{\"tag\":\"dark\"}"), "other context");
                assertTrue(w.addInteraction(u, i, tag, 4f, 7, "{\"tag\":\"dark\"}"), "other value");
                assertTrue(w.addInteraction(u, i, tag, Float.NaN, 7, null), "no context");
                assertFalse(w.addInteraction(u, i, tag, Float.NaN, 7, "{\"tag\":\"dark\"}"), "exact duplicate");
                assertEquals(1, w.duplicates());
                w.commit(4, 0, null, null);
            }
            assertEquals(4, ws.datasets().require("d").interactions());
        }
    }
}
