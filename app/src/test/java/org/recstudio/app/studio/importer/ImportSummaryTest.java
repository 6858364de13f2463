package org.recstudio.app.studio.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.ImportReport;
import org.recstudio.engine.importer.RejectedRow;

/** Summing the reports of a multi-file import and saving their rejected rows as one CSV. */
class ImportSummaryTest {

    @TempDir Path dir;

    private ImportReport report(String file, long read, long rejected, Path csv, int interactions, boolean already) {
        List<RejectedRow> sample = rejected == 0 ? List.of()
                : List.of(new RejectedRow(dir.resolve(file), 2, "price", "'x' is not a price", "p1,x"));
        return new ImportReport("shop", DataKind.ITEMS, dir.resolve(file), read, read - rejected, rejected, 0, 1,
                already, sample, csv, 10, 20, interactions, Duration.ofMillis(600), List.of("a note"));
    }

    @Test void sumsCountsAndKeepsTheLastTotals() throws IOException {
        Path a = dir.resolve("a-report.csv");
        Files.write(a, List.of("file,line,column,reason,content", "items.csv,2,price,bad,\"p1,x\""));
        Path b = dir.resolve("b-report.csv");
        Files.write(b, List.of("file,line,column,reason,content", "more.csv,7,,ragged,p9"));
        ImportSummary s = ImportSummary.of(List.of(report("items.csv", 100, 1, a, 0, false),
                report("more.csv", 50, 1, b, 300, false)));
        assertEquals(150, s.rowsRead());
        assertEquals(148, s.accepted());
        assertEquals(2, s.rejected());
        assertEquals(2, s.placeholders());
        assertEquals(300, s.interactions());
        assertEquals("shop now has 10 users \u00b7 20 items \u00b7 300 interactions", s.totals());
        assertEquals("Imported 2 files into shop in 1.2 s.", s.headline());
        assertEquals(List.of("items.csv: a note", "more.csv: a note"), s.notes());
        assertFalse(s.nothingChanged());

        Path out = dir.resolve("all.csv");
        s.saveRejected(out);
        assertEquals(List.of("file,line,column,reason,content", "items.csv,2,price,bad,\"p1,x\"",
                        "more.csv,7,,ragged,p9"),
                Files.readAllLines(out), "one header, then every rejected row");
    }

    @Test void aRepeatedImportSaysNothingChangedAndHasNoReport() {
        ImportSummary s = ImportSummary.of(List.of(report("items.csv", 0, 0, null, 5, true)));
        assertTrue(s.nothingChanged());
        assertTrue(s.headline().contains("had already been imported"));
        assertThrows(IOException.class, () -> s.saveRejected(dir.resolve("x.csv")));
        assertThrows(IllegalArgumentException.class, () -> ImportSummary.of(List.of()));
    }
}
