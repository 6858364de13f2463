package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recstudio.engine.importer.ImportFixtures.snapshot;
import static org.recstudio.engine.importer.ImportFixtures.write;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.CancellationToken;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.workspace.Workspace;

class ImporterTest {

    @TempDir Path dir;
    private Workspace ws;
    private Importer importer;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), "test");
        importer = new Importer(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportReport run(String dataset, DataKind kind, Path file) {
        return importer.run(ImportRequest.of(dataset, kind, file), Progress.NONE);
    }

    private int id(String dataset) {
        return ws.datasets().require(dataset).id();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        Path f = write(dir, "r.csv", "user_id,item_id,rating,timestamp\nu1,i1,5,1600000000\nu2,i2,3,1600000100\n");
        ImportReport first = run("d", DataKind.INTERACTIONS, f);
        assertFalse(first.alreadyImported());
        assertEquals(2, first.accepted());
        ImportFixtures.Snapshot after = snapshot(ws);
        ImportReport again = run("d", DataKind.INTERACTIONS, f);
        assertTrue(again.alreadyImported());
        assertEquals(0, again.accepted());
        assertEquals(2, again.datasetInteractions());
        assertEquals(after, snapshot(ws));
        Path copy = write(dir, "copy-with-another-name.csv",
                "user_id,item_id,rating,timestamp\nu1,i1,5,1600000000\nu2,i2,3,1600000100\n");
        assertTrue(run("d", DataKind.INTERACTIONS, copy).alreadyImported(), "the fingerprint is the content");
    }

    @Test
    void overlappingRowsFromAnotherFileAndRepeatsInOneFileAreDuplicates() {
        run("d", DataKind.INTERACTIONS, write(dir, "a.csv", "user_id,item_id,rating,timestamp\n"
                + "u1,i1,5,1600000000\nu2,i2,3,1600000100\n"));
        ImportReport b = run("d", DataKind.INTERACTIONS, write(dir, "b.csv", "user_id,item_id,rating,timestamp\n"
                + "u1,i1,5,1600000000\nu3,i3,4,1600000200\nu3,i3,4,1600000200\n"));
        assertFalse(b.alreadyImported());
        assertEquals(3, b.rowsRead());
        assertEquals(1, b.accepted());
        assertEquals(2, b.duplicates());
        assertEquals(3, b.datasetInteractions());
    }

    @Test
    void aDifferentMappingOfTheSameFileIsANewImport() {
        Path f = write(dir, "r.csv", "user_id,item_id\nu1,i1\n");
        run("d", DataKind.INTERACTIONS, f);
        ColumnMapping likes = ColumnMapping.builder().bind(Role.USER_ID, "user_id").bind(Role.ITEM_ID, "item_id")
                .fixedEvent("like").build();
        ImportReport r = importer.run(ImportRequest.of("d", DataKind.INTERACTIONS, f, likes,
                UnknownItemPolicy.PLACEHOLDER), Progress.NONE);
        assertFalse(r.alreadyImported());
        assertEquals(1, r.accepted());
        assertEquals(List.of("interaction", "like"), ws.datasets().eventTypes(id("d")).stream()
                .map(EventType::name).toList());
    }

    @Test
    void catalogFieldsAreParsedAndOddValuesNoted() {
        Path f = write(dir, "items.csv", "item_id,title,description,category,brand,price,created_at,in_stock,color\n"
                + "p1,  Phone  ,A phone,Electronics > Phones,Acme,\"$1,250.00\",2024-03-01,yes,black\n"
                + "p2,Case,,Electronics > Phones > Cases,Acme,call us,2024-03-02T10:00:00Z,no,?\n"
                + "p3,Cable,,Electronics,Other,9.5,not a date,maybe,red\n"
                + "p1,Phone again,,,,,,,\n");
        ImportReport r = run("d", DataKind.ITEMS, f);
        assertEquals(3, r.accepted());
        assertEquals(1, r.duplicates());
        List<ItemRecord> items = ws.catalog().items(id("d"));
        ItemRecord phone = items.getFirst();
        assertEquals("Phone", phone.title());
        assertEquals("Electronics > Phones", phone.category());
        assertEquals(1250.0, phone.price());
        assertEquals(Instant.parse("2024-03-01T00:00:00Z").toEpochMilli(), phone.createdAt());
        assertEquals(Boolean.TRUE, phone.inStock());
        assertEquals("{\"color\":\"black\"}", phone.attributes());
        ItemRecord caseItem = items.get(1);
        assertNull(caseItem.price());
        assertNull(caseItem.description());
        assertNull(caseItem.attributes(), "'?' means missing");
        assertEquals(Boolean.FALSE, caseItem.inStock());
        String notes = String.join("\n", r.notes());
        assertTrue(notes.contains("1 values of column 'price' were not prices and were left empty (first: line 3, "
                + "'call us')"), notes);
        assertTrue(notes.contains("column 'created_at' were not dates"), notes);
        assertTrue(notes.contains("column 'in_stock' were not true/false"), notes);
    }

    @Test
    void genreListsAndFlagColumnsBecomeCategoryLists() {
        Path f = write(dir, "movies.dat", "1::Toy Story (1995)::Animation|Children's|Comedy\n2::Heat (1995)::Action\n");
        ColumnMapping m = ColumnMapping.builder().bind(Role.ITEM_ID, 0).bind(Role.TITLE, 1).bind(Role.CATEGORY, 2)
                .category("|", CategoryStyle.LIST).build();
        importer.run(ImportRequest.of("d", DataKind.ITEMS, f, m, null), Progress.NONE);
        ItemRecord toy = ws.catalog().items(id("d")).getFirst();
        assertEquals("Animation | Children's | Comedy", toy.category());
        assertEquals("{\"genres\":[\"Animation\",\"Children's\",\"Comedy\"]}", toy.attributes());
        Path flags = write(dir, "flags.csv", "id,title,Action,Comedy,Drama\n1,A,1,0,1\n2,B,0,0,0\n");
        ColumnMapping fm = ColumnMapping.builder().bind(Role.ITEM_ID, "id").bind(Role.TITLE, "title")
                .categoryFlags(List.of("Action", "Comedy", "Drama")).category(null, CategoryStyle.LIST).build();
        importer.run(ImportRequest.of("f", DataKind.ITEMS, flags, fm, null), Progress.NONE);
        List<ItemRecord> items = ws.catalog().items(id("f"));
        assertEquals("Action | Drama", items.get(0).category());
        assertNull(items.get(1).category());
    }

    @Test
    void itemsImportedAfterInteractionsReplaceTheirPlaceholders() {
        ImportReport logs = run("d", DataKind.INTERACTIONS, write(dir, "l.csv", "user_id,item_id\nu1,i9\n"));
        assertEquals(1, logs.placeholderItems());
        run("d", DataKind.ITEMS, write(dir, "i.csv", "item_id,title\ni9,Nine\n"));
        List<ItemRecord> items = ws.catalog().items(id("d"));
        assertEquals(1, items.size());
        assertEquals("Nine", items.getFirst().title());
        assertFalse(items.getFirst().placeholder());
    }

    @Test
    void eventValuesMapToNamesCompositeUsersGetAttributesAndContextIsKept() {
        Path f = write(dir, "log.csv", "timestamp,item_id,position,click,f0,f1\n"
                + "2019-11-24 00:03:13.442536+00:00,14,3,0,a,b\n"
                + "2019-11-24 00:03:14.000000+00:00,15,1,1,a,b\n"
                + "2019-11-24 00:03:15.000000+00:00,14,2,0,c,d\n");
        ColumnMapping m = ColumnMapping.builder().bindAll(Role.USER_ID, "f0", "f1").bind(Role.ITEM_ID, "item_id")
                .bind(Role.EVENT, "click").eventNames(Map.of("1", "click", "0", "impression")).bind(Role.VALUE, "click")
                .bind(Role.TIMESTAMP, "timestamp").bind(Role.CONTEXT, "position")
                .bindAll(Role.USER_ATTRIBUTE, "f0", "f1").build();
        ImportReport r = importer.run(ImportRequest.of("d", DataKind.INTERACTIONS, f, m, null), Progress.NONE);
        assertEquals(3, r.accepted());
        assertEquals(2, r.datasetUsers());
        var users = ws.catalog().users(id("d"));
        assertTrue(users.getFirst().externalId().matches("h[0-9a-f]{16}"), users.getFirst().externalId());
        assertEquals("{\"f0\":\"a\",\"f1\":\"b\"}", users.getFirst().attributes());
        InteractionColumns cols = ws.interactions().read(id("d"), true, Progress.NONE);
        assertEquals(Instant.parse("2019-11-24T00:03:13.442Z").toEpochMilli(), cols.time()[0]);
        assertEquals("{\"position\":\"3\"}", cols.context()[0]);
        List<EventType> events = ws.datasets().eventTypes(id("d"));
        assertEquals("impression", events.get(cols.event()[0] - 1).name());
        assertEquals("click", events.get(cols.event()[1] - 1).name());
        assertEquals(1f, cols.value()[1]);
    }

    @Test
    void progressReportsBytesUpToTheFileSize() {
        StringBuilder sb = new StringBuilder("user_id,item_id\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i / 100).append(',').append(i % 100).append('\n');
        }
        Path f = write(dir, "p.csv", sb.toString());
        List<CancellationToken.Update> updates = new ArrayList<>();
        importer.run(ImportRequest.of("d", DataKind.INTERACTIONS, f), new CancellationToken(updates::add, m -> { }));
        List<CancellationToken.Update> importing = updates.stream().filter(u -> u.stage().equals("Importing p.csv"))
                .toList();
        assertTrue(importing.size() >= 3, updates::toString);
        assertEquals(importing.getLast().total(), importing.getLast().done());
        for (int i = 1; i < importing.size(); i++) {
            assertTrue(importing.get(i).done() >= importing.get(i - 1).done());
        }
    }

    @Test
    void presetErrorsListWhatIsAvailable() {
        ImportException unknown = assertThrows(ImportException.class, () -> importer.runPreset("movielens-10m", "d",
                Map.of(), UnknownItemPolicy.PLACEHOLDER, Progress.NONE));
        assertTrue(unknown.getMessage().contains("no preset 'movielens-10m'")
                && unknown.getMessage().contains("movielens-100k"), unknown.getMessage());
        ImportException key = assertThrows(ImportException.class, () -> importer.runPreset("ml-100k", "d",
                Map.of("ratings", dir.resolve("u.data")), UnknownItemPolicy.PLACEHOLDER, Progress.NONE));
        assertTrue(key.getMessage().contains("file key 'ratings' is not part of preset 'movielens-100k'")
                && key.getMessage().contains("[items, users, interactions]"), key.getMessage());
    }

    @Test
    void presetsRunItemsBeforeInteractionsWhateverTheMapOrder() {
        Path data = write(dir, "u.data", "1\t1\t5\t881250949\n2\t1\t4\t881250950\n1\t2\t3\t881250951\n");
        Path item = write(dir, "u.item",
                "1|Toy Story (1995)|01-Jan-1995||http://x|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0\n"
                        + "2|GoldenEye (1995)|01-Jan-1995||http://y|0|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0|1|0|0\n");
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("interactions", data);
        files.put("items", item);
        List<ImportReport> reports = importer.runPreset("movielens-100k", "ml", files, UnknownItemPolicy.REJECT,
                Progress.NONE);
        assertEquals(List.of(DataKind.ITEMS, DataKind.INTERACTIONS), reports.stream().map(ImportReport::kind).toList());
        assertEquals(3, reports.getLast().accepted());
        assertEquals(0, reports.getLast().placeholderItems());
        assertEquals("Animation | Children's | Comedy", ws.catalog().items(id("ml")).getFirst().category());
    }
}
