package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.workspace.Workspace;

/** Our own sample catalogs import through the header guess alone (preset "recstudio-sample"), without rejects. */
class ImportSampleCatalogsTest {

    @TempDir Path dir;

    static Path catalogs() {
        String root = System.getProperty("recstudio.projectRoot", "..");
        return Path.of(root, "sample-catalogs", "data").toAbsolutePath().normalize();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "streaming"})
    void sampleCatalogImportsByHeaderGuess(String name) throws IOException {
        Path folder = catalogs().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("items.csv")),
                "sample catalog not found at " + folder + ": skipping");
        try (Workspace ws = Workspace.open(dir.resolve("ws"), "test")) {
            List<ImportReport> reports = new Importer(ws).runPreset("recstudio-sample", name, Map.of(
                    "items", folder.resolve("items.csv"), "users", folder.resolve("users.csv"),
                    "interactions", folder.resolve("interactions.csv.gz")), UnknownItemPolicy.REJECT, Progress.NONE);
            for (ImportReport r : reports) {
                assertEquals(0, r.rejected(), () -> r.summary() + " " + r.sampleRejected());
            }
            assertEquals(lines(folder.resolve("items.csv")) - 1, reports.get(0).accepted());
            assertEquals(lines(folder.resolve("users.csv")) - 1, reports.get(1).accepted());
            ImportReport events = reports.get(2);
            assertEquals(gzipLines(folder.resolve("interactions.csv.gz")) - 1, events.rowsRead());
            assertEquals(0, events.placeholderItems());
            ItemRecord first = ws.catalog().items(ws.datasets().require(name).id()).getFirst();
            assertTrue(first.title() != null && first.category() != null && first.category().contains(" > ")
                    && first.brand() != null && first.createdAt() != null && first.inStock() != null, first::toString);
            assertTrue(ws.datasets().eventTypes(ws.datasets().require(name).id()).size() >= 2);
        }
    }

    private static long lines(Path p) throws IOException {
        try (var s = Files.lines(p)) {
            return s.count();
        }
    }

    private static long gzipLines(Path p) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            return r.lines().count();
        }
    }
}
