package org.recstudio.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

class DatasetWriterTest {

    @TempDir Path dir;

    @Test void committedImportIsReadBackExactly() {
        try (Workspace ws = Workspace.open(dir, "test")) {
            try (DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "file.csv", "fp1")) {
                int u0 = w.userOrNew("alice");
                int u1 = w.putUser(new UserRecord("bob", "{\"age\":31}"));
                int i0 = w.putItem(new ItemRecord("p1", "Jacket", "warm", "Outdoor > Jackets", "Acme", 99.5, 1000L,
                        true, null, false));
                int i1 = w.itemOrPlaceholder("p2");
                int view = w.eventCode("view");
                int buy = w.eventCode("purchase");
                assertTrue(w.addInteraction(u0, i0, view, Float.NaN, 5000, "{\"device\":\"mobile\"}"));
                assertTrue(w.addInteraction(u1, i1, buy, Float.NaN, 6000, null));
                assertFalse(w.addInteraction(u0, i0, view, Float.NaN, 5000, "{\"device\":\"mobile\"}"),
                        "exact duplicate is skipped");
                assertEquals(1, w.duplicates());
                assertEquals(1, w.placeholdersCreated());
                w.commit(2, 0, null, "{}");
            }
            DatasetInfo info = ws.datasets().require("shop");
            assertEquals(2, info.users());
            assertEquals(2, info.items());
            assertEquals(2, info.interactions());
            assertEquals(1, info.version());
            List<ItemRecord> items = ws.catalog().items(info.id());
            assertEquals("Jacket", items.get(0).title());
            assertEquals(99.5, items.get(0).price());
            assertTrue(items.get(1).placeholder());
            assertEquals("{\"age\":31}", ws.catalog().users(info.id()).get(1).attributes());
            InteractionColumns cols = ws.interactions().read(info.id(), true, Progress.NONE);
            assertEquals(2, cols.size());
            assertEquals("{\"device\":\"mobile\"}", cols.context()[0]);
            assertEquals(6000, cols.time()[1]);
            List<EventType> events = ws.datasets().eventTypes(info.id());
            assertTrue(events.get(0).weight() < events.get(1).weight(), "view weighs less than purchase");
        }
    }

    @Test void uncommittedWriteLeavesWorkspaceExactlyAsBefore() {
        try (Workspace ws = Workspace.open(dir, "test")) {
            try (DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "a.csv", "fa")) {
                w.addInteraction(w.userOrNew("u"), w.itemOrPlaceholder("i"), w.eventCode("view"), Float.NaN, 1, null);
                w.commit(1, 0, null, null);
            }
            DatasetInfo before = ws.datasets().require("shop");
            try (DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "b.csv", "fb")) {
                for (int i = 0; i < 200_000; i++) {
                    w.addInteraction(w.userOrNew("u" + (i % 1000)), w.itemOrPlaceholder("i" + (i % 77)),
                            w.eventCode("click"), Float.NaN, i, null);
                }
                // no commit: an error or a cancel
            }
            try (DatasetWriter w = DatasetWriter.begin(ws, "other", "items", "c.csv", "fc")) {
                w.putItem(ItemRecord.placeholder("x"));
            }
            assertEquals(before, ws.datasets().require("shop"));
            assertEquals(1, ws.datasets().list().size(), "the dataset created by a rolled-back import is gone too");
            assertEquals(1, ws.datasets().imports(before.id()).size());
        }
    }

    @Test void duplicatesAgainstEarlierImportsAreSkipped() {
        try (Workspace ws = Workspace.open(dir, "test")) {
            for (int round = 0; round < 2; round++) {
                try (DatasetWriter w = DatasetWriter.begin(ws, "d", "interactions", "f" + round, "fp" + round)) {
                    for (int i = 0; i < 10; i++) {
                        w.addInteraction(w.userOrNew("u"), w.itemOrPlaceholder("i" + (i + round * 5)), w.eventCode("view"),
                                Float.NaN, 100 + i + round * 5, null);
                    }
                    assertEquals(round == 0 ? 0 : 5, w.duplicates());
                    w.commit(10, 0, null, null);
                }
            }
            assertEquals(15, ws.datasets().require("d").interactions());
        }
    }

    @Test void invalidDatasetNameIsRefusedWithRule() {
        try (Workspace ws = Workspace.open(dir, "test")) {
            StoreException e = assertThrows(StoreException.class,
                    () -> DatasetWriter.begin(ws, "bad name!", "items", "x", "y"));
            assertTrue(e.getMessage().contains("'bad name!'"), e.getMessage());
        }
    }

    @Test void damagedChunkIsReportedNotMisread() throws Exception {
        try (Workspace ws = Workspace.open(dir, "test")) {
            try (DatasetWriter w = DatasetWriter.begin(ws, "d", "interactions", "f", "fp")) {
                w.addInteraction(w.userOrNew("u"), w.itemOrPlaceholder("i"), w.eventCode("view"), Float.NaN, 1, null);
                w.commit(1, 0, null, null);
            }
            try (var c = ws.connect(); var s = c.createStatement()) {
                s.execute("UPDATE interaction_chunk SET data = CAST(X'00112233445566778899AABBCCDDEEFF0011223344' AS BLOB)");
            }
            int id = ws.datasets().require("d").id();
            StoreException e = assertThrows(StoreException.class, () -> ws.interactions().read(id, false, Progress.NONE));
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        }
    }
}
