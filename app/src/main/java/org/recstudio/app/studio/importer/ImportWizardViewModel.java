package org.recstudio.app.studio.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.importer.ColumnMapping;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.FileFormat;
import org.recstudio.engine.importer.FormatHints;
import org.recstudio.engine.importer.FormatSniffer;
import org.recstudio.engine.importer.ImportReport;
import org.recstudio.engine.importer.ImportRequest;
import org.recstudio.engine.importer.Preset;
import org.recstudio.engine.importer.PresetFile;
import org.recstudio.engine.importer.UnknownItemPolicy;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/**
 * State of the import wizard: files, dataset and preset (step 1), detected formats with overrides (step 2),
 * column mappings validated live (step 3), the running import with progress and cancel (step 4) and the
 * report (step 5). Formats are read and files imported off the UI thread through the {@link TaskRunner}.
 */
public final class ImportWizardViewModel {

    /** What {@link org.recstudio.engine.store.DatasetWriter} accepts as a dataset name. */
    static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final WorkspaceModel model;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.FILES);
    private final ObservableList<ImportFile> files = FXCollections.observableArrayList();
    private final StringProperty pathText = new SimpleStringProperty(this, "pathText", "");
    private final StringProperty datasetName = new SimpleStringProperty(this, "datasetName", "");
    private final ReadOnlyStringWrapper datasetNote = new ReadOnlyStringWrapper(this, "datasetNote", "");
    private final ObservableList<PresetChoice> presets = FXCollections.observableArrayList();
    private final ObjectProperty<PresetChoice> preset = new SimpleObjectProperty<>(this, "preset", PresetChoice.NONE);
    private final ReadOnlyStringWrapper presetDescription = new ReadOnlyStringWrapper(this, "presetDescription", "");
    private final ObjectProperty<ImportFile> current = new SimpleObjectProperty<>(this, "current");
    private final ObjectProperty<UnknownItemPolicy> unknownItems =
            new SimpleObjectProperty<>(this, "unknownItems", UnknownItemPolicy.PLACEHOLDER);
    private final ReadOnlyBooleanWrapper detecting = new ReadOnlyBooleanWrapper(this, "detecting");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Consumer<String> onImported = name -> { };
    private Runnable onExplore = () -> { };
    private final ImportRun run;

    public ImportWizardViewModel(Workspace workspace, TaskRunner tasks, WorkspaceModel model, List<Preset> presets) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.model = Objects.requireNonNull(model, "model");
        this.run = new ImportRun(workspace, tasks);
        this.presets.add(PresetChoice.NONE);
        presets.forEach(p -> this.presets.add(new PresetChoice(p)));
        preset.addListener((obs, old, now) -> applyPreset());
        datasetName.addListener((obs, old, now) -> updateDatasetNote());
        model.datasets().addListener((ListChangeListener<DatasetInfo>) c -> updateDatasetNote());
        files.addListener((ListChangeListener<ImportFile>) c -> updateNavigation());
        step.addListener((obs, old, now) -> updateNavigation());
        busy.bind(detecting.or(run.runningProperty()));
        busy.addListener((obs, old, now) -> updateNavigation());
        updateDatasetNote();
        updateNavigation();
    }

    // ---------- step 1: files, dataset, preset ----------

    /** Adds the file typed into {@link #pathTextProperty()}. */
    public void addTypedPath() {
        String text = pathText.get() == null ? "" : pathText.get().strip();
        if (text.isEmpty()) {
            error.set("Type the path of a file to import, or choose files with Browse\u2026");
            return;
        }
        if (addFiles(List.of(Path.of(text)))) {
            pathText.set("");
        }
    }

    /** Adds files to import; returns false (and explains why) when one is missing or not a regular file. */
    public boolean addFiles(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.isRegularFile(p)) {
                error.set("There is no file " + p.toAbsolutePath() + ": check the path.");
                return false;
            }
        }
        error.set("");
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (files.stream().anyMatch(f -> f.path().equals(abs))) {
                continue;
            }
            ImportFile f = new ImportFile(abs, size(abs), FileNames.guessKind(abs.getFileName().toString()));
            f.problems().addListener((ListChangeListener<String>) c -> updateNavigation());
            f.charsetProperty().addListener((obs, old, now) -> redetect(f));
            f.delimiterProperty().addListener((obs, old, now) -> redetect(f));
            f.headerProperty().addListener((obs, old, now) -> redetect(f));
            matchPreset(f);
            files.add(f);
        }
        if ((datasetName.get() == null || datasetName.get().isBlank()) && !files.isEmpty()) {
            datasetName.set(FileNames.datasetName(files.getFirst().name()));
        }
        return true;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    public void removeFile(ImportFile f) {
        files.remove(f);
    }

    private void applyPreset() {
        files.forEach(this::matchPreset);
        Preset p = preset.get() == null ? null : preset.get().preset();
        presetDescription.set(p == null ? "" : p.description() + " Files: " + String.join(", ",
                p.files().stream().map(f -> f.fileName() + " (" + f.kind().key() + ")").toList()) + ".");
    }

    private void matchPreset(ImportFile f) {
        Preset p = preset.get() == null ? null : preset.get().preset();
        PresetFile match = p == null ? null : p.files().stream()
                .filter(pf -> pf.fileName() != null && pf.fileName().equalsIgnoreCase(f.name())).findFirst()
                .orElse(p.files().size() == 1 ? p.files().getFirst() : null);
        f.presetFileProperty().set(match);
        if (match != null) {
            f.kindProperty().set(match.kind());
        }
    }

    private void updateDatasetNote() {
        String name = datasetName.get() == null ? "" : datasetName.get().strip();
        if (name.isEmpty()) {
            datasetNote.set("Name the dataset to import into: a new one, or one of the workspace's.");
        } else if (!DATASET_NAME.matcher(name).matches()) {
            datasetNote.set("'" + name + "' is not a valid name: use letters, digits, '.', '_' or '-', starting with "
                    + "a letter or digit.");
        } else {
            datasetNote.set(model.datasets().stream().filter(d -> d.name().equals(name)).findFirst()
                    .map(d -> "Adds to the existing dataset: " + Formats.count(d.users()) + " users \u00b7 "
                            + Formats.count(d.items()) + " items \u00b7 " + Formats.count(d.interactions())
                            + " interactions.")
                    .orElse("Creates a new dataset '" + name + "'."));
        }
        updateNavigation();
    }

    private boolean datasetNameValid() {
        return datasetName.get() != null && DATASET_NAME.matcher(datasetName.get().strip()).matches();
    }

    // ---------- navigation ----------

    private void updateNavigation() {
        WizardStep s = step.get();
        boolean idle = !busy.get();
        canGoBack.set(idle && (s == WizardStep.PREVIEW || s == WizardStep.MAPPING));
        canGoNext.set(idle && switch (s) {
            case FILES -> !files.isEmpty() && datasetNameValid();
            case PREVIEW -> files.stream().allMatch(f -> f.format() != null);
            case MAPPING -> files.stream().allMatch(f -> f.format() != null && f.problems().isEmpty());
            case IMPORT, REPORT -> false;
        });
    }

    /** Goes to the next step: reads the formats after step 1, starts the import after step 3. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        error.set("");
        notice.set("");
        switch (step.get()) {
            case FILES -> detectAll();
            case PREVIEW -> step.set(WizardStep.MAPPING);
            case MAPPING -> startImport();
            case IMPORT, REPORT -> throw new IllegalStateException("no next step after " + step.get());
        }
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        error.set("");
        notice.set("");
        step.set(WizardStep.values()[step.get().ordinal() - 1]);
    }

    /** Clears the wizard for another import, keeping the dataset name and preset. */
    public void startOver() {
        files.clear();
        current.set(null);
        run.clear();
        error.set("");
        notice.set("");
        step.set(WizardStep.FILES);
    }

    /** Leaves the wizard for the explorer of the imported dataset. */
    public void explore() {
        onExplore.run();
    }

    // ---------- step 2: formats ----------

    private record Detection(ImportFile file, FormatHints hints, DataKind kind, PresetFile preset) {
    }

    private record Detected(Detection request, FileFormat format, ColumnMapping mapping) {
    }

    private static Detected detect(Detection d) {
        FileFormat f = FormatSniffer.sniff(d.file().path(), d.hints());
        ColumnMapping m = d.preset() != null && d.preset().mapping() != null ? d.preset().mapping()
                : ColumnMapping.guess(d.kind(), f);
        return new Detected(d, f, m);
    }

    private Detection request(ImportFile f) {
        return new Detection(f, f.hints(), f.kind(), f.presetFileProperty().get());
    }

    private void detectAll() {
        List<Detection> todo = files.stream().filter(ImportFile::needsDetection).map(this::request).toList();
        detecting.set(true);
        tasks.task("Reading file formats", p -> {
                    List<Detected> out = new ArrayList<>();
                    for (Detection d : todo) {
                        p.checkCancelled();
                        p.update("Reading " + d.file().name(), out.size(), todo.size());
                        out.add(detect(d));
                    }
                    return out;
                })
                .onSuccess(list -> {
                    list.forEach(d -> d.request().file().apply(d.format(), d.mapping(), d.request().hints()));
                    if (current.get() == null || !files.contains(current.get())) {
                        current.set(files.getFirst());
                    }
                    step.set(WizardStep.PREVIEW);
                })
                .onFailure(e -> error.set(TaskRunner.describe(e)))
                .onDone(() -> detecting.set(false))
                .start();
    }

    private void redetect(ImportFile f) {
        if (step.get() != WizardStep.PREVIEW && step.get() != WizardStep.MAPPING) {
            return;
        }
        Detection d = request(f);
        detecting.set(true);
        tasks.task("Reading " + f.name(), p -> detect(d))
                .quiet()
                .onSuccess(r -> {
                    error.set("");
                    f.apply(r.format(), r.mapping(), d.hints());
                })
                .onFailure(e -> error.set(TaskRunner.describe(e)))
                .onDone(() -> detecting.set(false))
                .start();
    }

    // ---------- step 4: import ----------

    private void startImport() {
        String dataset = datasetName.get().strip();
        List<ImportRequest> requests = files.stream()
                .sorted(Comparator.comparingInt(f -> f.kind().ordinal()))
                .map(f -> new ImportRequest(dataset, f.kind(), f.path(), f.format(), f.mapping(), unknownItems.get(),
                        f.hints()))
                .toList();
        step.set(WizardStep.IMPORT);
        run.start(dataset, requests, new ImportRun.Outcome() {
            @Override public void finished(ImportSummary summary) {
                step.set(WizardStep.REPORT);
                onImported.accept(dataset);
            }

            @Override public void stopped(List<ImportReport> done, ImportRequest at, Throwable failure) {
                String kept = done.isEmpty() ? " The dataset is unchanged."
                        : " " + done.size() + " earlier file(s) were imported and kept.";
                String text = (failure == null ? "Import cancelled" : "Import failed") + ": nothing from "
                        + at.file().getFileName() + " was stored." + kept
                        + (failure == null ? "" : " " + TaskRunner.describe(failure));
                (failure == null ? notice : error).set(text);
                step.set(WizardStep.MAPPING);
                if (!done.isEmpty()) {
                    onImported.accept(dataset);
                }
            }
        });
    }

    /** Asks the running import to stop; the file being imported is rolled back. */
    public void cancelImport() {
        run.cancel();
    }

    /** The import run of steps 4 and 5: progress, report, rejected rows. */
    public ImportRun run() {
        return run;
    }

    // ---------- properties ----------

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<ImportFile> files() {
        return files;
    }

    /** A path typed by the user, added with {@link #addTypedPath()}. */
    public StringProperty pathTextProperty() {
        return pathText;
    }

    public StringProperty datasetNameProperty() {
        return datasetName;
    }

    /** The workspace's dataset names, to pick an existing one. */
    public ObservableList<String> datasetNames() {
        return model.names();
    }

    /** Whether the name is new, existing (with its counts) or invalid. */
    public ReadOnlyStringProperty datasetNoteProperty() {
        return datasetNote.getReadOnlyProperty();
    }

    public ObservableList<PresetChoice> presets() {
        return presets;
    }

    public ObjectProperty<PresetChoice> presetProperty() {
        return preset;
    }

    public ReadOnlyStringProperty presetDescriptionProperty() {
        return presetDescription.getReadOnlyProperty();
    }

    /** The file shown in the preview and mapping steps. */
    public ObjectProperty<ImportFile> currentProperty() {
        return current;
    }

    public ObjectProperty<UnknownItemPolicy> unknownItemsProperty() {
        return unknownItems;
    }

    /** Whether formats are being read or files imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** What went wrong, for an error banner ("" when nothing). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A notice such as a cancelled import, for a warning banner ("" when none). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Called with the dataset name after an import stored something. */
    public void setOnImported(Consumer<String> action) {
        this.onImported = Objects.requireNonNull(action);
    }

    /** Called when the user asks to explore the imported dataset. */
    public void setOnExplore(Runnable action) {
        this.onExplore = Objects.requireNonNull(action);
    }
}
