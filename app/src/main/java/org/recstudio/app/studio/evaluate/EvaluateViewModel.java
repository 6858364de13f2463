package org.recstudio.app.studio.evaluate;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.app.studio.task.TaskStatus;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.eval.AlgorithmCatalog;
import org.recstudio.engine.eval.Evaluator;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.history.RunStore;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/**
 * State of the Evaluate screen: the run's setup (dataset, protocol, tie rule, cutoffs, algorithms, baseline, seed,
 * param overrides), the running evaluation with progress and cancel, the results (table rows, protocol line,
 * chart bars, segment breakdown) and the {@link RunHistory}.
 *
 * The setup form is an {@link EvaluateSetup}.
 *
 * <p>A run loads the dataset (reused while its version holds), evaluates off the UI thread and stores the run in
 * the workspace history; a cancelled run stores nothing.
 */
public final class EvaluateViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final WorkspaceModel datasets;
    private final RunStore store;
    private final RunHistory history;
    private final EvaluateSetup setup = new EvaluateSetup();
    private final Evaluator evaluator = new Evaluator(AlgorithmCatalog.registry());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final TaskStatus taskStatus = new TaskStatus(progress, status);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "");
    private final Shown result = new Shown();
    private final ReadOnlyStringWrapper protocolLine = new ReadOnlyStringWrapper(this, "protocolLine", "");
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> metricKeys = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartMetric = new SimpleObjectProperty<>(this, "chartMetric");
    private final ObservableList<BarPoint> bars = FXCollections.observableArrayList();
    private final ObjectProperty<String> segmentMetric = new SimpleObjectProperty<>(this, "segmentMetric");
    private final ObservableList<SegmentRow> segments = FXCollections.observableArrayList();
    private Dataset cached;

    /** The run the results show and its id. */
    private static final class Shown {
        private RunResult run;
        private long id;
    }

    /** What one successful run produced. */
    private record Done(Dataset data, long id, RunResult run) {
    }

    public EvaluateViewModel(Workspace workspace, TaskRunner tasks, WorkspaceModel datasets) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.store = new RunStore(workspace);
        this.history = new RunHistory(store, tasks, error);
        canRun.bind(Bindings.createBooleanBinding(() -> !running.get() && datasets.selectedProperty().get() != null
                && setup.formErrorProperty().get().isEmpty(), running, datasets.selectedProperty(),
                setup.formErrorProperty()));
        datasetSummary.bind(Bindings.createStringBinding(() -> summary(datasets.selectedInfoProperty().get()),
                datasets.selectedInfoProperty()));
        chartMetric.addListener((obs, old, now) -> showBars());
        segmentMetric.addListener((obs, old, now) -> showSegments());
        status.set("Choose a protocol and models, then press Run.");
    }

    private static String summary(DatasetInfo d) {
        return d == null ? "The workspace has no datasets yet. Import one to evaluate models on it."
                : "Evaluate models on " + d.name() + " (version " + d.version() + " \u00b7 " + Formats.count(d.users())
                + " users \u00b7 " + Formats.count(d.interactions()) + " interactions): explicit protocol, "
                + "confidence intervals, significance vs a baseline.";
    }

    /** Marks the screen shown; when shown, re-reads the run history. */
    public void setActive(boolean active) {
        if (active) {
            history.refresh();
        }
    }

    // ---------- running ----------

    /** Starts the evaluation in the background; does nothing while the form is invalid or a run is going. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        String name = datasets.selectedProperty().get();
        DatasetInfo info = datasets.selectedInfoProperty().get();
        Dataset reuse = cached != null && info != null && cached.info().equals(info) ? cached : null;
        error.set("");
        running.set(true);
        tasks.task("Evaluating on " + name, p -> evaluate(name, reuse, p))
                .onStarted(taskStatus::follow)
                .onSuccess(d -> {
                    taskStatus.unfollow(1);
                    cached = d.data();
                    show(d.id(), d.run());
                    status.set(String.format(java.util.Locale.ROOT, "Done in %.1f s \u2014 stored as run #%d.",
                            d.run().wallSeconds(), d.id()));
                })
                .onFailure(e -> {
                    taskStatus.unfollow(0);
                    error.set("The evaluation failed: " + TaskRunner.describe(e));
                    status.set("Failed \u2014 no run was stored.");
                })
                .onCancelled(() -> {
                    taskStatus.unfollow(0);
                    status.set("Cancelled \u2014 no run was stored.");
                })
                .onDone(() -> {
                    taskStatus.done();
                    running.set(false);
                    history.refresh();
                })
                .start();
    }

    private Done evaluate(String name, Dataset reuse, Progress p) {
        Dataset d = reuse != null ? reuse : new DatasetLoader(workspace).loadWithMetadata(name, p);
        p.checkCancelled();
        RunResult r = evaluator.run(setup.request(d), p);
        p.checkCancelled(); // a run cancelled at its very end stores nothing
        return new Done(d, store.save(r), r);
    }

    /** Asks the running evaluation to stop; it stores nothing. */
    public void cancel() {
        taskStatus.cancel();
    }

    // ---------- results ----------

    private void show(long id, RunResult r) {
        result.run = r;
        result.id = id;
        protocolLine.set("Run #" + id + " \u00b7 " + RunTables.protocolLine(r));
        columns.setAll(RunTables.columns(r));
        models.setAll(r.algorithms().stream().map(a -> a.label()).toList());
        rows.setAll(RunTables.rows(r));
        List<String> keys = RunTables.metricKeys(r);
        metricKeys.setAll(keys);
        String first = columns.isEmpty() ? keys.isEmpty() ? null : keys.getFirst() : columns.getFirst();
        if (chartMetric.get() == null || !keys.contains(chartMetric.get())) {
            chartMetric.set(first);
        }
        if (segmentMetric.get() == null || !keys.contains(segmentMetric.get())) {
            segmentMetric.set(first);
        }
        showBars();
        showSegments();
    }

    private void showBars() {
        bars.setAll(result.run == null || chartMetric.get() == null ? List.of()
                : RunTables.bars(result.run, chartMetric.get()));
    }

    private void showSegments() {
        segments.setAll(result.run == null || segmentMetric.get() == null ? List.of()
                : RunTables.segments(result.run, segmentMetric.get()));
    }

    /** Shows the stored run {@code row} in the results. */
    public void open(RunRow row) {
        if (row == null) {
            return;
        }
        tasks.task("Reading run #" + row.id(), p -> store.require(row.id()))
                .quiet()
                .onSuccess(r -> show(row.id(), r))
                .onFailure(e -> error.set("Cannot read run #" + row.id() + ": " + TaskRunner.describe(e)))
                .start();
    }

    // ---------- properties ----------

    public ObservableList<String> datasets() {
        return datasets.names();
    }

    /** The dataset to evaluate on: the workspace's selected dataset, shared with the other screens. */
    public ObjectProperty<String> datasetProperty() {
        return datasets.selectedProperty();
    }

    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }


    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The shown run's protocol, tie rule, tied share and test settings, in one line. */
    public ReadOnlyStringProperty protocolLineProperty() {
        return protocolLine.getReadOnlyProperty();
    }

    /** One row per model of the shown run. */
    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** The metric keys shown as table columns. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** Every metric key of the shown run. */
    public ObservableList<String> metricKeys() {
        return metricKeys;
    }

    /** The model labels of the shown run. */
    public ObservableList<String> models() {
        return models;
    }

    public ObjectProperty<String> chartMetricProperty() {
        return chartMetric;
    }

    /** The bars of the chart metric. */
    public ObservableList<BarPoint> bars() {
        return bars;
    }

    public ObjectProperty<String> segmentMetricProperty() {
        return segmentMetric;
    }

    /** The segment breakdown of the segment metric. */
    public ObservableList<SegmentRow> segments() {
        return segments;
    }


    /** The run's setup: protocol, cutoffs, models, baseline, seed. */
    public EvaluateSetup setup() {
        return setup;
    }

    /** The stored runs and the diff of two of them. */
    public RunHistory history() {
        return history;
    }

    /** The id of the shown run, or 0. */
    long shownRun() {
        return result.id;
    }
}
