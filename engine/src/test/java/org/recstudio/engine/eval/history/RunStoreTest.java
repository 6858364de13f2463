package org.recstudio.engine.eval.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.AlgorithmCatalog;
import org.recstudio.engine.eval.AlgorithmSpec;
import org.recstudio.engine.eval.EvalFixtures;
import org.recstudio.engine.eval.EvaluationRequest;
import org.recstudio.engine.eval.Evaluator;
import org.recstudio.engine.eval.Protocol;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.Workspace;

/** The run history in a real workspace. */
class RunStoreTest {

    @TempDir Path dir;

    private static RunResult run(TieRule ties, String jitter) {
        Dataset data = EvalFixtures.random(120, 40, 6, 5);
        AlgorithmCatalog catalog = AlgorithmCatalog.of(List.of(new EvalFixtures.Pop("pop"),
                new EvalFixtures.Pop("jitter")));
        return new Evaluator(catalog).run(EvaluationRequest.of(data, Protocol.leaveLastOut(ties),
                List.of(AlgorithmSpec.of("pop"), AlgorithmSpec.of("jitter", Map.of("jitter", jitter))), List.of(10), 1)
                .withBootstrap(100, 0.95), Progress.NONE);
    }

    @Test void storesListsComparesAndExports() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("ws"), "test")) {
            RunStore store = new RunStore(w);
            RunResult a = run(TieRule.ITEM_ID, "1");
            RunResult b = run(TieRule.LAST_GROUP, "2");
            long idA = store.save(a);
            long idB = store.save(b);
            List<RunSummary> list = store.list();
            assertEquals(2, list.size());
            assertEquals(List.of("pop", "jitter"), list.get(0).models());
            RunResult back = store.require(idA);
            assertTrue(back.sameResults(a), "the stored JSON reads back to the same results");
            assertEquals(a.createdAt(), back.createdAt());

            RunComparison c = store.compare(idA, idB);
            assertTrue(c.sameData());
            assertEquals(List.of("item-id", "last-group"), c.protocol().get("ties"));
            assertEquals(List.of("1.0", "2.0"), c.params().get("jitter").get("jitter"));
            RunComparison.MetricDiff ndcg = c.metrics().stream()
                    .filter(m -> m.model().equals("pop") && m.metric().equals("ndcg@10")).findFirst().orElseThrow();
            assertEquals(b.algorithm("pop").metric("ndcg@10").value() - a.algorithm("pop").metric("ndcg@10").value(),
                    ndcg.delta(), 1e-12);

            Path csv = dir.resolve("out/run.csv");
            store.exportCsv(idA, csv);
            List<String> lines = Files.readAllLines(csv);
            assertTrue(lines.get(0).startsWith("run,dataset,protocol,ties,model,algorithm,metric,value,ci_low"));
            assertEquals(1 + 2 * a.algorithm("pop").metrics().size(), lines.size());
            assertTrue(lines.stream().anyMatch(l -> l.contains(",jitter,jitter,ndcg@10,")));
            Path json = dir.resolve("out/run.json");
            store.exportJson(idA, json);
            assertTrue(RunJson.read(Files.readString(json)).sameResults(a));
            assertTrue(Files.readString(json).contains("\"dataset_fingerprint\""));

            RunResult rerun = new Evaluator(AlgorithmCatalog.of(List.of(new EvalFixtures.Pop("pop"),
                    new EvalFixtures.Pop("jitter")))).run(Reruns.request(back, EvalFixtures.random(120, 40, 6, 5), false),
                    Progress.NONE);
            assertTrue(rerun.sameResults(a), "re-running a stored run reproduces it");
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Reruns.request(back, EvalFixtures.random(120, 40, 6, 6), false), "other data is refused");

            assertTrue(store.delete(idA));
            assertEquals(1, store.list().size());
            StoreException missing = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> store.require(idA));
            assertTrue(missing.getMessage().contains(String.valueOf(idB)), missing.getMessage());
        }
    }
}
