package org.recstudio.bandit.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.progress.Progress;

/** The Open Bandit Dataset sample in the shared datasets folder (skipped when it is not there). */
class ObdLogsTest {

    static Path obd;

    @BeforeAll static void locate() {
        String root = System.getProperty("recstudio.datasets", "/work/shared/datasets");
        obd = Path.of(root, "open-bandit");
        Assumptions.assumeTrue(Files.isDirectory(obd.resolve("bts/men")), "Open Bandit Dataset not found under "
                + obd + " (set -Drecstudio.datasets to the shared datasets folder); skipping");
    }

    @Test void readsTheBernoulliTsLogOfTheMenCampaign() {
        BanditLog log = ObdLogs.read(obd.resolve("bts/men/men.csv"), obd.resolve("bts/men/item_context.csv"));
        assertEquals(10_000, log.size());
        assertEquals(34, log.actionCount());
        assertEquals(List.of(1, 2, 3), log.positions());
        assertEquals(69, Math.round(log.meanReward() * log.size()));
        assertEquals(4 + 34, log.context().size(), "user features and affinities; the index column is dropped");
        assertTrue(log.itemContext().dimension() > 1);
        assertTrue(log.time(0) > 1_574_000_000_000L);
    }

    @Test void theUniformPolicysWeightsAverageAboutOne() {
        // (on the women log one row has propensity 1e-6, weight 21,739, and the mean is 3.1: see ope.md)
        BanditLog log = ObdLogs.read(obd.resolve("bts/men/men.csv"), null);
        OpeData d = OpeData.of(log, TargetPolicy.uniform(), null, Progress.NONE);
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            s += d.weight(i);
        }
        assertEquals(0.943, s / d.size(), 0.001, "mean importance weight of the uniform policy on the BTS log");
    }

    @Test void anotherCampaignsItemContextIsRejected() {
        LogFormatException e = assertThrows(LogFormatException.class, () -> ObdLogs.read(
                obd.resolve("bts/men/men.csv"), obd.resolve("bts/women/item_context.csv")));
        assertTrue(e.getMessage().contains("mismatched item context") && e.getMessage().contains("46 actions")
                && e.getMessage().contains("34 actions"), e.getMessage());
    }

    @Test void aGenericCsvIsNotTakenForAnObdLog(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.csv");
        Files.writeString(f, "action,reward,propensity\n1,0,0.5\n");
        LogFormatException e = assertThrows(LogFormatException.class, () -> ObdLogs.read(f, null));
        assertTrue(e.getMessage().contains("not an Open Bandit Dataset log"), e.getMessage());
    }
}
