package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.eval.history.RunStore;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.UserRecord;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine;

/** {@code recstudio evaluate} on a small real workspace with the registered algorithms. */
class EvaluateCommandTest {

    @TempDir static Path dir;
    static Path workspace;

    @BeforeAll static void writeDataset() {
        workspace = dir.resolve("ws");
        try (Workspace w = Workspace.open(workspace, "test");
             DatasetWriter writer = DatasetWriter.begin(w, "small", "interactions", "generated", "seed-5")) {
            SplittableRandom rnd = new SplittableRandom(5);
            int rating = writer.eventCode("rating");
            long rows = 0;
            for (int u = 0; u < 150; u++) {
                int user = writer.putUser(new UserRecord("u" + u, "{\"gender\":\"" + (u % 2 == 0 ? "F" : "M") + "\"}"));
                int count = 5 + rnd.nextInt(20);
                for (int c = 0; c < count; c++) {
                    int item = writer.itemOrPlaceholder("i" + (int) Math.floor(60 * Math.pow(rnd.nextDouble(), 2)));
                    // two interactions per second: many users end on a tie
                    if (writer.addInteraction(user, item, rating, 1 + rnd.nextInt(5), 1_000_000L + 1000L * (c / 2),
                            null)) {
                        rows++;
                    }
                }
            }
            writer.commit(rows, 0, null, null);
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test void jsonHasMetricsWithIntervalsAndTestsPerAlgorithm() throws Exception {
        String[] r = run("--workspace", workspace.toString(), "--dataset", "small", "--protocol", "leave-last-out",
                "--k", "10,20", "--algorithms", "popularity,itemknn,ease", "--ties", "last-group",
                "--param", "ease.lambda=50", "--bootstrap", "200", "--segments", "gender", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals("leave-last-out", json.at("/protocol/name").asText());
        assertEquals("last-group", json.at("/protocol/ties").asText());
        assertEquals("full", json.at("/protocol/ranking").asText());
        assertTrue(json.at("/split/tied_share").asDouble() > 0.2, r[1]);
        for (String alg : new String[] {"popularity", "itemknn", "ease"}) {
            JsonNode m = json.at("/algorithms/" + alg);
            assertTrue(m.has("fit_seconds"), alg);
            for (String key : new String[] {"ndcg@10", "hr@10", "recall@20", "coverage@10"}) {
                JsonNode v = m.at("/metrics/" + key.replace("/", "~1"));
                assertTrue(v.get("ci_low").asDouble() <= v.get("value").asDouble()
                        && v.get("value").asDouble() <= v.get("ci_high").asDouble(), alg + " " + key + " " + v);
            }
        }
        assertTrue(json.at("/algorithms/itemknn/metrics/ndcg@10").has("p_wilcoxon_holm"));
        assertTrue(!json.at("/algorithms/popularity/metrics/ndcg@10").has("p_ttest"), "baseline: no tests");
        assertEquals("50.0", json.at("/algorithms/ease/params/lambda").asText());
        assertTrue(json.at("/algorithms/ease/segments").toString().contains("attribute:gender"));
        long runId = json.get("run_id").asLong();
        try (Workspace w = Workspace.open(workspace, "test")) {
            assertEquals("small", new RunStore(w).require(runId).dataset());
        }
        String[] again = run("--workspace", workspace.toString(), "--rerun", String.valueOf(runId), "--json");
        assertEquals("0", again[0], again[2]);
        JsonNode rerun = new ObjectMapper().readTree(again[1]);
        assertEquals(json.at("/algorithms/ease/metrics"), rerun.at("/algorithms/ease/metrics"),
                "a re-run reproduces the stored metrics");
        assertNotEquals(runId, rerun.get("run_id").asLong());
    }

    @Test void sameSeedSameMetrics() throws Exception {
        String[] args = {"--workspace", workspace.toString(), "--dataset", "small", "--algorithms",
            "popularity,itemknn", "--ties", "random", "--bootstrap", "100", "--no-save", "--json"};
        JsonNode a = new ObjectMapper().readTree(run(args)[1]);
        JsonNode b = new ObjectMapper().readTree(run(args)[1]);
        assertEquals(a.at("/algorithms/itemknn/metrics"), b.at("/algorithms/itemknn/metrics"));
        assertTrue(a.get("run_id").isNull());
    }

    @Test void tuningWithAGrid() throws Exception {
        String[] r = run("--workspace", workspace.toString(), "--dataset", "small", "--algorithms", "popularity,ease",
                "--grid", "ease.lambda=10,100,1000", "--search", "grid", "--bootstrap", "50", "--no-save", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode t = new ObjectMapper().readTree(r[1]).at("/algorithms/ease/tuning");
        assertEquals(3, t.get("trials").size());
        assertEquals("ndcg@10", t.get("objective").asText());
    }

    @Test void textTableAndClearErrors() {
        String[] r = run("--workspace", workspace.toString(), "--dataset", "small", "--algorithms", "popularity",
                "--k", "10", "--bootstrap", "50", "--no-save");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("ties item-id") && r[1].contains("ndcg@10") && r[1].contains("popularity"), r[1]);
        String[] bad = run("--workspace", workspace.toString(), "--dataset", "small", "--algorithms", "popularity",
                "--param", "als.factors=8", "--no-save");
        assertNotEquals("0", bad[0]);
        assertTrue(bad[2].contains("not in --algorithms"), bad[2]);
    }
}
