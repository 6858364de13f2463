package org.recstudio.app.studio.ope;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.app.studio.task.TaskStatus;
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
import org.recstudio.engine.progress.Progress;

/**
 * State of the Off-policy screen: the log file, its format and item context, the target policy, the estimators,
 * the bootstrap settings, the running evaluation and its result — one row per estimator with its bootstrap
 * interval and its value relative to the logging policy's observed reward.
 *
 * <p>The evaluation reads the log ({@link ObdLogs} or {@link LogReader}), resolves the target
 * ({@link TargetPolicies}) and runs {@link OffPolicyEvaluator} off the UI thread. A log that cannot be used shows
 * the reader's message, which names the file, line and column.
 */
public final class OpeViewModel {

    /** The log formats. */
    public static final List<String> FORMATS = List.of("obd", "generic");
    /** The reward models of dm and dr. */
    public static final List<String> REWARD_MODELS = List.of("tabular", "ridge");
    /** Share of the log a learned target trains on, as in {@code recstudio ope}. */
    static final double TRAIN_FRACTION = 0.5;

    private final TaskRunner tasks;
    private final StringProperty logPath = new SimpleStringProperty(this, "logPath", "");
    private final ObjectProperty<String> format = new SimpleObjectProperty<>(this, "format", "obd");
    private final StringProperty itemContextPath = new SimpleStringProperty(this, "itemContextPath", "");
    private final ObservableList<String> targets = FXCollections.observableArrayList("uniform", "ts",
            "egreedy:epsilon=0.1", "ucb1", "greedy", "softmax", "item:0");
    private final StringProperty target = new SimpleStringProperty(this, "target", "uniform");
    private final ObjectProperty<String> rewardModel = new SimpleObjectProperty<>(this, "rewardModel", "tabular");
    private final ObservableList<EstimatorChoice> estimators = FXCollections.observableArrayList(
            c -> new Observable[] {c.selectedProperty()});
    private final StringProperty bootstrap = new SimpleStringProperty(this, "bootstrap", "200");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final TaskStatus taskStatus = new TaskStatus(progress, status);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Evaluation> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<EstimateRow> rows = FXCollections.observableArrayList();

    /**
     * One finished evaluation.
     *
     * @param loggedValue the logging policy's mean reward on the evaluated rows
     */
    public record Evaluation(String log, String format, int rows, int evaluatedRows, int actions, String target,
                             double loggedValue, int resamples, double level, List<OpeEstimate> estimates) {
        public Evaluation {
            estimates = List.copyOf(estimates);
        }
    }

    /** What a run needs, read from the form. */
    record Settings(Path log, String format, Path itemContext, String target, List<Estimator> estimators,
                    OffPolicyEvaluator.Options options, long seed) {
    }

    public OpeViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        estimators.addAll(
                new EstimatorChoice("replay", "Mean reward where the target matches the logged action; unbiased "
                        + "only for a uniformly random logging policy.", false),
                new EstimatorChoice("ips", "Inverse propensity scoring: unbiased, high variance.", true),
                new EstimatorChoice("snips", "Self-normalised IPS: a little bias, much less variance.", true),
                new EstimatorChoice("dm", "Direct method: the reward model's prediction for the target.", true),
                new EstimatorChoice("dr", "Doubly robust: the direct method corrected by IPS on its residuals.", true),
                new EstimatorChoice("switch-dr", "Switch-DR: DR's correction only where the weight is at most "
                        + "\u03c4 = 100.", false));
        for (StringProperty p : List.of(logPath, itemContextPath, target, bootstrap, seed)) {
            p.addListener((obs, old, now) -> validate());
        }
        format.addListener((obs, old, now) -> validate());
        rewardModel.addListener((obs, old, now) -> validate());
        estimators.addListener((ListChangeListener<EstimatorChoice>) c -> validate());
        logPath.addListener((obs, old, now) -> detectFormat(now));
        canRun.bind(Bindings.createBooleanBinding(() -> !running.get() && formError.get().isEmpty(), running,
                formError));
        validate();
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

    /** The evaluation the form describes; throws with a message naming the bad field. */
    Settings settings() {
        String path = text(logPath);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("Choose a log file (CSV or JSONL) to evaluate.");
        }
        Path log = Path.of(path);
        if (!Files.isRegularFile(log)) {
            throw new IllegalArgumentException("Log file " + log + " does not exist.");
        }
        String ctx = text(itemContextPath);
        Path itemContext = ctx.isEmpty() ? null : Path.of(ctx);
        if (itemContext != null && !Files.isRegularFile(itemContext)) {
            throw new IllegalArgumentException("Item context file " + itemContext + " does not exist.");
        }
        String t = text(target);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Choose a target policy, e.g. uniform or ts.");
        }
        List<String> chosen = new ArrayList<>();
        for (EstimatorChoice c : estimators) {
            if (c.isSelected()) {
                chosen.add(c.name());
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one estimator.");
        }
        long n;
        long s;
        try {
            n = Long.parseLong(text(bootstrap));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bootstrap must be a whole number, got '" + text(bootstrap) + "'.");
        }
        if (n < 2 || n > 100_000) {
            throw new IllegalArgumentException("Bootstrap must be between 2 and 100,000 resamples, got " + n + ".");
        }
        try {
            s = Long.parseLong(text(seed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed must be a whole number, got '" + text(seed) + "'.");
        }
        OffPolicyEvaluator.Options o = OffPolicyEvaluator.Options.defaults().withRewardModel(rewardModel.get())
                .withBootstrap((int) n, s);
        return new Settings(log, format.get(), itemContext, t, Estimators.parse(String.join(",", chosen)), o, s);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    /** Picks obd when the header has OBD's propensity_score and user-item affinity columns, else generic. */
    private void detectFormat(String path) {
        if (path == null || path.isBlank()) {
            return;
        }
        Path file = Path.of(path.strip());
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header != null) {
                format.set(header.contains("propensity_score") && header.contains("user-item_affinity_")
                        ? "obd" : "generic");
            }
        } catch (IOException e) {
            error.set("Cannot read the header of " + file + ": " + e.getMessage());
        }
    }

    // ---------- running ----------

    /** Starts the evaluation in the background; does nothing while the form is invalid or a run is going. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Settings s = settings();
        error.set("");
        running.set(true);
        tasks.task("Evaluating " + s.target() + " on " + s.log().getFileName(), p -> evaluate(s, p))
                .onStarted(taskStatus::follow)
                .onSuccess(e -> {
                    taskStatus.unfollow(1);
                    show(e);
                })
                .onFailure(e -> {
                    taskStatus.unfollow(0);
                    error.set("Cannot evaluate on " + s.log().getFileName() + ": " + TaskRunner.describe(e));
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

    /** Reads the log and evaluates, as {@code recstudio ope} does. */
    static Evaluation evaluate(Settings s, Progress p) {
        p.update("Reading " + s.log().getFileName(), 0, 1);
        BanditLog data = switch (s.format()) {
            case "obd" -> ObdLogs.read(s.log(), s.itemContext());
            case "generic" -> LogReader.read(s.log(), LogColumns.defaults(), null,
                    s.itemContext() == null ? null : ItemContext.read(s.itemContext(), "item_id"));
            default -> throw new IllegalArgumentException("format must be obd or generic, got '" + s.format() + "'");
        };
        p.checkCancelled();
        TargetPolicies.Target t = TargetPolicies.resolve(s.target(), data, TRAIN_FRACTION, s.seed());
        List<OpeEstimate> estimates = OffPolicyEvaluator.evaluate(t.rows(), t.policy(), s.estimators(), s.options(),
                p);
        return new Evaluation(data.source().toString(), s.format(), data.size(), t.rows().size(), data.actionCount(),
                t.description(), t.rows().meanReward(), s.options().resamples(), s.options().level(), estimates);
    }

    private void show(Evaluation e) {
        result.set(e);
        rows.setAll(e.estimates().stream().map(x -> EstimateRow.of(x, e.loggedValue())).toList());
        status.set(String.format(Locale.ROOT, "Done \u2014 %s rows, %d%% intervals from %s resamples.",
                Formats.count(e.evaluatedRows()), Math.round(e.level() * 100), Formats.count(e.resamples())));
    }

    /** Asks the running evaluation to stop. */
    public void cancel() {
        taskStatus.cancel();
    }

    // ---------- properties ----------

    public StringProperty logPathProperty() {
        return logPath;
    }

    /** obd or generic; set from the log's header when a log is chosen. */
    public ObjectProperty<String> formatProperty() {
        return format;
    }

    /** The item features file (e.g. OBD's item_context.csv), or "". */
    public StringProperty itemContextPathProperty() {
        return itemContextPath;
    }

    /** Suggested target specs; any spec of {@link TargetPolicies} may be typed. */
    public ObservableList<String> targets() {
        return targets;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<String> rewardModelProperty() {
        return rewardModel;
    }

    public ObservableList<EstimatorChoice> estimators() {
        return estimators;
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Why the form cannot run, or "". */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
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

    /** Why the last evaluation failed (with the reader's file, line and column), or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last finished evaluation, or null. */
    public ReadOnlyObjectProperty<Evaluation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One row per estimator of the last evaluation. */
    public ObservableList<EstimateRow> rows() {
        return rows;
    }
}
