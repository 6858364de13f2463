package org.recstudio.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.bandit.ope.BanditLog;
import org.recstudio.bandit.ope.Estimator;
import org.recstudio.bandit.ope.Estimators;
import org.recstudio.bandit.ope.ItemContext;
import org.recstudio.bandit.ope.LogColumns;
import org.recstudio.bandit.ope.LogReader;
import org.recstudio.bandit.ope.ObdLogs;
import org.recstudio.bandit.ope.OffPolicyEvaluator;
import org.recstudio.bandit.ope.OpeEstimate;
import org.recstudio.bandit.ope.TargetPolicies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio ope}: estimates how a target policy would have done from a log of another policy's decisions
 * (off-policy evaluation), with several estimators and bootstrap confidence intervals.
 */
@Command(name = "ope", description = "Off-policy evaluation: estimate a target policy's reward per impression from "
        + "logged bandit feedback (generic CSV/JSONL or Open Bandit Dataset), with bootstrap CIs.")
final class OpeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--log", required = true, paramLabel = "FILE", description = "The logged feedback (CSV or JSONL).")
    Path log;

    @Option(names = "--format", paramLabel = "FORMAT", description = "obd (Open Bandit Dataset) or generic (columns "
            + "action, reward, propensity[, position, timestamp], others context); default: detected.")
    String format;

    @Option(names = "--item-context", paramLabel = "FILE", description = "Item features by item_id (e.g. OBD's "
            + "item_context.csv); logged actions must be among its items.")
    Path itemContext;

    @Option(names = "--target", defaultValue = "uniform", paramLabel = "SPEC", description = "The policy to evaluate: "
            + "uniform, item:ID, snapshot:FILE, or a context-free policy spec (ts, egreedy:epsilon=0.05, ucb1, …) "
            + "learned from the first --train-fraction of the log (default ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--estimators", defaultValue = "replay,ips,snips,dm,dr", paramLabel = "LIST", description =
            "Comma-separated: replay, ips, snips, dm, dr, switch-dr[:tau=T], or all (default ${DEFAULT-VALUE}).")
    String estimators;

    @Option(names = "--reward-model", defaultValue = "tabular", paramLabel = "MODEL", description = "Reward model of "
            + "dm/dr: tabular (per item and slot) or ridge (context, item, slot; cross-fitted) (default "
            + "${DEFAULT-VALUE}).")
    String rewardModel;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N", description = "Bootstrap resamples "
            + "(default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the bootstrap and the "
            + "reward model's folds (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--train-fraction", defaultValue = "0.5", paramLabel = "F", description = "Share of the log a "
            + "policy-spec target learns from; it is evaluated on the rest (default ${DEFAULT-VALUE}).")
    double trainFraction;

    @Option(names = "--columns", paramLabel = "A,R,P[,POS[,TIME]]", description = "Generic format: the action, "
            + "reward, propensity, position and time column names (default action,reward,propensity,position,"
            + "timestamp).")
    String columns;

    @Option(names = "--json", description = "Print one JSON object on standard output instead of text.")
    boolean json;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(log)) {
            throw new IllegalArgumentException("--log " + log + " is not a file");
        }
        List<Estimator> ests = Estimators.parse(estimators);
        String fmt = format != null ? format.toLowerCase(java.util.Locale.ROOT) : detect(log);
        try (CliProgress progress = new CliProgress(System.err, System.console() != null)) {
            BanditLog data = switch (fmt) {
                case "obd" -> ObdLogs.read(log, itemContext);
                case "generic" -> LogReader.read(log, columns(), null,
                        itemContext == null ? null : ItemContext.read(itemContext, "item_id"));
                default -> throw new IllegalArgumentException("--format must be obd or generic, got '" + format + "'");
            };
            TargetPolicies.Target t = TargetPolicies.resolve(target, data, trainFraction, seed);
            OffPolicyEvaluator.Options o = OffPolicyEvaluator.Options.defaults().withRewardModel(rewardModel)
                    .withBootstrap(bootstrap, seed);
            List<OpeEstimate> result = OffPolicyEvaluator.evaluate(t.rows(), t.policy(), ests, o, progress);
            Map<String, Object> m = toJson(fmt, data, t, result, o);
            if (json) {
                Json.print(out, m);
            } else {
                printText(out, data, t, result, o);
            }
            return 0;
        }
    }

    private LogColumns columns() {
        if (columns == null) {
            return LogColumns.defaults();
        }
        String[] c = columns.split(",");
        if (c.length < 3 || c.length > 5) {
            throw new IllegalArgumentException("--columns needs 3 to 5 names (action,reward,propensity[,position[,"
                    + "time]]), got '" + columns + "'");
        }
        return new LogColumns(c[0].strip(), c[1].strip(), c[2].strip(), c.length > 3 ? c[3].strip() : null,
                c.length > 4 ? c[4].strip() : null);
    }

    /** obd when the header has OBD's propensity_score and user-item affinity columns, else generic. */
    static String detect(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            return header != null && header.contains("propensity_score") && header.contains("user-item_affinity_")
                    ? "obd" : "generic";
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> toJson(String format, BanditLog data, TargetPolicies.Target t,
                                      List<OpeEstimate> result, OffPolicyEvaluator.Options o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", data.source().toString());
        m.put("format", format);
        m.put("rows", data.size());
        m.put("evaluated_rows", t.rows().size());
        m.put("actions", data.actionCount());
        m.put("positions", data.positions());
        m.put("target", t.description());
        m.put("logging_policy_value", t.rows().meanReward());
        m.put("reward_model", o.rewardModel());
        m.put("bootstrap", o.resamples());
        m.put("confidence", o.level());
        Map<String, Object> per = new LinkedHashMap<>();
        for (OpeEstimate e : result) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", e.value());
            x.put("ci_low", e.ciLow());
            x.put("ci_high", e.ciHigh());
            x.put("effective_sample_size", e.effectiveSampleSize());
            per.put(e.estimator(), x);
        }
        m.put("estimators", per);
        return m;
    }

    private static void printText(PrintWriter out, BanditLog data, TargetPolicies.Target t, List<OpeEstimate> result,
                                  OffPolicyEvaluator.Options o) {
        out.printf("Off-policy evaluation of %s%n", t.description());
        out.printf("  log %s: %,d rows (%,d evaluated), %d actions, positions %s; logging policy's reward %.5f%n",
                data.source().getFileName(), data.size(), t.rows().size(), data.actionCount(), data.positions(),
                t.rows().meanReward());
        out.printf("  %-10s %10s   %-24s %10s%n", "estimator", "value", (int) (o.level() * 100) + "% CI (bootstrap "
                + o.resamples() + ")", "ESS");
        for (OpeEstimate e : result) {
            out.printf("  %-10s %10.5f   [%9.5f, %9.5f]   %10.1f%n", e.estimator(), e.value(), e.ciLow(), e.ciHigh(),
                    e.effectiveSampleSize());
        }
        out.flush();
    }
}
