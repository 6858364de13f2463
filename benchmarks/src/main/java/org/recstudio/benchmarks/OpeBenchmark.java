package org.recstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recstudio.bandit.ope.BanditLog;
import org.recstudio.bandit.ope.Bootstrap;
import org.recstudio.bandit.ope.Estimator;
import org.recstudio.bandit.ope.Estimators;
import org.recstudio.bandit.ope.ObdLogs;
import org.recstudio.bandit.ope.OffPolicyEvaluator;
import org.recstudio.bandit.ope.OpeData;
import org.recstudio.bandit.ope.RewardModel;
import org.recstudio.bandit.ope.TargetPolicy;
import org.recstudio.engine.progress.Progress;

/**
 * The "evaluation of OPE" experiment of the Open Bandit Pipeline (Saito et al. 2021) on the Open Bandit Dataset
 * sample: estimate the click rate of the uniformly random policy from the Bernoulli Thompson sampling logs, compare
 * with the click rate actually observed in the uniformly random logs, per campaign and estimator, with bootstrap
 * intervals. Prints Markdown and writes docs/benchmarks/ope.md.
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks -pl benchmarks -am install -DskipTests && ./mvnw -Pbenchmarks -pl benchmarks
 * exec:exec -Dbench.main=org.recstudio.benchmarks.OpeBenchmark} (datasets from {@code ../shared/datasets} next to the
 * project, or the folder given as {@code -Dbench.args=})
 */
public final class OpeBenchmark {

    static final int RESAMPLES = 1000;
    static final long SEED = 42;

    private OpeBenchmark() {
    }

    /** One estimator's result against the truth. */
    record Line(String campaign, String estimator, String model, double value, double low, double high, double truth,
                double meanAbsRelErr) {
        double rel() {
            return (value - truth) / truth;
        }
    }

    public static void main(String[] args) throws IOException {
        Path datasets = args.length > 0 && !args[0].isBlank() && !args[0].equals("all") ? Path.of(args[0])
                : System.getProperty("recstudio.datasets") != null ? Path.of(System.getProperty("recstudio.datasets"))
                : Path.of(System.getProperty("recstudio.projectRoot", "."), "..", "shared", "datasets");
        Path root = datasets.resolve("open-bandit").normalize();
        if (!Files.isDirectory(root.resolve("bts"))) {
            throw new IllegalArgumentException("Open Bandit Dataset not found at " + root
                    + "; pass the shared datasets folder as the first argument");
        }
        long t0 = System.nanoTime();
        StringBuilder doc = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        List<String> truthRows = new ArrayList<>();
        List<String> diagRows = new ArrayList<>();
        List<String> slotRows = new ArrayList<>();
        for (String c : List.of("men", "women")) {
            BanditLog random = ObdLogs.read(root.resolve("random/" + c + "/" + c + ".csv"),
                    root.resolve("random/" + c + "/item_context.csv"));
            BanditLog bts = ObdLogs.read(root.resolve("bts/" + c + "/" + c + ".csv"),
                    root.resolve("bts/" + c + "/item_context.csv"));
            double truth = random.meanReward();
            double[] wilson = wilson(Math.round(truth * random.size()), random.size());
            truthRows.add(String.format("| %s | %,d | %d | %.5f | [%.5f, %.5f] | ±%.0f%% | %.5f |", c, random.size(),
                    Math.round(truth * random.size()), truth, wilson[0], wilson[1],
                    100 * (wilson[1] - wilson[0]) / 2 / truth, bts.meanReward()));
            for (String model : List.of("tabular", "ridge")) {
                OffPolicyEvaluator.Options o = OffPolicyEvaluator.Options.defaults().withRewardModel(model)
                        .withBootstrap(RESAMPLES, SEED);
                RewardModel q = OffPolicyEvaluator.rewardModel(bts, o, Progress.NONE);
                OpeData data = OpeData.of(bts, TargetPolicy.uniform(), q, Progress.NONE);
                if (model.equals("tabular")) {
                    diagRows.add(diagnostics(c, bts, data));
                }
                for (Estimator e : Estimators.parse("replay,ips,snips,dm,dr,switch-dr:tau=100")) {
                    if (model.equals("ridge") && !e.needsRewardModel()) {
                        continue;
                    }
                    Estimator.Terms t = e.terms(data);
                    double[] values = Bootstrap.values(t, RESAMPLES, SEED);
                    double[] sorted = values.clone();
                    java.util.Arrays.sort(sorted);
                    double mare = 0;
                    for (double v : values) {
                        mare += Math.abs(v - truth) / truth / values.length;
                    }
                    lines.add(new Line(c, e.name(), e.needsRewardModel() ? model : "–", t.value(),
                            quantile(sorted, 0.025), quantile(sorted, 0.975), truth, mare));
                }
            }
            for (int s = 0; s < bts.positionCount(); s++) {
                slotRows.add(slot(c, random, bts, s));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        doc.append(OpeReport.render(truthRows, diagRows, lines, slotRows, seconds));
        System.out.println(doc);
        Path out = Path.of(System.getProperty("recstudio.projectRoot", ".")).resolve("docs/benchmarks/ope.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, doc.toString());
        System.out.println("wrote " + out);
    }

    /** Importance-weight diagnostics of the uniform target on the BTS log. */
    private static String diagnostics(String c, BanditLog bts, OpeData d) {
        double sum = 0;
        double max = 0;
        double minP = 1;
        for (int i = 0; i < d.size(); i++) {
            sum += d.weight(i);
            max = Math.max(max, d.weight(i));
            minP = Math.min(minP, bts.propensity(i));
        }
        return String.format("| %s | %.3f | %,.0f | %.2g | %,.1f |", c, sum / d.size(), max, minP,
                d.effectiveSampleSize());
    }

    /** IPS per slot against the random log's click rate in that slot. */
    private static String slot(String c, BanditLog random, BanditLog bts, int s) {
        double clicks = 0;
        int n = 0;
        for (int i = 0; i < random.size(); i++) {
            if (random.position(i) == s) {
                clicks += random.reward(i);
                n++;
            }
        }
        double ips = 0;
        double w = 0;
        int m = 0;
        for (int i = 0; i < bts.size(); i++) {
            if (bts.position(i) == s) {
                double wi = (1.0 / bts.actionCount()) / bts.propensity(i);
                ips += wi * bts.reward(i);
                w += wi;
                m++;
            }
        }
        return String.format("| %s | %d | %,d | %.0f | %.5f | %,d | %.5f | %.5f |", c, bts.positions().get(s), n,
                clicks, clicks / n, m, ips / m, ips / w);
    }

    /** The Wilson score interval of a binomial proportion (95%). */
    static double[] wilson(long k, long n) {
        double z = 1.959964;
        double p = (double) k / n;
        double den = 1 + z * z / n;
        double mid = (p + z * z / (2.0 * n)) / den;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / den;
        return new double[] {mid - half, mid + half};
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
