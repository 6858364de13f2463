package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/** Files and workspace snapshots shared by the importer tests. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset cs) {
        return bytes(dir, name, text.getBytes(cs));
    }

    static Path bytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path gzip(Path dir, String name, String text) {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Everything an import could change: datasets with counts and versions, the import log, the reports. */
    record Snapshot(List<DatasetInfo> datasets, long importLogRows, long eventTypes, List<String> reports) {
    }

    static Snapshot snapshot(Workspace ws) {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            long log = count(s, "SELECT COUNT(*) FROM import_log");
            long events = count(s, "SELECT COUNT(*) FROM event_type");
            List<String> reports;
            try (Stream<Path> files = Files.list(ws.reports())) {
                reports = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            return new Snapshot(ws.datasets().list(), log, events, reports);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void assertUnchanged(Snapshot before, Workspace ws) {
        assertEquals(before, snapshot(ws), "a failed import must leave the workspace exactly as it was");
    }

    /** A small committed dataset "base" so failed imports have something to leave untouched. */
    static void seed(Workspace ws, Path dir) {
        Path f = write(dir, "seed.csv", "user_id,item_id,rating,timestamp\nu1,i1,5,1600000000\nu2,i1,3,1600000100\n");
        new Importer(ws).run(ImportRequest.of("base", DataKind.INTERACTIONS, f), Progress.NONE);
    }
}
