package org.recstudio.app.studio.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.app.studio.task.TaskStatus;
import org.recstudio.engine.importer.ImportReport;
import org.recstudio.engine.importer.ImportRequest;
import org.recstudio.engine.importer.Importer;
import org.recstudio.engine.importer.RejectedRow;
import org.recstudio.engine.workspace.Workspace;

/**
 * The import step of the wizard and its report: runs the files' imports one after the other off the UI
 * thread, with progress and cancel, then holds what they did and saves the rejected rows on request.
 */
public final class ImportRun {

    /** How a run ended, told to the wizard on the UI thread. */
    interface Outcome {
        /** Every file was imported. */
        void finished(ImportSummary summary);

        /**
         * The run stopped at {@code stoppedAt} (cancelled when {@code failure} is null); {@code done} were
         * imported before and are kept.
         */
        void stopped(List<ImportReport> done, ImportRequest stoppedAt, Throwable failure);
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(this, "saveMessage", "");
    private final TaskStatus taskStatus = new TaskStatus(progress, progressText,
            (stage, message) -> join(message, stage));

    ImportRun(Workspace workspace, TaskRunner tasks) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Imports {@code requests} in order (catalogs before logs) as one unit: every file becomes visible when the last
     * one is in, or none does.
     */
    void start(String dataset, List<ImportRequest> requests, Outcome outcome) {
        clear();
        List<ImportReport> done = Collections.synchronizedList(new ArrayList<>());
        Importer importer = new Importer(workspace);
        running.set(true);
        tasks.task("Importing into " + dataset, p -> {
                    p.message(requests.size() == 1 ? "File " + requests.getFirst().file().getFileName()
                            : requests.size() + " files, imported together");
                    done.addAll(importer.runAll(requests, p));
                    return List.copyOf(done);
                })
                .onStarted(taskStatus::follow)
                .onSuccess(reports -> {
                    ImportSummary s = ImportSummary.of(reports);
                    summary.set(s);
                    rejected.setAll(s.rejectedSample());
                    outcome.finished(s);
                })
                .onCancelled(() -> outcome.stopped(List.of(), requests.getFirst(), null))
                .onFailure(e -> outcome.stopped(List.of(), failedAt(requests, e), e))
                .onDone(() -> {
                    taskStatus.unfollow();
                    taskStatus.done();
                    running.set(false);
                })
                .start();
    }

    /** The request whose file an import failure names, else the first. */
    private static ImportRequest failedAt(List<ImportRequest> requests, Throwable e) {
        if (e instanceof org.recstudio.engine.importer.ImportException ie && ie.file() != null) {
            for (ImportRequest r : requests) {
                if (r.file().equals(ie.file())) {
                    return r;
                }
            }
        }
        return requests.getFirst();
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : b == null || b.isEmpty() ? a : a + " \u2014 " + b;
    }

    /** Asks the running import to stop; the file being imported is rolled back. */
    public void cancel() {
        taskStatus.cancel();
    }

    /** Forgets the last run's report. */
    void clear() {
        summary.set(null);
        rejected.clear();
        saveMessage.set("");
    }

    /** Saves the rejected rows of the finished run as one CSV at {@code target}, off the UI thread. */
    public void saveReport(Path target) {
        ImportSummary s = summary.get();
        if (s == null) {
            return;
        }
        tasks.task("Saving report", p -> {
                    s.saveRejected(target);
                    return target;
                })
                .onSuccess(t -> saveMessage.set("Saved " + Formats.count(s.rejected()) + " rejected rows to " + t))
                .onFailure(e -> saveMessage.set("Cannot save the report to " + target + ": " + TaskRunner.describe(e)))
                .start();
    }

    /** Whether files are being imported. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The current file's fraction done, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The current file and stage. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What the finished run did, or null. */
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The rejected rows kept in memory by the finished run. */
    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    /** The outcome of "Save report…". */
    public ReadOnlyStringProperty saveMessageProperty() {
        return saveMessage.getReadOnlyProperty();
    }
}
