package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recstudio command line end to end on real workspaces and files. */
class CliTest {

    @TempDir Path dir;

    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecStudioCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static Path datasets() {
        Path p = Path.of(System.getProperty("recstudio.datasets", "../../shared/datasets"));
        Assumptions.assumeTrue(Files.isDirectory(p), "shared datasets not found at " + p.toAbsolutePath()
                + ": skipping the real-data CLI test");
        return p;
    }

    @Test void importMovieLens100kPrintsTheStatedCounts() throws Exception {
        Path ml = datasets().resolve("movielens-100k");
        String ws = dir.resolve("w").toString();
        Result r = run("import", "--workspace", ws, "--dataset", "ml100k", "--interactions",
                ml.resolve("u.data").toString(), "--items", ml.resolve("u.item").toString(), "--preset",
                "movielens-100k", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(100_000, j.get("interactions").asLong());
        assertEquals(943, j.get("users").asInt());
        assertEquals(1682, j.get("items").asInt());
        assertEquals(0, j.get("rejected").asLong());

        Result again = run("import", "--workspace", ws, "--dataset", "ml100k", "--interactions",
                ml.resolve("u.data").toString(), "--items", ml.resolve("u.item").toString(), "--preset",
                "movielens-100k", "--json");
        assertEquals(0, again.code(), again.err());
        assertEquals(100_000, again.json().get("interactions").asLong(), "re-import does not duplicate");

        Result list = run("datasets", "--workspace", ws, "--json");
        assertEquals("ml100k", list.json().get("datasets").get(0).get("name").asText());

        Result stats = run("stats", "--workspace", ws, "--dataset", "ml100k", "--json");
        JsonNode s = stats.json();
        assertEquals(100_000, s.get("interactions").asLong());
        assertEquals(1.0 - 100_000.0 / (943.0 * 1682.0), s.get("sparsity").asDouble(), 1e-12);
        assertEquals("50", s.get("top_items").get(0).get("id").asText(), "Star Wars (1977) is the most rated");
        assertTrue(s.get("top_items").get(0).get("title").asText().startsWith("Star Wars"));
    }

    @Test void demoOnAFreshDefaultWorkspaceImportsTheSamplesOnce() throws Exception {
        Path ws = dir.resolve("default");
        String previous = System.getProperty("recstudio.workspace");
        System.setProperty("recstudio.workspace", ws.toString());
        try {
            Result r = run("demo");
            assertEquals(0, r.code(), r.err() + r.out());
            assertTrue(r.out().contains("First start: importing the sample catalogs"), r.out());
            assertTrue(r.out().contains("Dataset ecommerce") && r.out().contains("top items:"), r.out());
            Result second = run("demo", "--json");
            assertEquals(0, second.code(), second.err());
            JsonNode datasets = second.json().get("datasets");
            assertEquals(2, datasets.size());
            assertTrue(datasets.get(0).get("interactions").asLong() > 10_000);
            assertTrue(!second.out().contains("First start"), "samples are imported once");
        } finally {
            if (previous == null) {
                System.clearProperty("recstudio.workspace");
            } else {
                System.setProperty("recstudio.workspace", previous);
            }
        }
    }

    @Test void workspaceInUseGivesOneClearLineAndExitCode2() {
        try (var held = org.recstudio.engine.workspace.Workspace.open(dir.resolve("busy"), "the studio")) {
            Result r = run("datasets", "--workspace", dir.resolve("busy").toString());
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("recstudio: Workspace ") && r.err().contains("in use by the studio"), r.err());
        }
    }

    @Test void unknownDatasetNamesTheDatasetsThereAre() {
        Result r = run("stats", "--workspace", dir.resolve("empty").toString(), "--dataset", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("No dataset 'nope'"), r.err());
    }

    @Test void badFileIsReportedWithoutChangingTheWorkspace() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 1, 2});
        String ws = dir.resolve("w2").toString();
        Result r = run("import", "--workspace", ws, "--dataset", "d", "--interactions", bad.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("bad.csv"), r.err());
        Result list = run("datasets", "--workspace", ws, "--json");
        assertEquals(0, list.json().get("datasets").size(), "nothing half-written");
    }
}
