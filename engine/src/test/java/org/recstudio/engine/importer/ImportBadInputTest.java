package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recstudio.engine.importer.ImportFixtures.assertUnchanged;
import static org.recstudio.engine.importer.ImportFixtures.bytes;
import static org.recstudio.engine.importer.ImportFixtures.snapshot;
import static org.recstudio.engine.importer.ImportFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/**
 * Bad input gives a clear error naming file, line and column, or rejected rows, and never damages the workspace.
 * One workspace serves the whole class (each test imports into its own dataset names); every test compares the
 * workspace against a snapshot taken just before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBadInputTest {

    private Path dir;
    private Workspace ws;
    private Importer importer;
    private ImportFixtures.Snapshot before;

    @BeforeAll
    void open(@TempDir Path tempDir) {
        dir = tempDir;
        ws = Workspace.open(dir.resolve("ws"), "test");
        ImportFixtures.seed(ws, dir);
        importer = new Importer(ws, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @BeforeEach
    void snapshotBefore() {
        before = snapshot(ws);
    }

    @AfterAll
    void close() {
        ws.close();
    }

    private ImportException fails(ImportRequest r) {
        ImportException e = assertThrows(ImportException.class, () -> importer.run(r, Progress.NONE));
        assertUnchanged(before, ws);
        return e;
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), () -> "expected '" + p + "' in: " + message);
        }
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        Path empty = write(dir, "empty.csv", "");
        contains(fails(ImportRequest.of("d", DataKind.INTERACTIONS, empty)).getMessage(), "empty.csv", "is empty");
        Path header = write(dir, "header.csv", "user_id,item_id,rating\n");
        contains(fails(ImportRequest.of("d", DataKind.INTERACTIONS, header)).getMessage(), "header.csv",
                "has no data rows");
    }

    @Test
    void binaryFile() {
        byte[] b = new byte[10_000];
        new SplittableRandom(3).nextBytes(b);
        Path bin = bytes(dir, "data.csv", b);
        contains(fails(ImportRequest.of("d", DataKind.INTERACTIONS, bin)).getMessage(), "data.csv", "binary file",
                "Export the data as CSV");
    }

    @Test
    void wrongDelimiterNamesTheLikelyOne() {
        Path f = write(dir, "semi.csv", "user_id;item_id;rating\n1;10;5\n2;11;3\n");
        ImportException e = fails(ImportRequest.of("d", DataKind.INTERACTIONS, f)
                .withHints(FormatHints.NONE.withDelimiter(",")));
        assertEquals(1, e.line());
        contains(e.getMessage(), "semi.csv", "only one column with delimiter ','", "probably ';'");
    }

    @Test
    void raggedRowsAreRejectedWithTheirLineNumbers() throws IOException {
        StringBuilder sb = new StringBuilder("user_id,item_id,rating\n");
        for (int i = 2; i <= 20; i++) {
            sb.append(i == 5 ? "u5,i5\n" : i == 9 ? "u9,i9,4,extra\n" : "u" + i + ",i" + i + "," + (i % 5 + 1) + "\n");
        }
        ImportReport r = importer.run(ImportRequest.of("ragged", DataKind.INTERACTIONS, write(dir, "ragged.csv",
                sb.toString())), Progress.NONE);
        assertEquals(19, r.rowsRead());
        assertEquals(17, r.accepted());
        assertEquals(2, r.rejected());
        assertEquals(List.of(5L, 9L), r.sampleRejected().stream().map(RejectedRow::line).toList());
        contains(r.sampleRejected().getFirst().reason(), "has 2 field(s) but the file has 3 columns");
        assertEquals("u5,i5", r.sampleRejected().getFirst().content());
        assertNotNull(r.reportFile());
        assertTrue(r.reportFile().startsWith(ws.reports()));
        List<String> lines = Files.readAllLines(r.reportFile());
        assertEquals("file,line,column,reason,content", lines.getFirst());
        assertTrue(lines.get(1).contains(",5,,"), lines.get(1));
    }

    @Test
    void undecodableBytesBeyondTheSampleRejectTheirRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("user_id,item_id,rating\n".getBytes(StandardCharsets.UTF_8));
        int rows = 150_000;
        for (int i = 1; i <= rows; i++) {
            if (i == 140_000) {
                out.writeBytes("u1,caf".getBytes(StandardCharsets.UTF_8));
                out.write(0xE9);
                out.writeBytes(",5\n".getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(("u" + i / 1000 + ",i" + i % 1000 + ",4\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(out.size() > FormatSniffer.SAMPLE_BYTES, "the bad byte must lie beyond the sniffed sample");
        ImportReport r = importer.run(ImportRequest.of("late", DataKind.INTERACTIONS, bytes(dir, "late.csv",
                out.toByteArray())), Progress.NONE);
        assertEquals(rows - 1, r.accepted());
        assertEquals(1, r.rejected());
        RejectedRow bad = r.sampleRejected().getFirst();
        assertEquals(140_001, bad.line());
        contains(bad.reason(), "not valid UTF-8", "byte 0xE9");
    }

    @Test
    void undecodableBytesUnderAForcedEncodingFailTheImport() {
        Path f = write(dir, "latin.csv", "user_id,item_id,rating\nu1,café,5\n", StandardCharsets.ISO_8859_1);
        ImportException e = fails(ImportRequest.of("d", DataKind.INTERACTIONS, f)
                .withHints(FormatHints.NONE.withCharset(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        contains(e.getMessage(), "latin.csv", "byte 0xE9 is not valid UTF-8", "ISO-8859-1");
    }

    @Test
    void mappingNamingAMissingColumn() {
        Path f = write(dir, "r.csv", "user_id,item_id,rating\nu1,i1,5\n");
        ColumnMapping m = ColumnMapping.builder().bind(Role.USER_ID, "user_id").bind(Role.ITEM_ID, "item_id")
                .bind(Role.VALUE, "stars").fixedEvent("rating").build();
        contains(fails(ImportRequest.of("d", DataKind.INTERACTIONS, f, m, UnknownItemPolicy.PLACEHOLDER)).getMessage(),
                "r.csv", "column 'stars' named for VALUE is not in the file (columns: user_id, item_id, rating)");
    }

    @Test
    void unknownItemsAreRejectedOrBecomePlaceholders() {
        Path items = write(dir, "items.csv", "item_id,title\ni1,One\ni2,Two\n");
        Path logs = write(dir, "logs.csv", "user_id,item_id,event\nu1,i1,view\nu1,i2,view\nu2,i1,view\nu2,i3,cart\n");
        for (String ds : List.of("strict", "lenient")) {
            importer.run(ImportRequest.of(ds, DataKind.ITEMS, items), Progress.NONE);
        }
        ImportReport strict = importer.run(ImportRequest.of("strict", DataKind.INTERACTIONS, logs, null,
                UnknownItemPolicy.REJECT), Progress.NONE);
        assertEquals(3, strict.accepted());
        assertEquals(1, strict.rejected());
        assertEquals(2, strict.datasetItems());
        RejectedRow r = strict.sampleRejected().getFirst();
        assertEquals(5, r.line());
        assertEquals("item_id", r.column());
        contains(r.reason(), "item 'i3' is not in the catalog of dataset 'strict'");
        ImportReport lenient = importer.run(ImportRequest.of("lenient", DataKind.INTERACTIONS, logs, null,
                UnknownItemPolicy.PLACEHOLDER), Progress.NONE);
        assertEquals(4, lenient.accepted());
        assertEquals(1, lenient.placeholderItems());
        assertEquals(3, lenient.datasetItems());
        int id = ws.datasets().require("lenient").id();
        assertTrue(ws.catalog().items(id).get(2).placeholder());
    }

    @Test
    void nonNumericValuesAreRejectedNamingTheColumn() {
        Path f = write(dir, "r.csv", "user_id,item_id,rating\nu1,i1,5\nu2,i1,abc\nu3,i1,4.5\nu4,i2,1e1\n");
        ImportReport r = importer.run(ImportRequest.of("numbers", DataKind.INTERACTIONS, f), Progress.NONE);
        assertEquals(3, r.accepted());
        RejectedRow bad = r.sampleRejected().getFirst();
        assertEquals(3, bad.line());
        assertEquals("rating", bad.column());
        assertEquals("'abc' is not a number", bad.reason());
        assertEquals("r.csv, line 3, column 'rating': 'abc' is not a number", bad.toString().replace(dir + "/", ""));
    }

    @Test
    void timestampsOutOfRangeOrUnparsableAreRejected() {
        Path f = write(dir, "t.csv", "user_id,item_id,timestamp\nu1,i1,1600000000\nu2,i1,-86400\nu3,i1,4102444800\n"
                + "u4,i1,16000000xx\nu5,i1,1600000001\nu6,i1,1600000002\nu7,i1,1600000003\n");
        ImportReport r = importer.run(ImportRequest.of("times", DataKind.INTERACTIONS, f), Progress.NONE);
        assertEquals(4, r.accepted());
        List<String> reasons = r.sampleRejected().stream().map(RejectedRow::reason).toList();
        contains(reasons.get(0), "1969-12-31T00:00:00Z", "before 1970-01-01");
        contains(reasons.get(1), "2100-01-01T00:00:00Z", "in the future (after 2025-01-02T00:00:00Z)");
        contains(reasons.get(2), "'16000000xx' is not a timestamp");
        assertEquals(List.of(3L, 4L, 5L), r.sampleRejected().stream().map(RejectedRow::line).toList());
    }

    @Test
    void aTenMegabyteDescriptionIsStoredClipped() {
        String big = "word ".repeat(2 << 20);
        Path f = write(dir, "items.csv", "item_id,title,description\ni1,Big,\"" + big + "\"\ni2,Small,short\n");
        ImportReport r = importer.run(ImportRequest.of("big-text", DataKind.ITEMS, f), Progress.NONE);
        assertEquals(2, r.accepted());
        contains(String.join("\n", r.notes()), "descriptions were longer than 1000000 characters and were clipped");
        int id = ws.datasets().require("big-text").id();
        assertEquals(ItemRows.MAX_DESCRIPTION, ws.catalog().items(id).getFirst().description().length());
    }

    @Test
    void anUnclosedQuoteInAHugeFileFailsBeforeMemoryRunsOut() {
        StringBuilder sb = new StringBuilder("item_id,title\ni1,\"never closed\n");
        String line = "i2,some title that goes on\n";
        while (sb.length() < DecodingReader.MAX_ROW_CHARS + (1 << 20)) {
            sb.append(line);
        }
        ImportException e = fails(ImportRequest.of("d", DataKind.ITEMS, write(dir, "quote.csv", sb.toString())));
        assertEquals(2, e.line());
        contains(e.getMessage(), "quote.csv", "longer than 32 million characters", "quoting turned off");
    }

    @Test
    void mostlyBadFilesFailInsteadOfCommittingJunk() {
        StringBuilder sb = new StringBuilder("user_id,item_id,rating\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("u").append(i).append(",i1,").append(i % 10 == 0 ? "5" : "five").append('\n');
        }
        ImportException e = fails(ImportRequest.of("d", DataKind.INTERACTIONS, write(dir, "junk.csv", sb.toString())));
        contains(e.getMessage(), "junk.csv", "900 of the first 1000 rows were rejected, so nothing was imported",
                "line 3, column 'rating': 'five' is not a number");
    }

    @Test
    void truncatedGzipFails() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append(i % 500).append("::").append(i % 3000).append("::").append(i % 5 + 1).append("::978300760\n");
        }
        Path full = ImportFixtures.gzip(dir, "full.dat.gz", sb.toString());
        byte[] b = Files.readAllBytes(full);
        Path cut = bytes(dir, "cut.dat.gz", Arrays.copyOf(b, b.length * 2 / 3));
        ImportException e = fails(ImportRequest.of("d", DataKind.INTERACTIONS, cut));
        contains(e.getMessage(), "cut.dat.gz", "ends early", "truncated");
    }

    @Test
    void cancellingMidImportStoresNothing() {
        StringBuilder sb = new StringBuilder("user_id,item_id,rating\n");
        for (int i = 0; i < 300_000; i++) {
            sb.append(i % 5000).append(',').append(i % 700).append(',').append(i % 5 + 1).append('\n');
        }
        Path f = write(dir, "big.csv", sb.toString());
        long[] rowsWhenCancelled = {-1};
        Progress cancelAfterStart = new Progress() {
            private boolean cancelled;

            @Override public void update(String stage, long done, long total) {
                if (stage.startsWith("Importing") && done > 0 && done < total) {
                    cancelled = true;
                    rowsWhenCancelled[0] = done;
                }
            }

            @Override public boolean isCancelled() {
                return cancelled;
            }
        };
        Supplier<ImportReport> run = () -> importer.run(ImportRequest.of("d", DataKind.INTERACTIONS, f),
                cancelAfterStart);
        assertThrows(CancelledException.class, run::get);
        assertTrue(rowsWhenCancelled[0] > 0, "cancelled while rows were being imported");
        assertUnchanged(before, ws);
        assertNull(ws.datasets().find("d").orElse(null));
    }
}
