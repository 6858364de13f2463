package org.recstudio.app.studio.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.ui.Widgets;
import org.recstudio.engine.importer.FileFormat;

/** Step 2: the detected format of a file with its first rows, and overrides for encoding, delimiter and header. */
final class PreviewStep {

    private static final Map<String, String> DELIMITERS = new LinkedHashMap<>();

    static {
        DELIMITERS.put("Comma  ,", ",");
        DELIMITERS.put("Semicolon  ;", ";");
        DELIMITERS.put("Tab", "\t");
        DELIMITERS.put("Pipe  |", "|");
        DELIMITERS.put("Double colon  ::", "::");
        DELIMITERS.put("Colon  :", ":");
        DELIMITERS.put("Space", " ");
    }

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private final ImportWizardViewModel vm;
    private final VBox root = new VBox(12);

    PreviewStep(ImportWizardViewModel vm) {
        this.vm = vm;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        ImportFile f = vm.currentProperty().get();
        root.getChildren().clear();
        if (f == null || f.format() == null) {
            return;
        }
        HBox top = new HBox(12);
        top.setAlignment(Pos.CENTER_LEFT);
        if (vm.files().size() > 1) {
            top.getChildren().add(FileSelector.of(vm));
        }
        Label detected = Widgets.label("", "detected-format");
        detected.setId("import-detected");
        detected.setText(f.format().describe());
        top.getChildren().addAll(Widgets.label(f.name(), "card-title"), detected);

        VBox format = new VBox(10, overrides(f), notes(f));
        VBox card = Widgets.card("Detected format", format);

        TableView<List<String>> preview = previewTable(f.format());
        VBox previewCard = Widgets.card("First rows", preview);
        VBox.setVgrow(previewCard, Priority.ALWAYS);
        root.getChildren().setAll(top, card, previewCard);
    }

    private Node overrides(ImportFile f) {
        FileFormat fmt = f.format();
        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("import-encoding");
        encoding.getItems().add("Detected");
        CHARSETS.forEach(c -> encoding.getItems().add(c.name()));
        encoding.setValue(f.charsetProperty().get() == null ? "Detected" : f.charsetProperty().get().name());
        encoding.valueProperty().addListener((obs, old, now) ->
                f.charsetProperty().set("Detected".equals(now) ? null : Charset.forName(now)));

        ComboBox<String> delimiter = new ComboBox<>();
        delimiter.setId("import-delimiter");
        delimiter.getItems().add("Detected");
        delimiter.getItems().addAll(DELIMITERS.keySet());
        delimiter.setDisable(fmt.jsonLines());
        String chosen = f.delimiterProperty().get();
        delimiter.setValue(chosen == null || chosen.isEmpty() ? "Detected" : DELIMITERS.entrySet().stream()
                .filter(e -> e.getValue().equals(chosen)).map(Map.Entry::getKey).findFirst().orElse("Detected"));
        delimiter.valueProperty().addListener((obs, old, now) -> f.delimiterProperty().set(DELIMITERS.get(now)));

        CheckBox header = new CheckBox("First row holds column names");
        header.setId("import-header");
        header.setSelected(fmt.header());
        header.setDisable(fmt.jsonLines());
        header.setOnAction(e -> f.headerProperty().set(header.isSelected()));

        HBox row = new HBox(18, field("Encoding", encoding), field("Delimiter", delimiter), header);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }

    private static Node field(String label, Node control) {
        return new VBox(4, Widgets.label(label, "field-label"), control);
    }

    private static Node notes(ImportFile f) {
        FlowPane pane = new FlowPane(8, 6);
        pane.setId("import-notes");
        f.format().notes().forEach(n -> pane.getChildren().add(Widgets.label(n, "note-chip")));
        return pane;
    }

    private static TableView<List<String>> previewTable(FileFormat f) {
        TableView<List<String>> t = new TableView<>();
        t.setId("import-preview");
        t.setPlaceholder(new Label("The file has no data rows."));
        fill(t, f);
        return t;
    }

    private static void fill(TableView<List<String>> t, FileFormat f) {
        t.getColumns().clear();
        for (int i = 0; i < f.columns().size(); i++) {
            int c = i;
            TableColumn<List<String>, String> col = new TableColumn<>(f.columns().get(i));
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(c < cd.getValue().size() ? cd.getValue().get(c)
                    : ""));
            col.setPrefWidth(Math.max(90, Math.min(260, 9.0 * f.columns().get(i).length() + 40)));
            col.setSortable(false);
            t.getColumns().add(col);
        }
        t.setColumnResizePolicy(f.columns().size() <= 8 ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.getItems().setAll(f.preview());
    }
}
