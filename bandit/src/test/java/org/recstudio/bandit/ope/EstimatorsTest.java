package org.recstudio.bandit.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.Progress;

/** The estimators on a four-row log against values computed by hand. */
class EstimatorsTest {

    @TempDir Path dir;

    /**
     * Actions 0..2, target π = (0.2, 0.3, 0.5). Weights w = π(a)/μ: 0.4, 1.2, 2.0, 0.5.
     */
    static final String LOG = """
            action,reward,propensity,position,age
            0,1,0.5,1,20
            1,0,0.25,1,30
            2,1,0.25,1,40
            0,0,0.4,1,50
            """;

    Map<String, OpeEstimate> evaluate(String estimators) throws IOException {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, LOG);
        BanditLog log = LogReader.read(f, LogColumns.defaults(), null, null);
        TargetPolicy pi = TargetPolicy.fixed("test", new double[] {0.2, 0.3, 0.5});
        OffPolicyEvaluator.Options o = new OffPolicyEvaluator.Options(200, 0.95, 1, "tabular", 2, 1.0, 0.0, 10);
        return OffPolicyEvaluator.evaluate(log, pi, Estimators.parse(estimators), o, Progress.NONE).stream()
                .collect(Collectors.toMap(OpeEstimate::estimator, e -> e));
    }

    @Test void estimatorsMatchHandComputedValues() throws IOException {
        Map<String, OpeEstimate> e = evaluate("replay,ips,snips,dm,dr,switch-dr:tau=0.45");
        // IPS = mean(w r) = (0.4 + 0 + 2 + 0) / 4
        assertEquals(0.6, e.get("ips").value(), 1e-12);
        // SNIPS = Σ w r / Σ w = 2.4 / 4.1
        assertEquals(2.4 / 4.1, e.get("snips").value(), 1e-12);
        // replay = Σ π r / Σ π = (0.2 + 0.5) / (0.2 + 0.3 + 0.5 + 0.2)
        assertEquals(0.7 / 1.2, e.get("replay").value(), 1e-12);
        // tabular q̂ without shrinkage: q(0) = 0.5, q(1) = 0, q(2) = 1 → DM_i = 0.1 + 0 + 0.5
        assertEquals(0.6, e.get("dm").value(), 1e-12);
        // DR = DM + mean(w (r − q̂(a))) = 0.6 + (0.4·0.5 + 0 + 0 + 0.5·(−0.5)) / 4
        assertEquals(0.6 - 0.05 / 4, e.get("dr").value(), 1e-12);
        // switch-DR with τ = 0.45 keeps only row 1's correction
        assertEquals(0.6 + 0.2 / 4, e.get("switch-dr").value(), 1e-12);
        for (OpeEstimate x : e.values()) {
            assertTrue(x.ciLow() <= x.value() + 1e-12 && x.value() <= x.ciHigh() + 1e-12, x.toString());
            assertEquals(4, x.rows());
        }
        // Kish ESS = (Σw)² / Σw² = 4.1² / (0.16 + 1.44 + 4 + 0.25)
        assertEquals(4.1 * 4.1 / 5.85, e.get("ips").effectiveSampleSize(), 1e-12);
    }

    @Test void bootstrapIsReproducibleUnderTheSeed() throws IOException {
        assertEquals(evaluate("ips,dr"), evaluate("ips,dr"));
    }

    @Test void estimatorListsParse() {
        assertEquals(List.of("ips", "switch-dr", "dm"), Estimators.parse("ips, switch-dr:tau=5,dm").stream()
                .map(Estimator::name).toList());
        assertEquals(Estimators.NAMES, Estimators.parse("all").stream().map(Estimator::name).toList());
    }

    @Test void ridgeRewardModelLearnsAContextEffect() throws IOException {
        StringBuilder b = new StringBuilder("action,reward,propensity,x\n");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int i = 0; i < 3000; i++) {
            int a = rng.nextInt(2);
            double x = rng.nextDouble();
            double r = (a == 1 ? 0.3 : 0.1) + 0.5 * x + 0.05 * rng.nextGaussian();
            b.append(a).append(',').append(r).append(",0.5,").append(x).append('\n');
        }
        Path f = dir.resolve("ctx.csv");
        Files.writeString(f, b);
        BanditLog log = LogReader.read(f, LogColumns.defaults(), null, null);
        RidgeRewardModel m = RidgeRewardModel.fit(log, 1e-3, 3, 7, 10, Progress.NONE);
        double[] out = new double[2];
        double err = 0;
        for (int i = 0; i < log.size(); i++) {
            m.predict(i, out);
            double x = log.context().getFirst().number(i);
            err = Math.max(err, Math.abs(out[1] - (0.3 + 0.5 * x)) + Math.abs(out[0] - (0.1 + 0.5 * x)));
        }
        assertTrue(err < 0.05, "max error " + err);
        // always-1 has value 0.3 + 0.5 E[x] = 0.55; DR with the ridge model is close
        OffPolicyEvaluator.Options o = OffPolicyEvaluator.Options.defaults().withRewardModel("ridge")
                .withBootstrap(100, 1);
        List<OpeEstimate> e = OffPolicyEvaluator.evaluate(log, TargetPolicy.always("1"), Estimators.parse("dm,dr"), o,
                Progress.NONE);
        for (OpeEstimate x : e) {
            assertEquals(0.55, x.value(), 0.02, x.estimator());
        }
    }
}
