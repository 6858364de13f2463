package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.workspace.Workspace;

/**
 * Issue 9, defects 2-4: a multi-file import is one unit, distinct events are never dropped as duplicates, and an
 * unstorable field is a rejected row with its line and column.
 */
class ImportUnitTest {

    @TempDir Path dir;

    private static ImportFixtures.Snapshot seeded(Workspace ws, Path dir) {
        ImportFixtures.seed(ws, dir);
        return ImportFixtures.snapshot(ws);
    }

    @Test void aLaterFileThatFailsWhileReadingStoresNoneOfTheFiles() {
        Path items = ImportFixtures.write(dir, "items.csv", "item_id,title\np1,Jacket\np2,Boots\n");
        StringBuilder bad = new StringBuilder("user_id,item_id,timestamp\n");
        for (int i = 0; i < 3000; i++) { // most timestamps are not timestamps: the file fails after it was read
            bad.append("u").append(i).append(",p1,").append(i % 3 == 0 ? "1500000000" : "soon").append('\n');
        }
        Path events = ImportFixtures.write(dir, "events.csv", bad.toString());
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            ImportFixtures.Snapshot before = seeded(ws, dir);
            Importer importer = new Importer(ws);
            ImportException e = assertThrows(ImportException.class, () -> importer.runAll(List.of(
                    ImportRequest.of("base", DataKind.ITEMS, items),
                    ImportRequest.of("base", DataKind.INTERACTIONS, events)), Progress.NONE));
            assertTrue(e.getMessage().contains("Nothing was imported") && e.getMessage().contains("items.csv"),
                    e.getMessage());
            ImportFixtures.assertUnchanged(before, ws);
            assertEquals(List.of(), ws.catalog().items(ws.datasets().require("base").id()).stream()
                    .filter(i -> i.externalId().equals("p2")).toList(), "the items file is not half-imported");
        }
    }

    @Test void aLogWithoutAUserColumnAfterItsItemFileStoresNothing() {
        Path items = ImportFixtures.write(dir, "item_context.csv", "item_id,feature\n1,a\n2,b\n");
        Path log = ImportFixtures.write(dir, "log.csv", "timestamp,item_id,click\n2019-11-24,1,0\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            ImportFixtures.Snapshot before = seeded(ws, dir);
            ImportException e = assertThrows(ImportException.class, () -> new Importer(ws).runAll(List.of(
                    ImportRequest.of("obd", DataKind.ITEMS, items),
                    ImportRequest.of("obd", DataKind.INTERACTIONS, log)), Progress.NONE));
            assertTrue(e.getMessage().contains("log.csv"), e.getMessage());
            ImportFixtures.assertUnchanged(before, ws);
            assertTrue(ws.datasets().find("obd").isEmpty());
        }
    }

    @Test void aUnitThatSucceedsIsVisibleAsOneNewVersion() {
        Path items = ImportFixtures.write(dir, "items.csv", "item_id,title\np1,Jacket\np2,Boots\n");
        Path events = ImportFixtures.write(dir, "events.csv", "user_id,item_id,timestamp\nu1,p2,1500000000\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            List<ImportReport> reports = new Importer(ws).runAll(List.of(
                    ImportRequest.of("shop", DataKind.ITEMS, items),
                    ImportRequest.of("shop", DataKind.INTERACTIONS, events)), Progress.NONE);
            assertEquals(2, reports.size());
            assertEquals(1, ws.datasets().require("shop").version(), "one publish for the whole unit");
            assertEquals(0, reports.get(1).placeholderItems(), "the second file saw the first file's items");
        }
    }

    @Test void aDifferentRatingAtTheSameSecondIsKeptAndAnExactDuplicateIsCounted() {
        Path f = ImportFixtures.write(dir, "ratings.csv", "user_id,item_id,rating,timestamp\n"
                + "u1,i1,4,1500000000\n"
                + "u1,i1,5,1500000000\n" // same second, other rating: a distinct event
                + "u1,i1,4,1500000000\n"); // exact duplicate of line 2
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            ImportReport r = new Importer(ws).run(ImportRequest.of("r", DataKind.INTERACTIONS, f), Progress.NONE);
            assertEquals(2, r.accepted());
            assertEquals(1, r.duplicates());
            InteractionColumns c = ws.interactions().read(ws.datasets().require("r").id(), false, Progress.NONE);
            assertEquals(List.of(4f, 5f), List.of(c.value()[0], c.value()[1]));
        }
    }

    @Test void movieLensTagsKeepEveryTagEvent() {
        Path data = ImportRealDatasetsTest.datasets().resolve("movielens-latest-small");
        Assumptions.assumeTrue(Files.isDirectory(data), "shared datasets not found at " + data + ": skipping");
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            List<ImportReport> r = new Importer(ws).runPreset("movielens-latest-small", "mls",
                    Map.of("tags", data.resolve("tags.csv")), null, Progress.NONE);
            assertEquals(3_683, r.getFirst().rowsRead());
            assertEquals(3_683, r.getFirst().accepted(), "tags at the same second on the same movie are distinct");
            assertEquals(0, r.getFirst().duplicates());
        }
    }

    @Test void anOverLongIdIsARejectedRowWithItsLineAndColumn() {
        String longId = "x".repeat(1001);
        Path f = ImportFixtures.write(dir, "events.csv", "user_id,item_id,timestamp\nu1,i1,1500000000\n"
                + longId + ",i2,1500000001\nu2," + longId + ",1500000002\nu3,i3,1500000003\n");
        Path items = ImportFixtures.write(dir, "items.csv", "item_id,title\nok,Fine\nlong,"
                + "t".repeat(100_001) + "\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            ImportReport r = new Importer(ws).run(ImportRequest.of("d", DataKind.INTERACTIONS, f), Progress.NONE);
            assertEquals(2, r.accepted());
            assertEquals(2, r.rejected());
            assertEquals(3, r.sampleRejected().get(0).line());
            assertEquals("user_id", r.sampleRejected().get(0).column());
            assertTrue(r.sampleRejected().get(0).reason().contains("1,001 characters"),
                    r.sampleRejected().get(0).reason());
            assertEquals(4, r.sampleRejected().get(1).line());
            assertEquals("item_id", r.sampleRejected().get(1).column());
            ImportReport ri = new Importer(ws).run(ImportRequest.of("d", DataKind.ITEMS, items), Progress.NONE);
            assertEquals(1, ri.accepted());
            assertEquals("title", ri.sampleRejected().getFirst().column());
        }
    }
}
