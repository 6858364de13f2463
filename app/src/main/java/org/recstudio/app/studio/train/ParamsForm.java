package org.recstudio.app.studio.train;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.recstudio.app.studio.ui.Widgets;

/**
 * The params form generated from the chosen algorithm's {@link ParamField}s: a text field for numbers, strings
 * and lists, a check box for booleans and a drop-down for enums, each starting at its default with the
 * description as tooltip. Rebuilt whenever the fields change; binds only.
 */
final class ParamsForm {

    private final GridPane grid = new GridPane();
    private final ObservableList<ParamField> fields;

    ParamsForm(ObservableList<ParamField> fields) {
        this.fields = fields;
        grid.setId("params-form");
        grid.getStyleClass().add("params-form");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        names.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, controls);
        fields.addListener((ListChangeListener<ParamField>) c -> rebuild());
        rebuild();
    }

    Node root() {
        return grid;
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (ParamField f : fields) {
            Label name = Widgets.label(f.name(), "param-name");
            Control control = control(f);
            control.setId("param-" + f.name());
            control.setMaxWidth(Double.MAX_VALUE);
            Widgets.tip(control, f.help());
            Widgets.tip(name, f.help());
            markInvalid(control, f.invalidProperty().get());
            f.invalidProperty().addListener((obs, old, now) -> markInvalid(control, now));
            GridPane.setValignment(name, VPos.CENTER);
            grid.addRow(row++, name, control);
        }
    }

    private static Control control(ParamField f) {
        return switch (f.kind()) {
            case CHECK -> {
                CheckBox box = new CheckBox(f.defaultValue().equalsIgnoreCase("true") ? "on (default)"
                        : "off by default");
                box.setSelected(Boolean.parseBoolean(f.valueProperty().get()));
                box.selectedProperty().addListener((obs, old, now) -> f.valueProperty().set(Boolean.toString(now)));
                f.valueProperty().addListener((obs, old, now) -> box.setSelected(Boolean.parseBoolean(now)));
                yield box;
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.valueProperty().bindBidirectional(f.valueProperty());
                yield box;
            }
            case TEXT -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(f.valueProperty());
                text.setPromptText(f.defaultValue().isEmpty() ? f.type() : f.defaultValue());
                text.setPrefColumnCount(10);
                yield text;
            }
        };
    }

    private static void markInvalid(Control c, boolean invalid) {
        c.getStyleClass().remove("param-invalid");
        if (invalid) {
            c.getStyleClass().add("param-invalid");
        }
    }
}
