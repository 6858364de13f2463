package org.recstudio.app.studio.shell;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.StudioContext;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.explore.ExploreViewModel;
import org.recstudio.app.studio.importer.ImportWizardViewModel;
import org.recstudio.app.studio.inspect.InspectViewModel;
import org.recstudio.app.studio.task.BackgroundTask;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.app.studio.train.TrainViewModel;
import org.recstudio.engine.importer.Presets;
import org.recstudio.engine.store.DatasetInfo;

/**
 * State of the main window: the current screen, the dataset selector, the theme, and the status bar's
 * workspace, dataset counts and background-task progress. Owns the screens' view models.
 */
public final class MainViewModel {

    private final WorkspaceModel workspace;
    private final TaskRunner tasks;
    private final ImportWizardViewModel importer;
    private final ExploreViewModel explore;
    private final TrainViewModel train;
    private final InspectViewModel inspect;
    private final org.recstudio.app.studio.simulate.SimulateViewModel simulate;
    private final org.recstudio.app.studio.evaluate.EvaluateViewModel evaluate;
    private final org.recstudio.app.studio.ope.OpeViewModel ope;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.EXPLORE);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ReadOnlyStringWrapper datasetCounts = new ReadOnlyStringWrapper(this, "datasetCounts", "");
    private final ReadOnlyBooleanWrapper taskRunning = new ReadOnlyBooleanWrapper(this, "taskRunning");
    private final ReadOnlyStringWrapper taskText = new ReadOnlyStringWrapper(this, "taskText", "");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(this, "taskProgress", -1);

    public MainViewModel(StudioContext context) {
        Objects.requireNonNull(context, "context");
        this.workspace = context.workspaceModel();
        this.tasks = context.tasks();
        this.importer = new ImportWizardViewModel(context.workspace(), tasks, workspace, Presets.all());
        this.explore = new ExploreViewModel(context.workspace(), tasks, workspace);
        this.train = new TrainViewModel(context.workspace(), tasks, workspace, context.ui());
        this.inspect = new InspectViewModel(context.workspace(), tasks);
        this.simulate = new org.recstudio.app.studio.simulate.SimulateViewModel(context.workspace(), tasks, workspace);
        this.evaluate = new org.recstudio.app.studio.evaluate.EvaluateViewModel(context.workspace(), tasks, workspace);
        this.ope = new org.recstudio.app.studio.ope.OpeViewModel(tasks);
        datasetCounts.bind(Bindings.createStringBinding(() -> counts(workspace.selectedInfoProperty().get()),
                workspace.selectedInfoProperty()));
        tasks.currentProperty().addListener((obs, old, now) -> follow(now));
        screen.addListener((obs, old, now) -> {
            explore.setActive(now == Screen.EXPLORE);
            train.setActive(now == Screen.TRAIN);
            inspect.setActive(now == Screen.INSPECT);
            evaluate.setActive(now == Screen.EVALUATE);
        });
        importer.setOnImported(workspace::refreshAndSelect);
        importer.setOnExplore(() -> show(Screen.EXPLORE));
    }

    /** Reads the datasets and shows the first screen; call once the window is up. */
    public void start() {
        workspace.refresh();
        explore.setActive(screen.get() == Screen.EXPLORE);
    }

    private static String counts(DatasetInfo d) {
        if (d == null) {
            return "No dataset";
        }
        return Formats.count(d.users()) + " users \u00b7 " + Formats.count(d.items()) + " items \u00b7 "
                + Formats.count(d.interactions()) + " interactions";
    }

    private void follow(BackgroundTask<?> task) {
        taskText.unbind();
        taskProgress.unbind();
        if (task == null) {
            taskRunning.set(false);
            taskText.set("");
            taskProgress.set(-1);
            return;
        }
        taskRunning.set(true);
        taskText.bind(Bindings.createStringBinding(() -> task.stageProperty().get().isEmpty() ? task.title() + "\u2026"
                : task.title() + " \u2014 " + task.stageProperty().get(), task.stageProperty()));
        taskProgress.bind(task.progressProperty());
    }

    /** Cancels the background task the status bar shows. */
    public void cancelTask() {
        BackgroundTask<?> t = tasks.currentProperty().get();
        if (t != null) {
            t.cancel();
        }
    }

    /** Shows {@code s} when this build has it. */
    public void show(Screen s) {
        screen.set(s);
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** Whether the dark theme is on. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The workspace folder's name, e.g. "default". */
    public String workspaceName() {
        return workspace.folder().getFileName() == null ? workspace.folder().toString()
                : workspace.folder().getFileName().toString();
    }

    /** The workspace folder. */
    public String workspacePath() {
        return workspace.folder().toString();
    }

    /** The dataset names for the selector. */
    public ObservableList<String> datasets() {
        return workspace.names();
    }

    /** The selected dataset name. */
    public ObjectProperty<String> selectedDatasetProperty() {
        return workspace.selectedProperty();
    }

    /** "943 users · 1,682 items · 100,000 interactions" of the selected dataset. */
    public ReadOnlyStringProperty datasetCountsProperty() {
        return datasetCounts.getReadOnlyProperty();
    }

    /** Whether a background task is shown in the status bar. */
    public ReadOnlyBooleanProperty taskRunningProperty() {
        return taskRunning.getReadOnlyProperty();
    }

    /** The shown task's title and stage. */
    public ReadOnlyStringProperty taskTextProperty() {
        return taskText.getReadOnlyProperty();
    }

    /** The shown task's fraction done, -1 when unknown. */
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }

    /** A failure no screen handled, for the status bar. */
    public ReadOnlyStringProperty failureProperty() {
        return tasks.lastFailureProperty();
    }

    public void dismissFailure() {
        tasks.dismissFailure();
    }

    public ImportWizardViewModel importer() {
        return importer;
    }

    public ExploreViewModel explore() {
        return explore;
    }

    public TrainViewModel train() {
        return train;
    }

    public InspectViewModel inspect() {
        return inspect;
    }

    public org.recstudio.app.studio.evaluate.EvaluateViewModel evaluate() {
        return evaluate;
    }

    public org.recstudio.app.studio.simulate.SimulateViewModel simulate() {
        return simulate;
    }

    public org.recstudio.app.studio.ope.OpeViewModel ope() {
        return ope;
    }
}
