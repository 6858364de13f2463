package org.recstudio.app.studio.importer;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.UnknownItemPolicy;
import org.recstudio.engine.importer.ValueTransform;

/** Step 3: a role for each column of a file (guessed, or from a preset), settings, and live validation. */
final class MappingStep {

    private final ImportWizardViewModel vm;
    private final HBox root = new HBox(12);

    MappingStep(ImportWizardViewModel vm) {
        this.vm = vm;
        ImportFile f = vm.currentProperty().get();
        if (f == null || f.format() == null) {
            return;
        }
        VBox left = new VBox(10, header(f), columns(f));
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(12, Widgets.card("Validation", validation(f)), Widgets.card("Settings", settings(f)));
        right.setPrefWidth(330);
        right.setMinWidth(300);
        root.getChildren().setAll(left, right);
    }

    Node root() {
        return root;
    }

    private Node header(ImportFile f) {
        HBox top = new HBox(12);
        top.setAlignment(Pos.CENTER_LEFT);
        if (vm.files().size() > 1) {
            top.getChildren().add(FileSelector.of(vm));
        }
        top.getChildren().addAll(Widgets.label(f.name(), "card-title"),
                Widgets.label("holds " + f.kind().key() + " \u00b7 " + f.format().describe(), "muted"));
        return top;
    }

    private Node columns(ImportFile f) {
        TableView<ColumnRow> table = new TableView<>(f.columns());
        table.setId("import-mapping");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnRow, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(150);
        name.setSortable(false);
        TableColumn<ColumnRow, ColumnRow> role = new TableColumn<>("Role");
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        role.setCellFactory(c -> new RoleCell(RoleChoice.allowedFor(f.kind())));
        role.setPrefWidth(190);
        role.setSortable(false);
        TableColumn<ColumnRow, String> samples = new TableColumn<>("Sample values");
        samples.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().samples()));
        samples.setPrefWidth(300);
        samples.setSortable(false);
        table.getColumns().addAll(List.of(name, role, samples));
        table.getStyleClass().add("mapping-table");
        table.setFixedCellSize(34);
        table.setPrefHeight(34 * f.columns().size() + 36);
        table.setMinHeight(34 * 3);
        VBox card = Widgets.card("Columns", table);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(card, Priority.SOMETIMES);
        return card;
    }

    private Node validation(ImportFile f) {
        VBox box = new VBox(6);
        box.setId("import-validation");
        ListChangeListener<String> listener = c -> fillValidation(box, f);
        box.getProperties().put(ListChangeListener.class, listener); // keeps the weak listener alive with the node
        f.problems().addListener(new WeakListChangeListener<>(listener));
        fillValidation(box, f);
        return box;
    }

    private void fillValidation(VBox box, ImportFile f) {
        box.getChildren().clear();
        if (f.problems().isEmpty()) {
            long used = f.columns().stream().filter(r -> r.roleProperty().get().role() != null).count();
            Label ok = Widgets.label("Ready to import: " + used + " of " + f.columns().size()
                    + " columns mapped.", "validation-ok");
            ok.setGraphic(Icon.CHECK.node(14));
            ok.setWrapText(true);
            box.getChildren().add(ok);
        }
        for (String p : f.problems()) {
            Label l = Widgets.label(p, "validation-problem");
            l.setGraphic(Icon.WARNING.node(13));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        long others = vm.files().stream().filter(o -> o != f && !o.problems().isEmpty()).count();
        if (others > 0) {
            box.getChildren().add(Widgets.label(others + " other file(s) need attention too.", "validation-problem"));
        }
    }

    private Node settings(ImportFile f) {
        VBox box = new VBox(10);
        if (f.kind() != DataKind.INTERACTIONS) {
            box.getChildren().add(Widgets.label("Columns without a role are not imported. Attribute columns are "
                    + "stored as JSON under their column name.", "muted"));
            ((Label) box.getChildren().getFirst()).setWrapText(true);
            return box;
        }
        TextField event = new TextField();
        event.setId("import-fixed-event");
        event.setPromptText("e.g. view, rating, play");
        event.textProperty().bindBidirectional(f.fixedEventProperty());
        BooleanBinding eventColumn = Bindings.createBooleanBinding(f::hasEventColumn,
                f.columns().stream().map(ColumnRow::roleProperty).toArray(Observable[]::new));
        event.disableProperty().bind(eventColumn);
        event.getProperties().put(BooleanBinding.class, eventColumn);

        ComboBox<ValueTransform> transform = new ComboBox<>();
        transform.setId("import-value-transform");
        transform.getItems().setAll(ValueTransform.values());
        transform.valueProperty().bindBidirectional(f.valueTransformProperty());

        ToggleGroup policy = new ToggleGroup();
        RadioButton placeholder = new RadioButton("Create a placeholder item");
        placeholder.setId("import-unknown-placeholder");
        placeholder.setUserData(UnknownItemPolicy.PLACEHOLDER);
        RadioButton reject = new RadioButton("Reject the row");
        reject.setId("import-unknown-reject");
        reject.setUserData(UnknownItemPolicy.REJECT);
        placeholder.setToggleGroup(policy);
        reject.setToggleGroup(policy);
        (vm.unknownItemsProperty().get() == UnknownItemPolicy.REJECT ? reject : placeholder).setSelected(true);
        policy.selectedToggleProperty().addListener((obs, old, now) ->
                vm.unknownItemsProperty().set((UnknownItemPolicy) now.getUserData()));

        box.getChildren().addAll(
                field("Event of every row (without an event column)", event),
                field("Value transform", transform),
                field("Items the catalog does not have", new VBox(6, placeholder, reject)));
        return box;
    }

    private static Node field(String label, Node control) {
        Label l = Widgets.label(label, "field-label");
        l.setWrapText(true);
        return new VBox(4, l, control);
    }

    /** A cell with a role selector bound to its column's role. */
    private static final class RoleCell extends TableCell<ColumnRow, ColumnRow> {
        private final ComboBox<RoleChoice> box = new ComboBox<>();
        private ColumnRow bound;

        RoleCell(List<RoleChoice> choices) {
            box.getItems().setAll(choices);
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("role-box");
        }

        @Override protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.roleProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.setId("role-" + row.index());
            box.valueProperty().bindBidirectional(row.roleProperty());
            setGraphic(box);
        }
    }
}
