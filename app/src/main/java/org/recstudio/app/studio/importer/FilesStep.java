package org.recstudio.app.studio.importer;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.PresetFile;

/** Step 1: the files to import and what each holds, the dataset to import into, and an optional preset. */
final class FilesStep {

    private final ImportWizardViewModel vm;
    private final VBox root;

    FilesStep(ImportWizardViewModel vm) {
        this.vm = vm;
        VBox filesCard = Widgets.card("Files", files());
        VBox.setVgrow(filesCard, Priority.ALWAYS);
        HBox lower = new HBox(12, grow(Widgets.card("Dataset", dataset())), grow(Widgets.card("Preset", preset())));
        root = new VBox(12, filesCard, lower);
    }

    Node root() {
        return root;
    }

    private static Node grow(VBox n) {
        HBox.setHgrow(n, Priority.ALWAYS);
        n.setMaxWidth(Double.MAX_VALUE);
        n.setPrefWidth(400);
        return n;
    }

    private Node files() {
        TableView<ImportFile> table = new TableView<>(vm.files());
        table.setId("import-files");
        table.setPlaceholder(new Label("No files yet: browse for files or type a path below."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportFile, String> name = new TableColumn<>("File");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<ImportFile, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size() < 0 ? "?"
                : Formats.bytes(c.getValue().size())));
        size.setPrefWidth(80);
        TableColumn<ImportFile, ImportFile> kind = new TableColumn<>("Holds");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(170);
        TableColumn<ImportFile, String> preset = new TableColumn<>("Preset file");
        preset.setCellValueFactory(c -> c.getValue().presetFileProperty().map(PresetFile::description)
                .orElse("\u2014"));
        preset.setPrefWidth(300);
        table.getColumns().addAll(List.of(name, size, kind, preset));
        table.setPrefHeight(170);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField path = new TextField();
        path.setId("import-path");
        path.setPromptText("Type or paste a file path and press Enter");
        path.textProperty().bindBidirectional(vm.pathTextProperty());
        path.setOnAction(e -> vm.addTypedPath());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("import-add");
        add.setOnAction(e -> vm.addTypedPath());
        Button browse = new Button("Browse\u2026", Icon.FILE.node(13));
        browse.setId("import-browse");
        browse.setOnAction(e -> browse());
        Button remove = new Button("Remove");
        remove.setId("import-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeFile(table.getSelectionModel().getSelectedItem()));
        HBox row = new HBox(8, browse, path, add, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = Widgets.label("CSV, TSV or other delimited text, JSON Lines, gzip-compressed or not. Files are "
                + "read in streams, never whole.", "muted");
        return new VBox(10, row, table, hint);
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose files to import");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files", "*.csv", "*.tsv", "*.txt", "*.dat", "*.data",
                        "*.json", "*.jsonl", "*.gz", "*.*"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private Node dataset() {
        ComboBox<String> name = new ComboBox<>(vm.datasetNames());
        name.setId("import-dataset");
        name.setEditable(true);
        name.setPromptText("e.g. my-shop");
        name.setMaxWidth(Double.MAX_VALUE);
        name.getEditor().textProperty().bindBidirectional(vm.datasetNameProperty());
        name.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.datasetNameProperty().set(now);
            }
        });
        Label note = Widgets.label(vm.datasetNoteProperty(), "muted");
        note.setId("import-dataset-note");
        note.setWrapText(true);
        return new VBox(8, Widgets.label("Import into a new dataset, or pick one to add to.", "field-label"), name,
                note);
    }

    private Node preset() {
        ComboBox<PresetChoice> presets = new ComboBox<>(vm.presets());
        presets.setId("import-preset");
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        presets.setMaxWidth(Double.MAX_VALUE);
        Label description = Widgets.label(vm.presetDescriptionProperty(), "muted");
        description.setWrapText(true);
        return new VBox(8, Widgets.label("A preset knows the format and mapping of a well-known dataset.",
                "field-label"), presets, description);
    }

    /** A cell with a selector for what the file holds; fixed when a preset file describes it. */
    private static final class KindCell extends TableCell<ImportFile, ImportFile> {
        private final ComboBox<DataKind> box = new ComboBox<>();
        private ImportFile bound;

        KindCell() {
            box.getItems().setAll(DataKind.values());
            box.setConverter(new StringConverter<>() {
                @Override public String toString(DataKind k) {
                    return k == null ? "" : switch (k) {
                        case ITEMS -> "Items (catalog)";
                        case USERS -> "Users";
                        case INTERACTIONS -> "Interactions (log)";
                    };
                }

                @Override public DataKind fromString(String s) {
                    throw new UnsupportedOperationException("not editable");
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override protected void updateItem(ImportFile f, boolean empty) {
            super.updateItem(f, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.kindProperty());
                box.disableProperty().unbind();
                bound = null;
            }
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            bound = f;
            box.valueProperty().bindBidirectional(f.kindProperty());
            box.disableProperty().bind(f.presetFileProperty().isNotNull());
            setGraphic(box);
        }
    }
}
