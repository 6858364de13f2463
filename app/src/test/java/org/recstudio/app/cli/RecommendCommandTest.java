package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.cli.TrainCommandTest.Result;

/** {@code recstudio recommend} against a real temporary workspace with trained models. */
class RecommendCommandTest {

    @TempDir Path dir;

    @BeforeEach void trainModels() {
        TrainCommandTest.createShop(dir);
        for (String[] m : new String[][] {{"itemknn", "knn"}, {"popularity", "pop"}, {"sequential", "seq"}}) {
            Result r = TrainCommandTest.run(new TrainCommand(), "--workspace", dir.toString(), "--dataset", "shop",
                    "--algorithm", m[0], "--model", m[1], "--json");
            assertEquals(0, r.code(), r.err());
        }
    }

    private Result recommend(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return TrainCommandTest.run(new RecommendCommand(), all);
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    @Test void jsonListsUnseenItemsWithTitlesScoresAndExplanations() {
        Result r = recommend("--model", "knn", "--user", "u3", "--k", "4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("knn", j.get("model").asText());
        assertEquals("u3", j.get("user").asText());
        assertFalse(j.get("fallback").asBoolean());
        JsonNode items = j.get("items");
        assertEquals(4, items.size());
        assertEquals(4, ids(items).size());
        assertFalse(ids(items).contains("i0") || ids(items).contains("i1") || ids(items).contains("i2"),
                "u3 bought i0..i2: " + items);
        for (JsonNode item : items) {
            assertTrue(item.get("title").asText().startsWith("Product "), item.toString());
            assertTrue(item.get("score").isNumber(), item.toString());
            assertTrue(item.get("explanation").asText().startsWith("Similar to"), item.toString());
        }
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode item : items) {
            assertTrue(item.get("score").asDouble() <= previous);
            previous = item.get("score").asDouble();
        }
    }

    @Test void includeSeenMayReturnHistoryItems() {
        Result r = recommend("--model", "pop", "--user", "u3", "--k", "20", "--include-seen", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(ids(r.json().get("items")).contains("i0"));
        Result unseen = recommend("--model", "pop", "--user", "u3", "--k", "20", "--json");
        assertFalse(ids(unseen.json().get("items")).contains("i0"));
    }

    @Test void aUserWithoutHistoryGetsTheFallback() {
        Result r = recommend("--model", "seq", "--user", "newbie", "--k", "3", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("fallback").asBoolean());
        assertEquals(0, r.json().get("history").asInt());
        assertEquals(3, r.json().get("items").size());
        assertEquals("i0", r.json().get("items").get(0).get("id").asText(), "the most popular item comes first");
        Result text = recommend("--model", "knn", "--user", "newbie", "--k", "3");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("no history, fallback ranking"), text.out());
    }

    @Test void sequentialRecommendsWhatFollowedTheLastItems() {
        Result r = recommend("--model", "seq", "--user", "u3", "--k", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Top 5 for user u3 from model 'seq' (sequential on dataset 'shop')"), r.out());
    }

    @Test void unknownUsersAndModelsAreClearErrors() {
        Result user = recommend("--model", "knn", "--user", "ghost");
        assertEquals(2, user.code());
        assertTrue(user.err().contains("No user 'ghost' in dataset 'shop'")
                && user.err().contains("recstudio stats"), user.err());
        Result model = recommend("--model", "nope", "--user", "u1");
        assertEquals(2, model.code());
        assertTrue(model.err().contains("No model 'nope'") && model.err().contains("knn"), model.err());
        Result k = recommend("--model", "knn", "--user", "u1", "--k", "-1");
        assertEquals(2, k.code());
        assertTrue(k.err().contains("--k must be >= 0"), k.err());
    }
}
