package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine;

/** {@code recstudio simulate} on a real temporary workspace. */
class SimulateCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("recstudio: " + ErrorMessages.describe(ex));
            commandLine.getErr().flush();
            return ErrorMessages.exitCode(ex);
        });
        return new Result(cli.execute(args), out.toString(), err.toString());
    }

    /** Dataset "shop": 40 items in two categories, 60 users with two tastes, 1,500 interactions. */
    @BeforeEach void createShop() {
        try (Workspace w = Workspace.open(dir, "test");
             DatasetWriter dw = DatasetWriter.begin(w, "shop", "interactions", "test", "fp")) {
            for (int i = 0; i < 40; i++) {
                dw.putItem(new ItemRecord("i" + i, "Product " + i, null, i % 2 == 0 ? "Books" : "Music", null,
                        5.0 + i, 1_690_000_000_000L + i * 86_400_000L, true, null, false));
            }
            SplittableRandom rnd = new SplittableRandom(1);
            int view = dw.eventCode("view");
            for (int k = 0; k < 1500; k++) {
                int u = rnd.nextInt(60);
                double r = rnd.nextDouble();
                int item = 2 * (int) (20 * r * r) + (rnd.nextInt(4) == 0 ? 1 - u % 2 : u % 2);
                dw.addInteraction(dw.userOrNew("u" + u), dw.itemIndex("i" + item), view, Float.NaN,
                        1_700_000_000_000L + k * 60_000L, null);
            }
            dw.commit(1500, 0, null, "{}");
        }
    }

    String[] args(String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("--workspace", dir.toString(), "--dataset", "shop",
                "--rounds", "2000", "--new-items", "5", "--seed", "7", "--seeds", "2", "--users", "50",
                "--max-items", "30"));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    @Test void jsonHasRegretCtrAndNewItemExposureSeriesPerPolicy() {
        Result r = run(new SimulateCommand(), args("--policies", "random,egreedy,ts,linucb", "--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode p = r.json().get("policies");
        assertEquals(List.of("random", "egreedy", "ts", "linucb"), iterable(p.fieldNames()));
        for (JsonNode policy : p) {
            for (String metric : List.of("regret", "ctr", "new_item_exposure")) {
                JsonNode series = policy.get(metric).get("series");
                assertEquals(50, series.size(), metric);
                JsonNode last = series.get(49);
                assertEquals(2000, last.get("round").asLong());
                assertTrue(last.get("low").asDouble() <= last.get("mean").asDouble()
                        && last.get("mean").asDouble() <= last.get("high").asDouble(), metric);
            }
            double prev = 0;
            for (JsonNode pt : policy.get("regret").get("series")) {
                assertTrue(pt.get("mean").asDouble() >= prev - 1e-9, "cumulative regret never decreases");
                prev = pt.get("mean").asDouble();
            }
        }
        assertTrue(p.get("ts").get("regret").get("final").get("mean").asDouble()
                < p.get("random").get("regret").get("final").get("mean").asDouble(), "TS beats random");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test void sameSeedSameOutput() {
        JsonNode a = run(new SimulateCommand(), args("--policies", "egreedy:epsilon=0.2,decay=1,lints", "--json"))
                .json();
        JsonNode b = run(new SimulateCommand(), args("--policies", "egreedy:epsilon=0.2,decay=1,lints", "--json"))
                .json();
        ((ObjectNode) a).remove("seconds");
        ((ObjectNode) b).remove("seconds");
        assertEquals(a, b);
        assertEquals(List.of("egreedy", "lints"), iterable(a.get("policies").fieldNames()));
    }

    @Test void theLabListsEveryStrategyAndSavesPolicies() throws Exception {
        Result r = run(new SimulateCommand(), args("--lab", "--slate-size", "3", "--save-policies"));
        assertEquals(0, r.code(), r.err());
        for (String s : List.of("popularity", "content", "als", "egreedy", "ts", "hybrid-linucb")) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
        assertTrue(r.out().contains("skipped: no ALS model given"), r.out());
        assertTrue(Files.exists(dir.resolve("artifacts/bandits/shop-ts.json")), r.out());
    }

    @Test void theLabRunsAlsFoldInWithASavedAlsModel() throws Exception {
        try (Workspace w = Workspace.open(dir, "test")) {
            var data = new org.recstudio.engine.data.DatasetLoader(w).load("shop",
                    org.recstudio.engine.progress.Progress.NONE);
            var als = new org.recstudio.engine.model.als.AlsAlgorithm().fit(data,
                    org.recstudio.engine.model.als.AlsParams.defaults().withIterations(3), 7,
                    org.recstudio.engine.progress.Progress.NONE);
            new org.recstudio.engine.model.ModelStore(w).save("shop-als", als);
            var pop = new org.recstudio.engine.model.pop.PopularityAlgorithm();
            new org.recstudio.engine.model.ModelStore(w).save("shop-pop", pop.fit(data, pop.defaults(), 7,
                    org.recstudio.engine.progress.Progress.NONE));
        }
        Result r = run(new SimulateCommand(), args("--lab", "--als-model", "shop-als", "--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode fold = r.json().get("policies").get("als");
        assertTrue(fold != null && fold.has("regret"), r.out());
        assertTrue(fold.get("regret").get("final").get("mean").asDouble() > 0, r.out());

        Result wrong = run(new SimulateCommand(), args("--lab", "--als-model", "shop-pop"));
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("needs an ALS model"), wrong.err());
    }

    @Test void mistakesAreOneLineErrors() {
        Result r = run(new SimulateCommand(), args("--policies", "ts,bogus"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown policy 'bogus'"), r.err());
        r = run(new SimulateCommand(), "--workspace", dir.toString(), "--dataset", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("No dataset 'nope'"), r.err());
        r = run(new SimulateCommand(), "--workspace", dir.toString(), "--dataset", "shop", "--max-items", "30",
                "--users", "20", "--new-items", "30");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--new-items 30"), r.err());
    }
}
