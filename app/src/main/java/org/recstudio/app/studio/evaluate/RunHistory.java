package org.recstudio.app.studio.evaluate;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.history.RunStore;

/**
 * The Evaluate screen's run history: the workspace's stored runs, newest first, and the side-by-side diff of two
 * chosen runs (settings, protocol, params and metrics). Reads run off the UI thread.
 */
public final class RunHistory {

    private final RunStore store;
    private final TaskRunner tasks;
    private final StringProperty error;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunRow> compareA = new SimpleObjectProperty<>(this, "compareA");
    private final ObjectProperty<RunRow> compareB = new SimpleObjectProperty<>(this, "compareB");
    private final ObservableList<DiffRow> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper diffNote = new ReadOnlyStringWrapper(this, "diffNote", "");

    /** @param error where failures to read runs are reported (the screen's error banner) */
    RunHistory(RunStore store, TaskRunner tasks, StringProperty error) {
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.error = Objects.requireNonNull(error, "error");
        compareA.addListener((obs, old, now) -> compare());
        compareB.addListener((obs, old, now) -> compare());
    }

    /** Re-reads the stored runs; after a new run, compares it with the one before. */
    public void refresh() {
        tasks.task("Reading evaluation runs", p -> RunRow.of(store.list()))
                .quiet()
                .onSuccess(this::showRuns)
                .onFailure(e -> error.set("Cannot read the run history: " + TaskRunner.describe(e)))
                .start();
    }

    private void showRuns(List<RunRow> list) {
        boolean grew = list.size() > runs.size() && !runs.isEmpty();
        runs.setAll(list);
        if (list.size() >= 2 && (grew || compareA.get() == null || compareB.get() == null)) {
            compareA.set(list.get(1));
            compareB.set(list.getFirst());
        } else {
            compareA.set(find(compareA.get()));
            compareB.set(find(compareB.get()));
            compare();
        }
    }

    private RunRow find(RunRow r) {
        return r == null ? null : runs.stream().filter(x -> x.id() == r.id()).findFirst().orElse(null);
    }

    private void compare() {
        RunRow a = compareA.get();
        RunRow b = compareB.get();
        if (a == null || b == null) {
            diff.clear();
            diffNote.set(runs.size() < 2 ? "Run at least twice to compare two runs side by side."
                    : "Choose two runs to compare.");
            return;
        }
        if (a.id() == b.id()) {
            diff.clear();
            diffNote.set("Choose two different runs to compare.");
            return;
        }
        tasks.task("Comparing runs", p -> {
                    RunResult ra = store.require(a.id());
                    RunResult rb = store.require(b.id());
                    return RunTables.diff(RunStore.compare(a.id(), ra, b.id(), rb), ra, rb);
                })
                .quiet()
                .onSuccess(list -> {
                    if (a.equals(compareA.get()) && b.equals(compareB.get())) {
                        diff.setAll(list);
                        long changed = list.stream().filter(d -> d.changed() && !d.section().equals("Metric")).count();
                        diffNote.set("Run #" + a.id() + " vs run #" + b.id() + ": " + (changed == 0
                                ? "same settings" : changed + (changed == 1 ? " setting differs" : " settings differ"))
                                + "; metric deltas are B \u2212 A.");
                    }
                })
                .onFailure(e -> error.set("Cannot compare runs #" + a.id() + " and #" + b.id() + ": "
                        + TaskRunner.describe(e)))
                .start();
    }

    /** The stored runs, newest first. */
    public ObservableList<RunRow> runs() {
        return runs;
    }

    public ObjectProperty<RunRow> compareAProperty() {
        return compareA;
    }

    public ObjectProperty<RunRow> compareBProperty() {
        return compareB;
    }

    /** The diff of the two compared runs. */
    public ObservableList<DiffRow> diff() {
        return diff;
    }

    public ReadOnlyStringProperty diffNoteProperty() {
        return diffNote.getReadOnlyProperty();
    }
}
