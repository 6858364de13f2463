package org.recstudio.app.studio.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.app.studio.task.TaskStatus;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/**
 * State of the Train screen: the dataset and algorithm, a params form generated from the algorithm's params
 * record and validated on every edit, the model name and seed, the running fit with its progress and
 * per-iteration loss, and the workspace's trained models.
 *
 * <p>A fit runs off the UI thread; it loads the dataset (reused between runs while its version holds), fits and
 * saves. Cancelling stops it at the algorithm's next check, and a cancelled run never saves a model.
 */
public final class TrainViewModel {

    /** The names {@link ModelStore} accepts. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final String DEFAULT_SEED = "42";

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final WorkspaceModel datasets;
    private final Executor ui;
    private final ModelStore store;
    private final ObservableList<String> algorithms = FXCollections.observableArrayList(Algorithms.names());
    private final ObjectProperty<String> algorithm = new SimpleObjectProperty<>(this, "algorithm");
    private final ParamsFormModel form = new ParamsFormModel();
    private final StringProperty modelName = new SimpleStringProperty(this, "modelName", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", DEFAULT_SEED);
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final TaskStatus taskStatus = new TaskStatus(progress, status, TrainViewModel::statusOf);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "");
    private final ObservableList<LossPoint> loss = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lossNote = new ReadOnlyStringWrapper(this, "lossNote", "");
    private final ObservableList<ModelRow> models = FXCollections.observableArrayList();
    private Dataset cached;
    private Set<String> taken = Set.of();
    private boolean nameEdited;
    private boolean suggesting;
    private long generation;

    /** What one successful run produced: the dataset it loaded (kept for the next run) and the saved model. */
    private record Trained(Dataset data, StoredModel model) {
    }

    /**
     * @param ui runs UI updates ({@code Platform::runLater} in the studio); the loss of each iteration is posted
     *           through it as it is reported
     */
    public TrainViewModel(Workspace workspace, TaskRunner tasks, WorkspaceModel datasets, Executor ui) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.store = new ModelStore(workspace);
        canStart.bind(Bindings.createBooleanBinding(() -> !running.get() && datasets.selectedProperty().get() != null
                        && algorithm.get() != null && form.errorProperty().get().isEmpty() && nameError.get().isEmpty()
                        && seedError.get().isEmpty(),
                running, datasets.selectedProperty(), algorithm, form.errorProperty(), nameError, seedError));
        datasetSummary.bind(Bindings.createStringBinding(() -> summary(datasets.selectedInfoProperty().get()),
                datasets.selectedInfoProperty()));
        algorithm.addListener((obs, old, now) -> {
            form.load(now);
            suggestName();
        });
        datasets.selectedProperty().addListener((obs, old, now) -> suggestName());
        modelName.addListener((obs, old, now) -> {
            if (!suggesting) {
                nameEdited = now != null && !now.isBlank();
            }
            validateName();
        });
        seed.addListener((obs, old, now) -> validateSeed());
        algorithm.set(algorithms.contains("als") ? "als" : algorithms.isEmpty() ? null : algorithms.getFirst());
        lossNote.set("The training loss of each iteration is drawn here while an algorithm that reports one (ALS) "
                + "trains.");
        validateName();
    }

    private static String summary(DatasetInfo d) {
        return d == null ? "The workspace has no datasets yet. Import one to train a model on it."
                : "Fit a model on " + d.name() + " (version " + d.version() + " \u00b7 " + Formats.count(d.users())
                + " users \u00b7 " + Formats.count(d.items()) + " items \u00b7 " + Formats.count(d.interactions())
                + " interactions) and save it in the workspace.";
    }

    /** Marks the screen shown; when shown, re-reads the trained models. */
    public void setActive(boolean active) {
        if (active) {
            refreshModels();
        }
    }

    /** Re-reads the workspace's trained models in the background. */
    public void refreshModels() {
        tasks.task("Reading models", p -> store.list())
                .quiet()
                .onSuccess(this::showModels)
                .onFailure(e -> error.set("Cannot read the trained models: " + TaskRunner.describe(e)))
                .start();
    }

    private void showModels(List<StoredModel> list) {
        models.setAll(list.stream().map(ModelRow::of)
                .sorted((a, b) -> Long.compare(b.trainedAt(), a.trainedAt())).toList());
        taken = list.stream().map(StoredModel::name).collect(Collectors.toUnmodifiableSet());
        if (nameEdited) {
            validateName();
        } else {
            suggestName();
        }
    }

    // ---------- name and seed ----------

    private void suggestName() {
        if (nameEdited) {
            return;
        }
        String ds = datasets.selectedProperty().get();
        String alg = algorithm.get();
        if (ds == null || alg == null) {
            return;
        }
        String base = (ds + "-" + alg).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        base = base.isEmpty() ? alg : base;
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        suggesting = true;
        try {
            modelName.set(candidate);
        } finally {
            suggesting = false;
        }
    }

    private void validateName() {
        String n = modelName.get() == null ? "" : modelName.get().strip();
        if (n.isEmpty()) {
            nameError.set("Enter a name to save the model under.");
        } else if (!NAME.matcher(n).matches()) {
            nameError.set("Model name '" + n + "' is not valid: use 1-100 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit.");
        } else if (taken.contains(n)) {
            nameError.set("A model named '" + n + "' already exists; choose another name.");
        } else {
            nameError.set("");
        }
    }

    private void validateSeed() {
        String s = seed.get() == null ? "" : seed.get().strip();
        try {
            Long.parseLong(s);
            seedError.set("");
        } catch (NumberFormatException e) {
            seedError.set("Seed must be a whole number, got '" + s + "'.");
        }
    }

    // ---------- training ----------

    /** Starts fitting the chosen algorithm in the background; does nothing while the form is invalid. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        DatasetInfo info = datasets.selectedInfoProperty().get();
        String datasetName = datasets.selectedProperty().get();
        Algorithm<?> a = Algorithms.byName(algorithm.get());
        Map<String, String> values = form.values();
        long s = Long.parseLong(seed.get().strip());
        String name = modelName.get().strip();
        Dataset reuse = cached != null && info != null && cached.info().equals(info) ? cached : null;
        long gen = ++generation;
        loss.clear();
        error.set("");
        outcome.set("");
        lossNote.set("Waiting for the first iteration\u2026");
        running.set(true);
        tasks.task("Training " + name, p -> train(datasetName, reuse, a, values, s, name,
                        new LossTap(p, point -> ui.execute(() -> addLoss(gen, point)))))
                .onStarted(taskStatus::follow)
                .onSuccess(r -> {
                    taskStatus.unfollow(1);
                    finished(a.name(), r);
                })
                .onFailure(e -> {
                    taskStatus.unfollow(0);
                    error.set("Training " + name + " failed: " + TaskRunner.describe(e));
                    status.set("Failed \u2014 no model was saved.");
                    noLossReported();
                })
                .onCancelled(() -> {
                    taskStatus.unfollow(0);
                    status.set("Cancelled \u2014 no model was saved.");
                    noLossReported();
                })
                .onDone(this::ended)
                .start();
    }

    private Trained train(String datasetName, Dataset reuse, Algorithm<?> a, Map<String, String> values, long s,
                          String name, Progress p) {
        Dataset d = reuse != null ? reuse : new DatasetLoader(workspace).loadWithMetadata(datasetName, p);
        p.checkCancelled();
        Model m = Algorithms.fit(a, d, values, s, p);
        p.checkCancelled(); // a run cancelled during its last step saves nothing
        return new Trained(d, store.save(name, m));
    }

    private static String statusOf(String stage, String message) {
        if (stage.isEmpty() && message.isEmpty()) {
            return "Starting\u2026";
        }
        return message.isEmpty() ? stage + "\u2026" : stage.isEmpty() ? message : stage + " \u00b7 " + message;
    }

    private void addLoss(long gen, LossPoint point) {
        if (gen == generation) {
            loss.add(point);
            lossNote.set("");
        }
    }

    private void finished(String algorithmName, Trained r) {
        cached = r.data();
        StoredModel m = r.model();
        status.set("Done \u2014 saved model " + m.name() + ".");
        outcome.set(String.format(Locale.ROOT, "Saved model %s: %s on %s v%d, fit in %s s%s", m.name(),
                m.algorithm(), m.dataset(), m.datasetVersion(), Formats.decimal(m.provenance().fitSeconds(), 2),
                loss.isEmpty() ? "" : " \u00b7 final loss " + Formats.decimal(loss.getLast().loss(), 6)));
        if (loss.isEmpty()) {
            lossNote.set(algorithmName + " reports no per-iteration training loss; the chart stays empty.");
        }
        nameEdited = false;
    }

    /** After a failed or cancelled fit: says so where the loss chart stayed empty. */
    private void noLossReported() {
        if (loss.isEmpty()) {
            lossNote.set("No training loss was reported.");
        }
    }

    private void ended() {
        taskStatus.done();
        running.set(false);
        refreshModels();
    }

    /** Asks the running fit to stop; it ends at the algorithm's next check and saves nothing. */
    public void cancel() {
        taskStatus.cancel();
    }

    // ---------- properties ----------

    /** The registered algorithm names. */
    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public ObjectProperty<String> algorithmProperty() {
        return algorithm;
    }

    /** The dataset names of the workspace. */
    public ObservableList<String> datasets() {
        return datasets.names();
    }

    /** The dataset to train on: the workspace's selected dataset, shared with the other screens. */
    public ObjectProperty<String> datasetProperty() {
        return datasets.selectedProperty();
    }

    /** One sentence on the selected dataset. */
    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }

    /** The form fields of the chosen algorithm's params, in record order. */
    public ObservableList<ParamField> params() {
        return form.fields();
    }

    /** Why the entered params are invalid (the binder's message, naming the parameter), or "". */
    public ReadOnlyStringProperty paramsErrorProperty() {
        return form.errorProperty();
    }

    public StringProperty modelNameProperty() {
        return modelName;
    }

    /** Why the model name cannot be used, or "". */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Why the seed is invalid, or "". */
    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    /** Whether a fit is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether Start is possible: a dataset, valid params, a free name, a seed, and nothing running. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** The fraction done of the running fit's current stage, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The running fit's stage and last message, or how the last run ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last successful run saved, or "". */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the last run or model listing failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The training loss of each iteration of the current (or last) run. */
    public ObservableList<LossPoint> loss() {
        return loss;
    }

    /** Why the loss chart is empty, or "" while it has points. */
    public ReadOnlyStringProperty lossNoteProperty() {
        return lossNote.getReadOnlyProperty();
    }

    /** The workspace's trained models, newest first. */
    public ObservableList<ModelRow> models() {
        return models;
    }
}
