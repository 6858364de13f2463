package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.workspace.Workspace;

/** A process killed in the middle of an import leaves the workspace exactly as it was before the import. */
class ImportKillTest {

    private static final int ROWS = 3_000_000;

    @TempDir Path dir;

    /** Kills the child once 5% of the file is in (several 65,536-row chunks written into its open transaction). */
    @Test
    void killedImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path wsDir = dir.resolve("ws");
        ImportFixtures.Snapshot before;
        try (Workspace ws = Workspace.open(wsDir, "test")) {
            ImportFixtures.seed(ws, dir);
            before = ImportFixtures.snapshot(ws);
        }
        Path big = bigFile();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ImportChildMain.class.getName(),
                wsDir.toString(), big.toString(), "big").redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (String line = out.readLine(); ; line = out.readLine()) {
                if (line == null || line.startsWith("DONE") || System.nanoTime() > deadline) {
                    child.destroyForcibly();
                    fail("the child ended or stalled before it could be killed mid-import: " + output);
                }
                output.add(line);
                String[] p = line.split(" ");
                if (p[0].equals("PROGRESS") && Long.parseLong(p[1]) * 20 >= Long.parseLong(p[2])) {
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child must exit");
        }
        try (Workspace ws = Workspace.open(wsDir, "test")) {
            ImportFixtures.assertUnchanged(before, ws);
            assertTrue(ws.datasets().find("big").isEmpty());
            assertEquals(2, ws.datasets().require("base").interactions());
        }
    }

    private Path bigFile() throws IOException {
        Path f = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) {
            w.write("user_id,item_id,rating\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(Integer.toString(i / 1000));
                w.write(',');
                w.write(Integer.toString(i % 1000));
                w.write(',');
                w.write('1' + i % 5);
                w.write('\n');
            }
        }
        return f;
    }
}
