package org.recstudio.engine.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.ItemRecord;

class WorkspaceTest {

    @TempDir Path dir;

    @Test void createsFolderLayoutAndMigratesOnce() {
        try (Workspace ws = Workspace.open(dir.resolve("w"), "test")) {
            assertEquals(Workspace.SCHEMA_VERSION, ws.migrationsApplied());
            assertTrue(Files.isDirectory(ws.artifacts()));
            assertTrue(Files.isDirectory(ws.reports()));
            assertTrue(Files.exists(dir.resolve("w/workspace.mv.db")));
        }
        try (Workspace ws = Workspace.open(dir.resolve("w"), "test")) {
            assertEquals(0, ws.migrationsApplied(), "a current workspace is not migrated again");
        }
    }

    @Test void secondOpenInSameProcessSaysWhoHoldsIt() {
        try (Workspace ws = Workspace.open(dir, "studio")) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir, "cli"));
            assertTrue(e.getMessage().contains("in use by studio"), e.getMessage());
        }
        // released on close
        Workspace.open(dir, "cli").close();
    }

    @Test void secondProcessIsRefusedWithHolder() throws Exception {
        try (Workspace ws = Workspace.open(dir, "studio-holder")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpenWorkspaceMain.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(3, p.waitFor(), out);
            assertTrue(out.contains("in use by studio-holder"), out);
        }
    }

    @Test void newerSchemaIsRefusedAndLeftUntouched() throws Exception {
        try (Workspace ws = Workspace.open(dir, "test");
             Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)");
        }
        long size = Files.size(dir.resolve("workspace.mv.db"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir, "test"));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("upgrade RecStudio"),
                e.getMessage());
        assertTrue(Files.size(dir.resolve("workspace.mv.db")) >= size);
        // the refusal released the lock: a second try is refused for the schema again, not as "in use"
        WorkspaceException again = assertThrows(WorkspaceException.class, () -> Workspace.open(dir, "test"));
        assertTrue(again.getMessage().contains("schema version 99"), again.getMessage());
    }

    @Test void versionOneWorkspaceIsMigratedToTheLatestSchemaWithItsDataIntact() throws Exception {
        // build a workspace as the first release wrote it: only migration V1, with a dataset in it
        String url = "jdbc:h2:file:" + dir.resolve(Workspace.DB_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dataset (name) VALUES ('old')");
            s.execute("INSERT INTO item (dataset_id, idx, external_id, title) VALUES (1, 0, 'i1', 'Old item')");
            s.execute("SHUTDOWN");
        }
        try (Workspace ws = Workspace.open(dir, "test")) {
            assertEquals(Workspace.SCHEMA_VERSION - 1, ws.migrationsApplied());
            assertEquals("Old item", ws.catalog().items(ws.datasets().require("old").id()).get(0).title());
            try (Connection c = ws.connect(); Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                rs.next();
                assertEquals(Workspace.SCHEMA_VERSION, rs.getInt(1));
            }
        }
    }

    @Test void olderWorkspaceWithoutSchemaIsMigratedKeepingNothingLost() throws Exception {
        try (Workspace ws = Workspace.open(dir, "test")) {
            try (DatasetWriter w = DatasetWriter.begin(ws, "d", "items", "x", "f")) {
                w.putItem(new ItemRecord("a", "A", null, null, null, null, null, null, null, false));
                w.commit(1, 0, null, null);
            }
        }
        try (Workspace ws = Workspace.open(dir, "test")) {
            assertEquals(1, ws.datasets().require("d").items());
        }
    }
}
