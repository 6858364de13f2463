package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.eval.AlgorithmCatalog;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.AlgorithmSpec;
import org.recstudio.engine.eval.EvaluationRequest;
import org.recstudio.engine.eval.Evaluator;
import org.recstudio.engine.eval.MetricValue;
import org.recstudio.engine.eval.Protocol;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.SearchSpaces;
import org.recstudio.engine.eval.SegmentSpec;
import org.recstudio.engine.eval.TuningSpec;
import org.recstudio.engine.eval.history.Reruns;
import org.recstudio.engine.eval.history.RunStore;
import org.recstudio.engine.eval.split.EventTypeFilter;
import org.recstudio.engine.eval.split.GlobalCut;
import org.recstudio.engine.eval.split.KCore;
import org.recstudio.engine.eval.split.LeaveLastN;
import org.recstudio.engine.eval.split.Prefilter;
import org.recstudio.engine.eval.split.RandomHoldout;
import org.recstudio.engine.eval.split.Splitter;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.eval.split.UserHoldout;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio evaluate}: offline evaluation of several algorithms on one dataset under an explicit protocol,
 * with bootstrap confidence intervals, paired tests against a baseline, optional tuning on the validation split,
 * and the run stored in the workspace history.
 */
@Command(name = "evaluate", description = "Evaluate algorithms offline: temporal protocols, full ranking, metrics at "
        + "several K with 95% confidence intervals and significance vs a baseline; the run is stored in the history.")
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset to evaluate on (required unless --rerun).")
    String dataset;

    @Option(names = "--protocol", defaultValue = "leave-last-out", paramLabel = "P", description = "leave-last-out "
            + "(default), leave-last-n, global-cut, user-holdout or random-holdout (leaks the future; labelled so).")
    String protocol;

    @Option(names = "--ties", defaultValue = "item-id", paramLabel = "RULE", description = "Timestamp ties for "
            + "leave-last-*: item-id (default, as common harnesses), random (seeded) or last-group (hold out the "
            + "whole last second).")
    String ties;

    @Option(names = "--n", defaultValue = "1", paramLabel = "N", description = "leave-last-n: items held out per user.")
    int n;

    @Option(names = "--cut", paramLabel = "DATE", description = "global-cut: train before this date (2020-01-31) or "
            + "instant (2020-01-31T12:00:00Z); default: the time that holds out --test-share of interactions.")
    String cut;

    @Option(names = "--test-share", defaultValue = "0.2", paramLabel = "S", description = "global-cut / "
            + "random-holdout: share held out (default ${DEFAULT-VALUE}).")
    double testShare;

    @Option(names = "--user-share", defaultValue = "0.2", paramLabel = "S", description = "user-holdout: share of "
            + "users held out (default ${DEFAULT-VALUE}).")
    double userShare;

    @Option(names = "--fold-in-share", defaultValue = "0.8", paramLabel = "S", description = "user-holdout: share of "
            + "each held-out user's history given as fold-in (default ${DEFAULT-VALUE}).")
    double foldInShare;

    @Option(names = "--k", defaultValue = "10,20", split = ",", paramLabel = "K", description = "Cutoffs "
            + "(default ${DEFAULT-VALUE}).")
    List<Integer> ks;

    @Option(names = "--algorithms", split = ",", paramLabel = "ALG", description = "Algorithms to compare, e.g. "
            + "popularity,itemknn,als,ease,sequential (required unless --rerun).")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--rerun", paramLabel = "RUN", description = "Run a stored run again with its protocol, params "
            + "and seed (refused if the dataset changed since); other protocol and model options are ignored.")
    Long rerun;

    @Option(names = "--baseline", paramLabel = "ALG", description = "The model the others are tested against "
            + "(default: the first).")
    String baseline;

    @Option(names = "--param", paramLabel = "ALG.KEY=VALUE", description = "A param of one algorithm, e.g. "
            + "als.factors=64 (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--tune", description = "Tune each algorithm on the validation split before the test run "
            + "(default search spaces unless --grid is given).")
    boolean tune;

    @Option(names = "--grid", paramLabel = "ALG.KEY=V1,V2,…", description = "A tuning search dimension, e.g. "
            + "als.factors=32,64,128 (repeatable; implies --tune).")
    List<String> grids = new ArrayList<>();

    @Option(names = "--search", defaultValue = "random", paramLabel = "MODE", description = "Tuning search: grid or "
            + "random (default ${DEFAULT-VALUE}).")
    String search;

    @Option(names = "--trials", defaultValue = "12", paramLabel = "N", description = "Random search trials per "
            + "algorithm (default ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--objective", defaultValue = "ndcg@10", paramLabel = "METRIC", description = "Tuning objective "
            + "on validation (default ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "The one seed of the run "
            + "(default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-user", defaultValue = "0", paramLabel = "N", description = "k-core: keep users with at "
            + "least N interactions (with --min-item; 0 = no filter).")
    int minUser;

    @Option(names = "--min-item", defaultValue = "0", paramLabel = "N", description = "k-core: keep items with at "
            + "least N interactions.")
    int minItem;

    @Option(names = "--events", split = ",", paramLabel = "EVENT", description = "Keep only these event types.")
    List<String> events = new ArrayList<>();

    @Option(names = "--relevance-threshold", paramLabel = "X", description = "Held-out interactions with a value "
            + "below X are not relevant (e.g. 4 for ratings).")
    Double relevanceThreshold;

    @Option(names = "--sampled-negatives", defaultValue = "0", paramLabel = "N", description = "Rank among N sampled "
            + "negatives instead of all items (biased, Krichene & Rendle 2020; labelled sampled). Default: full ranking.")
    int sampledNegatives;

    @Option(names = "--segments", split = ",", paramLabel = "ATTR", description = "User attributes to break results "
            + "down by, e.g. gender,age,occupation.")
    List<String> segments = new ArrayList<>();

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "B", description = "Bootstrap resamples "
            + "(default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "C", description = "Interval level "
            + "(default ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Scoring threads (0 = all cores).")
    int threads;

    @Option(names = "--no-save", description = "Do not store the run in the workspace history.")
    boolean noSave;

    private final AlgorithmCatalog catalog;

    /** The command over the registered algorithms. */
    public EvaluateCommand() {
        this(AlgorithmCatalog.registry());
    }

    /** The command over the given algorithms (tests). */
    EvaluateCommand(AlgorithmCatalog catalog) {
        this.catalog = catalog;
    }

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = Workspaces.open(ws, out);
             CliProgress progress = new CliProgress(System.err, !ws.json && System.console() != null)) {
            EvaluationRequest request;
            if (rerun != null) {
                RunResult stored = new RunStore(w).require(rerun);
                request = Reruns.request(stored, new DatasetLoader(w).loadWithMetadata(stored.dataset(), progress),
                        false);
            } else {
                if (dataset == null || algorithms.isEmpty()) {
                    throw new IllegalArgumentException("evaluate needs --dataset and --algorithms (or --rerun RUN)");
                }
                request = request(new DatasetLoader(w).loadWithMetadata(dataset, progress));
            }
            RunResult result = new Evaluator(catalog).run(request, progress);
            Long runId = noSave ? null : new RunStore(w).save(result);
            Map<String, Object> json = toJson(runId, result);
            if (ws.json) {
                Json.print(out, json);
            } else {
                printText(out, runId, result);
            }
            return 0;
        }
    }

    EvaluationRequest request(Dataset data) {
        List<Prefilter> filters = new ArrayList<>();
        if (!events.isEmpty()) {
            filters.add(new EventTypeFilter(events));
        }
        if (minUser > 0 || minItem > 0) {
            filters.add(new KCore(minUser, minItem));
        }
        Protocol p = new Protocol(filters, splitter(data), relevanceThreshold == null ? Double.NaN : relevanceThreshold,
                sampledNegatives);
        Map<String, Map<String, String>> byAlgorithm = keyed(params, "--param", false);
        Map<String, Map<String, String>> gridValues = keyed(grids, "--grid", true);
        List<AlgorithmSpec> specs = new ArrayList<>();
        for (String name : algorithms) {
            String label = name.trim();
            Map<String, List<String>> grid = new LinkedHashMap<>();
            gridValues.getOrDefault(label, Map.of()).forEach((k, v) -> grid.put(k, List.of(v.split(","))));
            if (grid.isEmpty() && tune) {
                grid.putAll(SearchSpaces.defaults(catalog.require(label), byAlgorithm.getOrDefault(label, Map.of())));
            }
            specs.add(new AlgorithmSpec(label, label, byAlgorithm.getOrDefault(label, Map.of()), grid));
        }
        TuningSpec tuning = !tune && grids.isEmpty() ? TuningSpec.none()
                : switch (search.toLowerCase(java.util.Locale.ROOT)) {
                    case "grid" -> TuningSpec.grid(objective);
                    case "random" -> TuningSpec.random(trials, objective);
                    default -> throw new IllegalArgumentException("--search must be grid or random, got '" + search + "'");
                };
        return new EvaluationRequest(data, p, specs, ks, baseline, tuning,
                SegmentSpec.defaults().withAttributes(segments), bootstrap, confidence, seed,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    private Splitter splitter(Dataset data) {
        TieRule rule = TieRule.parse(ties);
        return switch (protocol.toLowerCase(java.util.Locale.ROOT)) {
            case "leave-last-out" -> new LeaveLastN(1, rule, 1);
            case "leave-last-n" -> new LeaveLastN(n, rule, 1);
            case "global-cut" -> cut == null ? GlobalCut.atShare(data, testShare) : new GlobalCut(parseTime(cut), null);
            case "user-holdout" -> new UserHoldout(userShare, foldInShare);
            case "random-holdout" -> new RandomHoldout(testShare);
            default -> throw new IllegalArgumentException("unknown protocol '" + protocol + "': use leave-last-out, "
                    + "leave-last-n, global-cut, user-holdout or random-holdout");
        };
    }

    private static long parseTime(String text) {
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Instant.parse(text).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--cut '" + text + "' is not a date (2020-01-31) or an instant "
                    + "(2020-01-31T12:00:00Z)", e);
        }
    }

    /** Splits {@code alg.key=value} options by algorithm label, checking that each label is evaluated. */
    private Map<String, Map<String, String>> keyed(List<String> options, String flag, boolean list) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            int dot = o.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                throw new IllegalArgumentException(flag + " '" + o + "' must look like ALGORITHM.KEY=VALUE"
                        + (list ? "1,VALUE2" : "") + ", e.g. als.factors=64");
            }
            String label = o.substring(0, dot).trim();
            if (algorithms.stream().noneMatch(a -> a.trim().equals(label))) {
                throw new IllegalArgumentException(flag + " '" + o + "' names '" + label + "', which is not in "
                        + "--algorithms " + algorithms);
            }
            out.computeIfAbsent(label, k -> new LinkedHashMap<>()).put(o.substring(dot + 1, eq).trim(),
                    o.substring(eq + 1).trim());
        }
        return out;
    }

    /** The JSON shape of a run: per algorithm label, metrics keyed like {@code ndcg@10}. */
    static Map<String, Object> toJson(Long runId, RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("dataset", r.dataset());
        m.put("dataset_version", r.datasetVersion());
        m.put("dataset_fingerprint", r.datasetFingerprint());
        m.put("protocol", r.protocol());
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("users", r.split().users());
        split.put("evaluated_users", r.split().evaluatedUsers());
        split.put("skipped_users", r.split().skippedUsers());
        split.put("repeat_only_users", r.split().repeatOnlyUsers());
        split.put("no_relevant_users", r.split().noRelevantUsers());
        split.put("tied_share", r.split().tiedShare());
        split.put("boundary_tied_share", r.split().boundaryTiedShare());
        split.put("mean_test_items", r.split().meanTestItems());
        split.put("train_interactions", r.split().trainInteractions());
        split.put("test_interactions", r.split().testInteractions());
        split.put("cold_users", r.split().coldUsers());
        split.put("cold_items", r.split().coldItems());
        split.put("cold_item_share", r.split().coldItemShare());
        m.put("split", split);
        m.put("ks", r.ks());
        m.put("baseline", r.baseline());
        m.put("seed", r.seed());
        m.put("confidence", r.confidence());
        m.put("bootstrap_resamples", r.bootstrapResamples());
        m.put("diversity_basis", r.diversityBasis());
        Map<String, Object> algs = new LinkedHashMap<>();
        for (AlgorithmResult a : r.algorithms()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("algorithm", a.algorithm());
            x.put("params", a.params());
            x.put("fit_seconds", a.fitSeconds());
            x.put("evaluate_seconds", a.evaluateSeconds());
            Map<String, Object> metrics = new LinkedHashMap<>();
            a.metrics().forEach((k, v) -> metrics.put(k, metric(v)));
            x.put("metrics", metrics);
            if (a.tuning() != null) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("mode", a.tuning().mode());
                t.put("objective", a.tuning().objective());
                t.put("best", a.tuning().best());
                t.put("best_validation", a.tuning().bestValue());
                t.put("trials", a.tuning().trials().stream().map(tr -> Map.of("params", tr.params(), "value",
                        tr.value(), "fit_seconds", tr.fitSeconds())).toList());
                x.put("tuning", t);
            }
            x.put("segments", a.segments().stream().map(s -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("segment", s.segment());
                g.put("group", s.group());
                g.put("users", s.users());
                Map<String, Object> sm = new LinkedHashMap<>();
                s.metrics().forEach((k, v) -> sm.put(k, metric(v)));
                g.put("metrics", sm);
                return g;
            }).toList());
            algs.put(a.label(), x);
        }
        m.put("algorithms", algs);
        m.put("code_version", r.codeVersion());
        m.put("wall_seconds", r.wallSeconds());
        m.put("peak_heap_mb", r.peakHeapBytes() >> 20);
        return m;
    }

    private static Map<String, Object> metric(MetricValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value());
        m.put("ci_low", v.ciLow());
        m.put("ci_high", v.ciHigh());
        if (v.pTTest() != null) {
            m.put("p_ttest", v.pTTest());
            m.put("p_wilcoxon", v.pWilcoxon());
            m.put("p_ttest_holm", v.pTTestHolm());
            m.put("p_wilcoxon_holm", v.pWilcoxonHolm());
        }
        return m;
    }

    static void printText(PrintWriter out, Long runId, RunResult r) {
        out.printf("Evaluation of %s (%s, ties %s%s%s)%n", r.dataset(), r.protocol().get("name"),
                r.protocol().getOrDefault("ties", "n/a"), Boolean.TRUE.equals(r.protocol().get("sampled"))
                        ? ", SAMPLED negatives" : ", full ranking",
                Boolean.TRUE.equals(r.protocol().get("leaks_future")) ? ", LEAKS FUTURE" : "");
        out.printf("  %,d users evaluated (%,d skipped); %.1f%% have a tied last timestamp; %.1f%% split a tie%n",
                r.split().evaluatedUsers(), r.split().skippedUsers(), 100 * r.split().tiedShare(),
                100 * r.split().boundaryTiedShare());
        out.printf("  %.0f%% intervals from %,d bootstrap resamples; * = Holm-adjusted Wilcoxon p < 0.05 vs %s%n",
                100 * r.confidence(), r.bootstrapResamples(), r.baseline());
        for (int k : r.ks()) {
            out.printf("%n  %-14s %8s  %-26s %-26s %-26s %-8s%n", "model", "fit s", "hr@" + k, "ndcg@" + k,
                    "recall@" + k, "cov@" + k);
            for (AlgorithmResult a : r.algorithms()) {
                out.printf("  %-14s %8.2f  %-26s %-26s %-26s %-8.4f%n", a.label(), a.fitSeconds(),
                        cell(a.metric("hr@" + k)), cell(a.metric("ndcg@" + k)), cell(a.metric("recall@" + k)),
                        a.metric("coverage@" + k).value());
            }
        }
        out.printf("%n  wall %.1f s, peak heap %,d MB%s%n", r.wallSeconds(), r.peakHeapBytes() >> 20,
                runId == null ? "" : ", stored as run " + runId);
        out.flush();
    }

    private static String cell(MetricValue v) {
        String star = v.pWilcoxonHolm() != null && v.pWilcoxonHolm() < 0.05 ? "*" : "";
        return String.format("%.4f [%.4f,%.4f]%s", v.value(), v.ciLow(), v.ciHigh(), star);
    }
}
