package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine;

/** {@code recstudio train} against a real temporary workspace. */
class TrainCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    /** The outcome of one command run. */
    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    /** Runs {@code command} as {@link RecStudioCommand#execute} would, capturing both streams. */
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
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * A workspace with dataset "shop": 20 items with titles, users u0..u14 with interactions over 30 days
     * (u3 buys i0, i1, i2 in that order), and a user "newbie" with no interactions.
     */
    static void createShop(Path folder) {
        try (Workspace w = Workspace.open(folder, "test");
             DatasetWriter dw = DatasetWriter.begin(w, "shop", "interactions", "test", "fp")) {
            for (int i = 0; i < 20; i++) {
                dw.putItem(new ItemRecord("i" + i, "Product " + i, "A fine product number " + i,
                        i % 2 == 0 ? "Books > Fiction" : "Music", "Brand" + (i % 3), 10.0 + i, null, true, null,
                        false));
            }
            SplittableRandom rnd = new SplittableRandom(1);
            int view = dw.eventCode("view");
            int purchase = dw.eventCode("purchase");
            long n = 0;
            for (int k = 0; k < 300; k++) {
                int u = dw.userOrNew("u" + rnd.nextInt(15));
                double r = rnd.nextDouble();
                int i = dw.itemIndex("i" + (int) (20 * r * r));
                n += dw.addInteraction(u, i, rnd.nextInt(4) == 0 ? purchase : view, Float.NaN,
                        1_700_000_000_000L + rnd.nextInt(30 * 24) * 3_600_000L, null) ? 1 : 0;
            }
            int u3 = dw.userOrNew("u3");
            for (int i = 0; i < 3; i++) {
                n += dw.addInteraction(u3, dw.itemIndex("i" + i), purchase, Float.NaN,
                        1_800_000_000_000L + i * 60_000L, null) ? 1 : 0;
            }
            dw.putUser(new UserRecord("newbie", "{\"country\":\"FR\"}"));
            dw.commit(n, 0, null, null);
        }
    }

    private Result train(String... extra) {
        List<String> args = new ArrayList<>(List.of("--workspace", dir.toString(), "--dataset", "shop"));
        args.addAll(List.of(extra));
        return run(new TrainCommand(), args.toArray(String[]::new));
    }

    @Test void trainsSavesAndReportsJson() {
        createShop(dir);
        Result r = train("--algorithm", "itemknn", "--model", "knn", "--param", "neighbours=5", "--param",
                "weighting=bm25", "--seed", "7", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("knn", j.get("model").asText());
        assertEquals("itemknn", j.get("algorithm").asText());
        assertEquals("shop", j.get("dataset").asText());
        assertEquals("5", j.get("params").get("neighbours").asText());
        assertEquals("BM25", j.get("params").get("weighting").asText());
        assertEquals(7, j.get("seed").asLong());
        assertTrue(j.get("fit_seconds").asDouble() >= 0);
        assertEquals(20, j.get("items").asInt());
        assertEquals(16, j.get("users").asInt());
        assertTrue(Files.isRegularFile(Path.of(j.get("artifact").asText())));
        assertEquals("itemknn", j.get("provenance").get("algorithm").asText());
        try (Workspace w = Workspace.open(dir, "check")) {
            assertEquals("knn", new ModelStore(w).require("knn").name());
        }
    }

    @Test void everyBuiltInAlgorithmTrainsWithText() {
        createShop(dir);
        for (String algorithm : List.of("popularity", "ease", "sequential")) {
            Result r = train("--algorithm", algorithm, "--model", algorithm + "-model");
            assertEquals(0, r.code(), algorithm + ": " + r.err());
            assertTrue(r.out().contains("Trained " + algorithm + " model '" + algorithm + "-model'"), r.out());
            assertTrue(r.out().contains("params:") && r.out().contains("saved to"), r.out());
        }
    }

    @Test void aTakenNameNeedsReplace() {
        createShop(dir);
        assertEquals(0, train("--algorithm", "pop", "--model", "m").code());
        Result again = train("--algorithm", "ease", "--model", "m");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists") && again.err().contains("--replace"), again.err());
        Result replaced = train("--algorithm", "ease", "--model", "m", "--replace", "--json");
        assertEquals(0, replaced.code(), replaced.err());
        assertEquals("ease", replaced.json().get("algorithm").asText());
    }

    @Test void userMistakesAreOneLineErrors() {
        createShop(dir);
        Result unknownAlgorithm = train("--algorithm", "svd", "--model", "m");
        assertEquals(2, unknownAlgorithm.code());
        assertTrue(unknownAlgorithm.err().contains("Unknown algorithm 'svd'")
                && unknownAlgorithm.err().contains("itemknn"), unknownAlgorithm.err());
        Result badParam = train("--algorithm", "itemknn", "--model", "m", "--param", "neighbors=5");
        assertEquals(2, badParam.code());
        assertTrue(badParam.err().contains("'neighbors'") && badParam.err().contains("neighbours"), badParam.err());
        Result badValue = train("--algorithm", "itemknn", "--model", "m", "--param", "neighbours=many");
        assertEquals(2, badValue.code());
        assertTrue(badValue.err().contains("'many'") && badValue.err().contains("int"), badValue.err());
        Result noDataset = run(new TrainCommand(), "--workspace", dir.toString(), "--dataset", "nope",
                "--algorithm", "pop", "--model", "m");
        assertEquals(2, noDataset.code());
        assertTrue(noDataset.err().contains("No dataset 'nope'"), noDataset.err());
        Result noModel = train("--algorithm", "pop");
        assertEquals(2, noModel.code());
        assertTrue(noModel.err().contains("--model"), noModel.err());
    }

    @Test void listParamsDescribesTheAlgorithm() {
        Result r = run(new TrainCommand(), "--algorithm", "sequential", "--list-params");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("method") && r.out().contains("[TRANSITIONS, SLIST]")
                && r.out().contains("historyLength"), r.out());
        Result j = run(new TrainCommand(), "--algorithm", "itemknn", "--list-params", "--json");
        assertEquals("neighbours", j.json().get("params").get(0).get("name").asText());
        assertEquals("100", j.json().get("params").get(0).get("default").asText());
    }
}
