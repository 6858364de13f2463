package org.recstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recstudio ope} on a small generic log and on the real Open Bandit Dataset files. */
class OpeCommandTest {

    @TempDir Path dir;

    static SimulateCommandTest.Result run(String... args) {
        return SimulateCommandTest.run(new OpeCommand(), args);
    }

    Path genericLog() throws Exception {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, """
                action,reward,propensity,position
                0,1,0.5,1
                1,0,0.25,1
                2,1,0.25,1
                0,0,0.4,1
                """);
        return f;
    }

    @Test void genericLogUniformTargetJson() throws Exception {
        SimulateCommandTest.Result r = run("--log", genericLog().toString(), "--target", "uniform", "--estimators",
                "ips,snips,dm,dr", "--bootstrap", "100", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode e = r.json().get("estimators");
        // w = (1/3)/μ: 2/3, 4/3, 4/3, 5/6 → IPS = (2/3 + 4/3) / 4
        assertEquals(0.5, e.get("ips").get("value").asDouble(), 1e-12);
        for (JsonNode x : e) {
            assertTrue(x.get("ci_low").asDouble() <= x.get("value").asDouble() + 1e-12);
            assertTrue(x.get("value").asDouble() <= x.get("ci_high").asDouble() + 1e-12);
        }
        assertEquals("generic", r.json().get("format").asText());
        assertEquals(3, r.json().get("actions").asInt());
    }

    @Test void policySpecTargetsLearnOnTheFirstPartAndReportIt() throws Exception {
        SimulateCommandTest.Result r = run("--log", genericLog().toString(), "--target", "egreedy:epsilon=0.5",
                "--bootstrap", "50", "--train-fraction", "0.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("learned from the first 2 rows"), r.out());
        assertTrue(r.out().contains("replay") && r.out().contains("snips"), r.out());
    }

    @Test void storedSnapshotsAndSingleItemsAreTargets() throws Exception {
        org.recstudio.bandit.policy.Policy p = org.recstudio.bandit.policy.Policies.create("greedy", 3);
        p.update(org.recstudio.bandit.policy.Feedback.of(2, 1));
        Path snap = new org.recstudio.bandit.policy.PolicyStore(dir.resolve("bandits")).save("g", p.snapshot());
        SimulateCommandTest.Result r = run("--log", genericLog().toString(), "--target", "snapshot:" + snap,
                "--estimators", "ips", "--bootstrap", "20", "--json");
        assertEquals(0, r.code(), r.err());
        // the greedy snapshot always plays action 2: IPS = (1 / 0.25) · 1 / 4 rows
        assertEquals(1.0, r.json().get("estimators").get("ips").get("value").asDouble(), 1e-12);
        r = run("--log", genericLog().toString(), "--target", "item:2", "--estimators", "ips", "--bootstrap", "20",
                "--json");
        assertEquals(1.0, r.json().get("estimators").get("ips").get("value").asDouble(), 1e-12);
        r = run("--log", genericLog().toString(), "--target", "item:9");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("target item '9' is not in 3 actions"), r.err());
    }

    @Test void aLogWithoutPropensitiesIsAClearError() throws Exception {
        Path f = dir.resolve("nop.csv");
        Files.writeString(f, "action,reward\n1,0\n");
        SimulateCommandTest.Result r = run("--log", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nop.csv: line 1: no 'propensity' column"), r.err());
        Files.writeString(f, "action,reward,propensity\n1,0,0\n");
        r = run("--log", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 2, column 'propensity': propensity 0 must be > 0"), r.err());
    }

    @Test void openBanditDatasetUniformPolicyFromTheThompsonLog() {
        Path obd = Path.of(System.getProperty("recstudio.datasets", "/work/shared/datasets"), "open-bandit");
        Assumptions.assumeTrue(Files.isDirectory(obd.resolve("bts/men")), "Open Bandit Dataset not found under "
                + obd + " (system property recstudio.datasets); skipping");
        SimulateCommandTest.Result r = run("--log", obd.resolve("bts/men/men.csv").toString(), "--item-context",
                obd.resolve("bts/men/item_context.csv").toString(), "--target", "uniform", "--estimators",
                "replay,ips,snips,dm,dr", "--bootstrap", "200", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("obd", j.get("format").asText());
        assertEquals(10_000, j.get("rows").asInt());
        assertEquals(34, j.get("actions").asInt());
        for (JsonNode x : j.get("estimators")) {
            double v = x.get("value").asDouble();
            assertTrue(v > 0 && v < 0.02, "estimate " + v);
            assertTrue(x.get("ci_low").asDouble() <= v && v <= x.get("ci_high").asDouble());
        }
        // the same campaign's log with the other campaign's item context is refused
        r = run("--log", obd.resolve("bts/men/men.csv").toString(), "--item-context",
                obd.resolve("random/women/item_context.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("mismatched item context"), r.err());
    }
}
