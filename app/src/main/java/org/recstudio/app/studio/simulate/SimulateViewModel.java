package org.recstudio.app.studio.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.app.studio.task.TaskStatus;
import org.recstudio.bandit.sim.DatasetEnvironment;
import org.recstudio.bandit.sim.Environment;
import org.recstudio.bandit.sim.QuickFactorizer;
import org.recstudio.bandit.sim.SimulationConfig;
import org.recstudio.bandit.sim.SimulationResult;
import org.recstudio.bandit.sim.SimulationRunner;
import org.recstudio.bandit.sim.Strategies;
import org.recstudio.bandit.sim.StrategyFactory;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/**
 * State of the Simulate screen: the strategies to compare, the simulation's settings as validated text fields,
 * the dataset whose preferences ground the simulated users (the workspace's selected dataset), the running
 * simulation with its progress, and the result — series with bands per strategy and a summary row each.
 *
 * <p>A run loads the dataset (reused while its version holds), fits the simulator's latent model
 * ({@link DatasetEnvironment}) and runs {@link SimulationRunner}, all off the UI thread and cancellable.
 */
public final class SimulateViewModel {

    /** Mean click probability of the simulated users, as in {@code recstudio simulate}. */
    static final double BASE_CTR = 0.05;

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final WorkspaceModel datasets;
    private final ObservableList<StrategyChoice> strategies = FXCollections.observableArrayList(
            c -> new Observable[] {c.selectedProperty()});
    private final StringProperty rounds = new SimpleStringProperty(this, "rounds", "5000");
    private final StringProperty newItems = new SimpleStringProperty(this, "newItems", "20");
    private final StringProperty newUsers = new SimpleStringProperty(this, "newUsers", "0.1");
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds", "5");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final StringProperty slateSize = new SimpleStringProperty(this, "slateSize", "1");
    private final StringProperty positionDecay = new SimpleStringProperty(this, "positionDecay", "1.0");
    private final StringProperty clickNoise = new SimpleStringProperty(this, "clickNoise", "0.0");
    private final StringProperty users = new SimpleStringProperty(this, "users", "1000");
    private final StringProperty maxItems = new SimpleStringProperty(this, "maxItems", "300");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final TaskStatus taskStatus = new TaskStatus(progress, status);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "");
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<StrategySummaryRow> summary = FXCollections.observableArrayList();
    private Dataset cached;

    private record Outcome(Dataset data, SimulationResult result) {
    }

    /** What a run needs, read from the form; {@link #config()} and {@link #environment()} of it. */
    record Settings(SimulationConfig config, DatasetEnvironment.Params environment, List<StrategyFactory> strategies) {
    }

    public SimulateViewModel(Workspace workspace, TaskRunner tasks, WorkspaceModel datasets) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        strategies.addAll(
                new StrategyChoice("random", "random", "Uniformly random: the floor every strategy should beat.", true),
                new StrategyChoice("\u03b5-greedy", "egreedy:epsilon=0.1",
                        "Best observed click rate, a random item 10% of the time.", true),
                new StrategyChoice("UCB1", "ucb1", "Optimism: best upper confidence bound on the click rate.", true),
                new StrategyChoice("Thompson", "ts", "Beta Thompson sampling of each item's click rate.", true),
                new StrategyChoice("Gaussian TS", "gts", "Thompson sampling with Gaussian posteriors.", false),
                new StrategyChoice("softmax", "softmax", "Boltzmann exploration over observed click rates.", false),
                new StrategyChoice("LinUCB", "linucb", "Contextual: ridge regression on user features, with UCB.",
                        true),
                new StrategyChoice("hybrid LinUCB", "hybrid-linucb:alpha=0.5",
                        "LinUCB with a shared part so new items borrow from similar items.", false),
                new StrategyChoice("linear TS", "lints", "Contextual Thompson sampling on a linear model.", false),
                new StrategyChoice("popularity", "popularity", "Most popular first: no exploration at all.", false),
                new StrategyChoice("content", "content", "Similarity of item content to the user's history.", false));
        for (StringProperty p : List.of(rounds, newItems, newUsers, seeds, seed, slateSize, positionDecay, clickNoise,
                users, maxItems)) {
            p.addListener((obs, old, now) -> validate());
        }
        strategies.addListener((javafx.collections.ListChangeListener<StrategyChoice>) c -> validate());
        canRun.bind(Bindings.createBooleanBinding(() -> !running.get() && formError.get().isEmpty()
                && datasets.selectedProperty().get() != null, running, formError, datasets.selectedProperty()));
        datasetSummary.bind(Bindings.createStringBinding(() -> describe(datasets.selectedInfoProperty().get()),
                datasets.selectedInfoProperty()));
        validate();
    }

    private static String describe(DatasetInfo d) {
        return d == null ? "The workspace has no datasets yet. Import one: its users' tastes ground the simulator."
                : "Exploration strategies against simulated users whose tastes come from " + d.name() + " ("
                + Formats.count(d.users()) + " users \u00b7 " + Formats.count(d.items()) + " items), with new items "
                + "arriving during the run.";
    }

    // ---------- form ----------

    private void validate() {
        String message = "";
        try {
            settings();
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        formError.set(message);
    }

    /** The run the form describes; throws with a message naming the bad field. */
    Settings settings() {
        long r = whole(rounds, "Rounds");
        int m = (int) whole(newItems, "New items");
        double nu = decimal(newUsers, "New users");
        if (!(nu >= 0 && nu < 1)) {
            throw new IllegalArgumentException("New users is a share in [0, 1), got " + nu + ".");
        }
        int k = (int) whole(seeds, "Seeds");
        long s = whole(seed, "Seed");
        int slate = (int) whole(slateSize, "Slate size");
        double decay = decimal(positionDecay, "Position bias");
        double noise = decimal(clickNoise, "Click noise");
        int u = (int) whole(users, "Users");
        int items = (int) whole(maxItems, "Items");
        if (m < 0) {
            throw new IllegalArgumentException("New items must be >= 0, got " + m + ".");
        }
        if (m >= items) {
            throw new IllegalArgumentException("New items (" + m + ") must be below the " + items
                    + " items of the simulated pool.");
        }
        SimulationConfig config = new SimulationConfig(r, k, s, slate, 0, decay, noise, 0, 1, 50, m, nu, 0.1, 0.6, 1);
        DatasetEnvironment.Params env = new DatasetEnvironment.Params(u, items, BASE_CTR, 1.5, 0.5, 20,
                QuickFactorizer.Params.defaults());
        List<StrategyFactory> chosen = new ArrayList<>();
        for (StrategyChoice c : strategies) {
            if (c.isSelected()) {
                chosen.add(Strategies.byName(c.spec(), null));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one strategy to simulate.");
        }
        return new Settings(config, env, List.copyOf(chosen));
    }

    private static long whole(StringProperty p, String name) {
        String t = p.get() == null ? "" : p.get().strip().replace(",", "").replace("_", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + t + "'.");
        }
    }

    private static double decimal(StringProperty p, String name) {
        String t = p.get() == null ? "" : p.get().strip();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + t + "'.");
        }
    }

    // ---------- running ----------

    /** Starts the simulation in the background; does nothing while the form is invalid or a run is going. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Settings settings = settings();
        String name = datasets.selectedProperty().get();
        DatasetInfo info = datasets.selectedInfoProperty().get();
        Dataset reuse = cached != null && info != null && cached.info().equals(info) ? cached : null;
        error.set("");
        running.set(true);
        tasks.task("Simulating on " + name, p -> simulate(name, reuse, settings, p))
                .onStarted(taskStatus::follow)
                .onSuccess(o -> {
                    taskStatus.unfollow(1);
                    cached = o.data();
                    show(o.result());
                })
                .onFailure(e -> {
                    taskStatus.unfollow(0);
                    error.set("The simulation failed: " + TaskRunner.describe(e));
                    status.set("Failed.");
                })
                .onCancelled(() -> {
                    taskStatus.unfollow(0);
                    status.set("Cancelled \u2014 the previous results are kept.");
                })
                .onDone(() -> {
                    taskStatus.done();
                    running.set(false);
                })
                .start();
    }

    private Outcome simulate(String name, Dataset reuse, Settings s, Progress p) {
        Dataset data = reuse != null ? reuse : new DatasetLoader(workspace).loadWithMetadata(name, p);
        p.checkCancelled();
        Environment env = DatasetEnvironment.build(data, null, s.environment(), s.config().seed(), p);
        if (s.config().newItems() >= env.itemCount()) {
            throw new IllegalArgumentException("New items (" + s.config().newItems() + ") must be below the "
                    + env.itemCount() + " items of the simulated pool of " + name + ".");
        }
        p.checkCancelled();
        return new Outcome(data, new SimulationRunner().run(env, s.config(), s.strategies(), p));
    }

    private void show(SimulationResult r) {
        result.set(r);
        summary.setAll(r.strategies().stream().map(StrategySummaryRow::of).toList());
        SimulationConfig c = r.config();
        status.set(String.format(Locale.ROOT, "Done \u2014 %s rounds \u00d7 %d seeds in %s s.",
                Formats.count(c.rounds()), c.seeds(), Formats.decimal(r.seconds(), 1)));
    }

    /** Asks the running simulation to stop; it ends at its next check and keeps the previous results. */
    public void cancel() {
        taskStatus.cancel();
    }

    /** The label of the strategy a result names (its spec's name, e.g. {@code ts} → "Thompson"). */
    public String label(String resultName) {
        for (StrategyChoice c : strategies) {
            if (c.spec().split(":")[0].equals(resultName)) {
                return c.label();
            }
        }
        return resultName;
    }

    // ---------- properties ----------

    /** The strategies on offer, each with its check box state. */
    public ObservableList<StrategyChoice> strategies() {
        return strategies;
    }

    /** The dataset names of the workspace. */
    public ObservableList<String> datasets() {
        return datasets.names();
    }

    /** The dataset grounding the simulator: the workspace's selected dataset. */
    public ObjectProperty<String> datasetProperty() {
        return datasets.selectedProperty();
    }

    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }

    public StringProperty roundsProperty() {
        return rounds;
    }

    public StringProperty newItemsProperty() {
        return newItems;
    }

    /** Share of users arriving during the run without history. */
    public StringProperty newUsersProperty() {
        return newUsers;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty slateSizeProperty() {
        return slateSize;
    }

    /** Position bias: slot j is examined with probability 1/(j+1)^decay. */
    public StringProperty positionDecayProperty() {
        return positionDecay;
    }

    public StringProperty clickNoiseProperty() {
        return clickNoise;
    }

    /** Users in the simulated pool. */
    public StringProperty usersProperty() {
        return users;
    }

    /** Items in the simulated pool (the most interacted). */
    public StringProperty maxItemsProperty() {
        return maxItems;
    }

    /** Why the form cannot run (naming the field), or "". */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** Fraction done of the current stage, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last run failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last finished simulation, or null. */
    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One row per strategy of the last finished simulation. */
    public ObservableList<StrategySummaryRow> summary() {
        return summary;
    }
}
