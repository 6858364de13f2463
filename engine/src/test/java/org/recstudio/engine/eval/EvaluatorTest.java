package org.recstudio.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.progress.CancellationToken;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/** Full evaluation runs with a tiny popularity algorithm. */
class EvaluatorTest {

    private static final Dataset DATA = withAttributes(EvalFixtures.random(300, 80, 8, 11));
    private static final AlgorithmCatalog CATALOG = AlgorithmCatalog.of(List.of(new EvalFixtures.Pop("pop"),
            new EvalFixtures.Pop("jitter")));

    private static Dataset withAttributes(Dataset d) {
        List<UserRecord> users = new ArrayList<>();
        for (int u = 0; u < d.userCount(); u++) {
            users.add(new UserRecord(d.users().id(u), "{\"gender\":\"" + (u % 3 == 0 ? "F" : "M") + "\",\"age\":"
                    + (15 + u % 50) + "}"));
        }
        List<ItemRecord> items = new ArrayList<>();
        for (int i = 0; i < d.itemCount(); i++) {
            items.add(ItemRecord.placeholder(d.items().id(i)));
        }
        return d.withMetadata(items, users);
    }

    private static EvaluationRequest request(TieRule ties) {
        return EvaluationRequest.of(DATA, Protocol.leaveLastOut(ties),
                List.of(AlgorithmSpec.of("pop"), AlgorithmSpec.of("jitter", Map.of("jitter", "3"))), List.of(5, 10), 42)
                .withBootstrap(200, 0.95)
                .withSegments(SegmentSpec.defaults().withAttributes(List.of("gender", "age")));
    }

    @Test void sameRequestTwiceGivesIdenticalResults() {
        RunResult a = new Evaluator(CATALOG).run(request(TieRule.RANDOM), Progress.NONE);
        RunResult b = new Evaluator(CATALOG).run(request(TieRule.RANDOM).withThreads(1), Progress.NONE);
        assertTrue(a.sameResults(b), "same seed, any thread count: same metrics");
        assertEquals(a.algorithm("jitter").metrics(), b.algorithm("jitter").metrics());
    }

    @Test void resultsCarryMetricsIntervalsTestsAndProvenance() {
        RunResult r = new Evaluator(CATALOG).run(request(TieRule.ITEM_ID), Progress.NONE);
        assertEquals("leave-last-out", r.protocol().get("name"));
        assertEquals("item-id", r.protocol().get("ties"));
        assertEquals(false, r.protocol().get("sampled"));
        assertEquals(DATA.fingerprint(), r.datasetFingerprint());
        assertEquals("co-occurrence", r.diversityBasis(), "placeholder items have no content");
        AlgorithmResult pop = r.algorithm("pop");
        for (String key : List.of("precision@5", "recall@10", "ndcg@10", "hr@10", "map@10", "mrr@10", "coverage@10",
                "gini@10", "novelty@10", "ild@10", "serendipity@10", "arp@10", "aplt@10")) {
            MetricValue v = pop.metric(key);
            assertTrue(v.ciLow() <= v.value() + 1e-12 && v.value() <= v.ciHigh() + 1e-12, key + " " + v);
        }
        assertEquals(0.0, pop.metric("serendipity@10").value(), 1e-12, "popularity is never serendipitous");
        assertNull(pop.metric("ndcg@10").pTTest(), "the baseline is not tested against itself");
        MetricValue j = r.algorithm("jitter").metric("ndcg@10");
        assertNotNull(j.pTTest());
        assertNotNull(j.pWilcoxonHolm());
        assertEquals("3.0", r.algorithm("jitter").params().get("jitter"));
        assertTrue(r.split().tiedShare() > 0, "the fixture has same-time interactions");
        List<String> segments = pop.segments().stream().map(s -> s.segment() + "/" + s.group()).toList();
        assertTrue(segments.contains("activity/heavy") && segments.contains("attribute:gender/F")
                && segments.contains("attribute:age/20-29") && segments.contains("items/warm"), segments.toString());
        int genderUsers = pop.segments().stream().filter(s -> s.segment().equals("attribute:gender"))
                .mapToInt(SegmentResult::users).sum();
        assertEquals(r.split().evaluatedUsers(), genderUsers);
    }

    @Test void hitRateEqualsRecallWithOneHeldOutItem() {
        RunResult r = new Evaluator(CATALOG).run(request(TieRule.ITEM_ID), Progress.NONE);
        assertEquals(r.algorithm("pop").metric("hr@10").value(), r.algorithm("pop").metric("recall@10").value(), 1e-12);
    }

    @Test void sampledMetricsAreLabelled() {
        EvaluationRequest req = request(TieRule.ITEM_ID);
        Protocol sampled = new Protocol(List.of(), req.protocol().splitter(), Double.NaN, 20);
        RunResult r = new Evaluator(CATALOG).run(new EvaluationRequest(DATA, sampled, req.algorithms(), req.ks(),
                null, req.tuning(), req.segments(), 100, 0.95, 1, 2), Progress.NONE);
        assertEquals(true, r.protocol().get("sampled"));
        assertEquals(20, r.protocol().get("sampled_negatives"));
        RunResult full = new Evaluator(CATALOG).run(req, Progress.NONE);
        assertTrue(r.algorithm("pop").metric("hr@10").value() > full.algorithm("pop").metric("hr@10").value(),
                "ranking among 20 negatives is easier than among all items");
    }

    @Test void tuningPicksTheBestValidationParamsAndReportsTrials() {
        AlgorithmSpec spec = AlgorithmSpec.of("jitter").withGrid(Map.of("jitter", List.of("0", "0.5", "50")));
        EvaluationRequest req = EvaluationRequest.of(DATA, Protocol.leaveLastOut(TieRule.ITEM_ID), List.of(spec),
                List.of(10), 3).withBootstrap(50, 0.9).withTuning(TuningSpec.grid("ndcg@10"));
        RunResult r = new Evaluator(CATALOG).run(req, Progress.NONE);
        TuningResult t = r.algorithm("jitter").tuning();
        assertEquals(3, t.trials().size());
        double best = t.trials().stream().mapToDouble(TuningResult.Trial::value).max().orElseThrow();
        assertEquals(best, t.bestValue(), 1e-12);
        assertEquals(Double.parseDouble(t.best().get("jitter")),
                Double.parseDouble(r.algorithm("jitter").params().get("jitter")),
                "the chosen params were fitted for the test evaluation");
        RunResult random = new Evaluator(CATALOG).run(req.withTuning(TuningSpec.random(2, "ndcg@10")), Progress.NONE);
        assertEquals(2, random.algorithm("jitter").tuning().trials().size());
    }

    @Test void randomSearchDrawsDistinctCombinations() {
        var combos = Tuner.combinations(Map.of("a", List.of("1", "2", "3"), "b", List.of("x", "y")),
                TuningSpec.random(4, "ndcg@10"), 9);
        assertEquals(4, combos.size());
        assertEquals(4, new java.util.HashSet<>(combos).size());
        assertEquals(6, Tuner.combinations(Map.of("a", List.of("1", "2", "3"), "b", List.of("x", "y")),
                TuningSpec.grid("ndcg@10"), 9).size());
    }

    @Test void cancelStopsTheRun() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancelledException.class, () -> new Evaluator(CATALOG).run(request(TieRule.ITEM_ID), token));
    }

    @Test void badRequestsAreRejectedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Evaluator(CATALOG).run(EvaluationRequest.of(DATA, Protocol.leaveLastOut(TieRule.ITEM_ID),
                        List.of(AlgorithmSpec.of("nope")), List.of(10), 1), Progress.NONE));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("pop"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvaluationRequest.of(DATA,
                Protocol.leaveLastOut(TieRule.ITEM_ID), List.of(AlgorithmSpec.of("pop")), List.of(0), 1));
    }
}
