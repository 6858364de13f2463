package org.recstudio.app.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/**
 * The datasets of the open workspace and the one the user works on, shared by every screen.
 *
 * <p>{@link #selectedProperty()} holds the selected dataset name; {@link #selectedInfoProperty()} its latest
 * counts and version, refreshed after each import so screens can tell their data went stale.
 */
public final class WorkspaceModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<DatasetInfo> selectedInfo = new ReadOnlyObjectWrapper<>(this, "selectedInfo");

    public WorkspaceModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        selected.addListener((obs, old, now) -> updateSelectedInfo());
    }

    /** The workspace folder. */
    public Path folder() {
        return workspace.folder();
    }

    /** The datasets, by name, as of the last refresh. */
    public ObservableList<DatasetInfo> datasets() {
        return FXCollections.unmodifiableObservableList(datasets);
    }

    /** The dataset names, by name, for a selector. */
    public ObservableList<String> names() {
        return names;
    }

    /** The selected dataset's name, or null when the workspace has none. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** The selected dataset as of the last refresh, or null. */
    public ReadOnlyObjectProperty<DatasetInfo> selectedInfoProperty() {
        return selectedInfo.getReadOnlyProperty();
    }

    /** Re-reads the dataset list in the background, keeping the selection when it still exists. */
    public void refresh() {
        refreshAndSelect(null);
    }

    /** Re-reads the dataset list in the background and then selects {@code name} (null keeps the selection). */
    public void refreshAndSelect(String name) {
        tasks.task("Reading datasets", p -> workspace.datasets().list())
                .quiet()
                .onSuccess(list -> apply(list, name))
                .start();
    }

    void apply(List<DatasetInfo> list, String toSelect) {
        datasets.setAll(list);
        List<String> fresh = list.stream().map(DatasetInfo::name).toList();
        String keep = toSelect != null ? toSelect : selected.get();
        if (!names.equals(fresh)) {
            names.setAll(fresh);
        }
        if (keep != null && fresh.contains(keep)) {
            selected.set(keep);
        } else {
            selected.set(fresh.isEmpty() ? null : fresh.getFirst());
        }
        updateSelectedInfo();
    }

    private void updateSelectedInfo() {
        String name = selected.get();
        selectedInfo.set(datasets.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null));
    }
}
