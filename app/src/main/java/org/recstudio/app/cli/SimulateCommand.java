package org.recstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recstudio.bandit.policy.PolicySpec;
import org.recstudio.bandit.policy.PolicyStore;
import org.recstudio.bandit.sim.ColdStartLab;
import org.recstudio.bandit.sim.DatasetEnvironment;
import org.recstudio.bandit.sim.Environment;
import org.recstudio.bandit.sim.Estimate;
import org.recstudio.bandit.sim.QuickFactorizer;
import org.recstudio.bandit.sim.SeriesPoint;
import org.recstudio.bandit.sim.SimulationConfig;
import org.recstudio.bandit.sim.SimulationResult;
import org.recstudio.bandit.sim.SimulationRunner;
import org.recstudio.bandit.sim.Strategies;
import org.recstudio.bandit.sim.StrategyFactory;
import org.recstudio.bandit.sim.StrategyResult;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recstudio simulate}: bandit strategies against simulated users whose preferences come from a dataset of
 * the workspace, with new items arriving during the run — regret, CTR and new-item exposure over time, with
 * bands over seeds.
 */
@Command(name = "simulate", description = "Simulate exploration strategies on a dataset: regret, CTR and new-item "
        + "exposure over time, with 95%% bands over seeds.")
final class SimulateCommand implements Callable<Integer> {

    @Mixin WorkspaceOptions ws;
    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset whose users and items "
            + "the simulation uses.")
    String dataset;

    @Option(names = "--policies", defaultValue = "random,egreedy,ts,linucb", paramLabel = "LIST",
            description = "Strategies, comma-separated: random, greedy, egreedy, ucb1, ts, gts, softmax, linucb, "
                    + "hybrid-linucb, lints (with parameters as name:key=value,...), popularity, content "
                    + "(default: ${DEFAULT-VALUE}).")
    String policies;

    @Option(names = "--lab", description = "Run the cold-start lab instead of --policies: popularity, content "
            + "similarity, ALS fold-in (when available), egreedy, ts and hybrid LinUCB with content features.")
    boolean lab;

    @Option(names = "--rounds", defaultValue = "10000", paramLabel = "N", description = "Pages shown per run "
            + "(default ${DEFAULT-VALUE}).")
    long rounds;

    @Option(names = "--new-items", defaultValue = "20", paramLabel = "M", description = "Items that arrive during the "
            + "run without history (default ${DEFAULT-VALUE}).")
    int newItems;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Master seed (default "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", defaultValue = "5", paramLabel = "K", description = "Runs per strategy; bands are "
            + "mean ± 1.96·sd/√K (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--slate-size", defaultValue = "1", paramLabel = "K", description = "Slots per page "
            + "(default ${DEFAULT-VALUE}).")
    int slateSize;

    @Option(names = "--position-decay", defaultValue = "1.0", paramLabel = "D", description = "Slot j is examined "
            + "with probability 1/(j+1)^D (default ${DEFAULT-VALUE}).")
    double positionDecay;

    @Option(names = "--candidates", defaultValue = "0", paramLabel = "N", description = "Items offered per round, "
            + "drawn from those available; 0 = all (default ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--new-users", defaultValue = "0.0", paramLabel = "F", description = "Share of users arriving "
            + "during the run without history (default ${DEFAULT-VALUE}).")
    double newUsers;

    @Option(names = "--click-noise", defaultValue = "0.0", paramLabel = "ETA", description = "Share of clicks "
            + "unrelated to taste (default ${DEFAULT-VALUE}).")
    double clickNoise;

    @Option(names = "--feedback-delay", defaultValue = "0", paramLabel = "ROUNDS", description = "Rounds before a "
            + "click is known (default ${DEFAULT-VALUE}).")
    int feedbackDelay;

    @Option(names = "--batch-size", defaultValue = "1", paramLabel = "N", description = "Feedbacks per policy update "
            + "(default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--users", defaultValue = "1000", paramLabel = "N", description = "Users in the simulated pool "
            + "(default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--max-items", defaultValue = "500", paramLabel = "N", description = "Items in the pool: the "
            + "most interacted (default ${DEFAULT-VALUE}).")
    int maxItems;

    @Option(names = "--base-ctr", defaultValue = "0.05", paramLabel = "P", description = "Mean click probability "
            + "(default ${DEFAULT-VALUE}).")
    double baseCtr;

    @Option(names = "--model", paramLabel = "NAME", description = "A model trained on the workspace to use as the "
            + "true preferences (default: a latent model fitted to the dataset).")
    String model;

    @Option(names = "--als-model", paramLabel = "NAME", description = "With --lab: a saved ALS model of this dataset "
            + "whose item factors drive the ALS fold-in strategy (without it that strategy is listed as skipped).")
    String alsModel;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads; results do not "
            + "depend on it (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--save-policies", description = "Store each bandit policy's learned state (first seed) under "
            + "artifacts/bandits/ in the workspace.")
    boolean savePolicies;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SimulationConfig config = new SimulationConfig(rounds, seeds, seed, slateSize, candidates, positionDecay,
                clickNoise, feedbackDelay, batchSize, 50, newItems, newUsers, 0.1, 0.6, threads);
        try (Workspace w = Workspaces.open(ws, out);
             CliProgress progress = new CliProgress(System.err, System.console() != null)) {
            Dataset data = new DatasetLoader(w).loadWithMetadata(dataset, progress);
            Model truth = model == null ? null : new org.recstudio.engine.model.ModelStore(w).load(model);
            DatasetEnvironment.Params envParams = new DatasetEnvironment.Params(users, maxItems, baseCtr, 1.5, 0.5, 20,
                    QuickFactorizer.Params.defaults());
            Environment env = DatasetEnvironment.build(data, truth, envParams, seed, progress);
            List<StrategyFactory> strategies = lab ? ColdStartLab.strategies(alsFactors(w, data)) : strategies(policies);
            if (newItems >= env.itemCount()) {
                throw new IllegalArgumentException("--new-items " + newItems + " must be below the " + env.itemCount()
                        + " items of the simulated pool");
            }
            SimulationResult result = new SimulationRunner().run(env, config, strategies, progress);
            Map<String, Object> json = toJson(dataset, result);
            if (savePolicies) {
                json.put("saved_policies", save(w, result));
            }
            if (ws.json) {
                Json.print(out, json);
            } else {
                printText(out, result, json);
            }
            return 0;
        }
    }

    /** The item factors of {@code --als-model} lined up with the simulated item pool, or null when not given. */
    private float[][] alsFactors(Workspace w, Dataset data) {
        if (alsModel == null) {
            return null;
        }
        Model m = new org.recstudio.engine.model.ModelStore(w).load(alsModel);
        if (!(m instanceof org.recstudio.engine.model.als.AlsModel als)) {
            throw new IllegalArgumentException("--als-model " + alsModel + " is a " + m.provenance().algorithm()
                    + " model; the fold-in strategy needs an ALS model (recstudio train --algorithm als)");
        }
        if (als.itemCount() != data.itemCount() || !m.provenance().dataset().equals(data.name())) {
            throw new IllegalArgumentException("--als-model " + alsModel + " was trained on dataset '"
                    + m.provenance().dataset() + "' with " + als.itemCount() + " items, not on '" + data.name()
                    + "' with " + data.itemCount() + " items; train it again on this dataset");
        }
        int[] pool = DatasetEnvironment.poolItems(data, maxItems);
        float[][] factors = new float[pool.length][];
        for (int i = 0; i < pool.length; i++) {
            factors[i] = als.itemFactor(pool[i]);
        }
        return factors;
    }

    static List<StrategyFactory> strategies(String list) {
        List<StrategyFactory> out = new ArrayList<>();
        for (String s : PolicySpec.splitList(list)) {
            out.add(Strategies.byName(s, null));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--policies is empty; e.g. random,egreedy,ts,linucb");
        }
        return out;
    }

    private Map<String, String> save(Workspace w, SimulationResult result) {
        PolicyStore store = PolicyStore.of(w);
        Map<String, String> saved = new LinkedHashMap<>();
        for (StrategyResult s : result.strategies()) {
            if (s.snapshot() != null) {
                String name = (dataset + "-" + s.name()).replaceAll("[^A-Za-z0-9._-]", "_");
                Path file = store.save(name, s.snapshot().withProvenance(Map.of("dataset", dataset, "seed",
                        Long.toString(seed), "rounds", Long.toString(rounds), "source", "recstudio simulate")));
                saved.put(s.name(), file.toString());
            }
        }
        return saved;
    }

    /** The JSON shape: per policy, regret / ctr / new_item_exposure with their series. */
    static Map<String, Object> toJson(String dataset, SimulationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", dataset);
        m.put("environment", r.environment());
        SimulationConfig c = r.config();
        m.put("rounds", c.rounds());
        m.put("seeds", c.seeds());
        m.put("seed", c.seed());
        m.put("new_items", c.newItems());
        m.put("slate_size", c.slateSize());
        m.put("seconds", r.seconds());
        Map<String, Object> per = new LinkedHashMap<>();
        for (StrategyResult s : r.strategies()) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (!s.ran()) {
                p.put("note", s.note());
                per.put(s.name(), p);
                continue;
            }
            p.put("regret", metric(s.finalRegret(), s.regret()));
            p.put("ctr", metric(s.finalCtr(), s.ctr()));
            p.put("new_item_exposure", metric(s.newItemExposure().isEmpty() ? null
                    : band(s.newItemExposure().getLast()), s.newItemExposure()));
            p.put("new_items_clicked", estimate(s.newItemsClicked()));
            p.put("rounds_to_first_click", estimate(s.roundsToFirstClick()));
            per.put(s.name(), p);
        }
        m.put("policies", per);
        return m;
    }

    private static Estimate band(SeriesPoint p) {
        return new Estimate(p.mean(), p.low(), p.high(), 0);
    }

    private static Map<String, Object> metric(Estimate last, List<SeriesPoint> series) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("final", estimate(last));
        List<Map<String, Object>> pts = new ArrayList<>();
        for (SeriesPoint p : series) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("round", p.round());
            q.put("mean", p.mean());
            q.put("low", p.low());
            q.put("high", p.high());
            pts.add(q);
        }
        m.put("series", pts);
        return m;
    }

    private static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean ok = e != null && Double.isFinite(e.mean());
        m.put("mean", ok ? e.mean() : null);
        m.put("low", ok ? e.low() : null);
        m.put("high", ok ? e.high() : null);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintWriter out, SimulationResult r, Map<String, Object> json) {
        SimulationConfig c = r.config();
        out.printf("Simulation on %s%n", r.environment());
        out.printf("  %,d rounds x %d seeds, %d new items, slate %d, %.1f s%n", c.rounds(), c.seeds(), c.newItems(),
                c.slateSize(), r.seconds());
        out.printf("  %-16s %22s %22s %16s %14s %12s%n", "strategy", "cumulative regret", "CTR", "new-item share",
                "new clicked", "1st click");
        for (StrategyResult s : r.strategies()) {
            if (!s.ran()) {
                out.printf("  %-16s %s%n", s.name(), s.note());
                continue;
            }
            SeriesPoint share = s.newItemExposure().getLast();
            out.printf("  %-16s %22s %22s %16s %14s %12s%n", s.name(), pm(s.finalRegret(), "%.1f"),
                    pm(s.finalCtr(), "%.4f"), String.format("%.3f", share.mean()),
                    fmt(s.newItemsClicked().mean(), "%.2f"), fmt(s.roundsToFirstClick().mean(), "%.0f"));
        }
        Object saved = json.get("saved_policies");
        if (saved instanceof Map<?, ?> m && !m.isEmpty()) {
            out.println("  saved policies:");
            for (var e : ((Map<String, String>) m).entrySet()) {
                out.printf("    %s -> %s%n", e.getKey(), e.getValue());
            }
        }
        out.flush();
    }

    private static String pm(Estimate e, String f) {
        return String.format(f + " ± " + f, e.mean(), (e.high() - e.low()) / 2);
    }

    private static String fmt(double v, String f) {
        return Double.isFinite(v) ? String.format(f, v) : "-";
    }
}
