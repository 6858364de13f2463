package org.recstudio.app.studio.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.bandit.ope.BanditLog;
import org.recstudio.bandit.ope.Estimators;
import org.recstudio.bandit.ope.ObdLogs;
import org.recstudio.bandit.ope.OffPolicyEvaluator;
import org.recstudio.bandit.ope.OpeEstimate;
import org.recstudio.bandit.ope.TargetPolicies;
import org.recstudio.engine.progress.Progress;

/** The Off-policy screen's view model, without the FX toolkit: tasks run synchronously. */
class OpeViewModelTest {

    @TempDir Path dir;
    private final OpeViewModel vm = new OpeViewModel(new TaskRunner(Runnable::run, Runnable::run));

    /** The Open Bandit Dataset's Men campaign logged by Bernoulli Thompson sampling, or a skipped test. */
    static Path obdMen() {
        String root = System.getProperty("recstudio.datasets");
        Path log = root == null ? null : Path.of(root, "open-bandit", "bts", "men", "men.csv");
        Assumptions.assumeTrue(log != null && Files.isRegularFile(log), "the Open Bandit Dataset sample is not at "
                + log + " (system property recstudio.datasets = " + root + "); skipping the real-log test");
        return log;
    }

    @Test void onTheObdMenLogsTheValuesEqualThoseOfTheEvaluator() {
        Path log = obdMen();
        Path context = log.resolveSibling("item_context.csv");
        vm.formatProperty().set("generic");
        vm.logPathProperty().set(log.toString());
        assertEquals("obd", vm.formatProperty().get(), "detected from the header");
        vm.itemContextPathProperty().set(context.toString());
        vm.bootstrapProperty().set("100");
        vm.seedProperty().set("11");
        for (String target : List.of("uniform", "ts")) {
            vm.targetProperty().set(target);
            assertEquals("", vm.formErrorProperty().get());
            vm.run();
            assertEquals("", vm.errorProperty().get());
            OpeViewModel.Evaluation shown = vm.resultProperty().get();

            BanditLog data = ObdLogs.read(log, context);
            TargetPolicies.Target t = TargetPolicies.resolve(target, data, 0.5, 11);
            List<OpeEstimate> direct = OffPolicyEvaluator.evaluate(t.rows(), t.policy(),
                    Estimators.parse("ips,snips,dm,dr"), OffPolicyEvaluator.Options.defaults()
                            .withRewardModel("tabular").withBootstrap(100, 11), Progress.NONE);
            assertEquals(direct, shown.estimates(), target);
            assertEquals(t.rows().meanReward(), shown.loggedValue(), target);
            assertEquals(t.description(), shown.target());
            assertEquals(10_000, shown.rows());
            assertEquals(34, shown.actions());
            assertEquals(4, vm.rows().size());
            EstimateRow ips = vm.rows().getFirst();
            assertEquals("ips", ips.estimator());
            assertEquals(direct.getFirst().value() / t.rows().meanReward(), ips.relative(), 1e-12);
        }
    }

    @Test void aBadLogShowsTheReadersMessageWithFileAndLine() throws IOException {
        Path bad = dir.resolve("zero-propensity.csv");
        Files.writeString(bad, "action,reward,propensity\n0,1,0\n1,0,0\n2,0,0\n");
        vm.logPathProperty().set(bad.toString());
        assertEquals("generic", vm.formatProperty().get());
        vm.run();
        String error = vm.errorProperty().get();
        assertTrue(error.startsWith("Cannot evaluate on zero-propensity.csv: zero-propensity.csv"), error);
        assertTrue(error.contains("line 2") && error.contains("propensity"), error);
        assertNull(vm.resultProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals("Failed.", vm.statusProperty().get());
    }

    @Test void theFormExplainsWhatIsMissing() {
        assertEquals("Choose a log file (CSV or JSONL) to evaluate.", vm.formErrorProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.logPathProperty().set(dir.resolve("nope.csv").toString());
        assertTrue(vm.formErrorProperty().get().contains("does not exist"), vm.formErrorProperty().get());
        vm.logPathProperty().set(dir.toString());
        vm.bootstrapProperty().set("1");
        assertTrue(vm.formErrorProperty().get().contains("does not exist"));
    }
}
