package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.workspace.Workspace;

/** {@code recstudio runs}: list, compare and export stored evaluation runs. */
class RunsCommandTest {

    @TempDir Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecStudioCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test void listsComparesAndExportsTwoRuns() throws Exception {
        Path ws = dir.resolve("ws");
        try (Workspace w = Workspace.open(ws, "test");
             DatasetWriter writer = DatasetWriter.begin(w, "small", "interactions", "generated", "seed-9")) {
            SplittableRandom rnd = new SplittableRandom(9);
            int view = writer.eventCode("view");
            long rows = 0;
            for (int u = 0; u < 80; u++) {
                int user = writer.userOrNew("u" + u);
                for (int c = 0; c < 6 + rnd.nextInt(10); c++) {
                    int item = writer.itemOrPlaceholder("i" + (int) (40 * Math.pow(rnd.nextDouble(), 2)));
                    rows += writer.addInteraction(user, item, view, Float.NaN, 1000L * (u * 100 + c), null) ? 1 : 0;
                }
            }
            writer.commit(rows, 0, null, null);
        }
        String w = ws.toString();
        for (String lambda : new String[] {"10", "500"}) {
            String[] r = run("evaluate", "--workspace", w, "--dataset", "small", "--algorithms", "popularity,ease",
                    "--param", "ease.lambda=" + lambda, "--k", "10", "--bootstrap", "50", "--json");
            assertEquals("0", r[0], r[2]);
        }
        String[] list = run("runs", "--workspace", w, "--json");
        assertEquals("0", list[0], list[2]);
        JsonNode runs = new ObjectMapper().readTree(list[1]).get("runs");
        assertEquals(2, runs.size());
        long a = runs.get(0).get("id").asLong();
        long b = runs.get(1).get("id").asLong();

        String[] cmp = run("runs", "--workspace", w, "--compare", String.valueOf(Math.min(a, b)),
                String.valueOf(Math.max(a, b)));
        assertEquals("0", cmp[0], cmp[2]);
        assertTrue(cmp[1].contains("lambda") && cmp[1].contains("ndcg@10"), cmp[1]);

        Path csv = dir.resolve("run.csv");
        String[] exp = run("runs", "--workspace", w, "--export", String.valueOf(a), "--to", csv.toString());
        assertEquals("0", exp[0], exp[2]);
        String text = Files.readString(csv);
        assertTrue(text.contains("ndcg@10") && text.contains("ease"), text);

        String[] missing = run("runs", "--workspace", w, "--export", "999", "--to", csv.toString());
        assertEquals("2", missing[0]);
        assertTrue(missing[2].contains("999"), missing[2]);
    }
}
