package org.recstudio.app.studio.evaluate;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.SetupCard;
import org.recstudio.app.studio.ui.Widgets;

/** The Run history tab of the Evaluate screen: stored runs and the side-by-side diff of two. Binds only. */
final class HistoryPane {

    private final EvaluateViewModel vm;
    private final Runnable showResults;

    /** @param showResults switches to the Results tab after a stored run is opened */
    HistoryPane(EvaluateViewModel vm, Runnable showResults) {
        this.vm = vm;
        this.showResults = showResults;
    }

    Node root() {
        TableView<RunRow> runs = new TableView<>(vm.history().runs());
        runs.setId("eval-runs");
        runs.getColumns().add(EvaluateView.text("Run", r -> "#" + r.id(), 52));
        runs.getColumns().add(EvaluateView.text("Created (UTC)", RunRow::created, 146));
        runs.getColumns().add(EvaluateView.text("Dataset", RunRow::dataset, 132));
        runs.getColumns().add(EvaluateView.text("Protocol", RunRow::protocol, 214));
        runs.getColumns().add(EvaluateView.text("Models", RunRow::models, 140));
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.setPlaceholder(new Label("No stored runs yet. Every evaluation is stored here with its provenance."));
        runs.setPrefHeight(190);
        runs.setMinHeight(120);
        runs.setRowFactory(t -> {
            TableRow<RunRow> row = new TableRow<>() {
                @Override protected void updateItem(RunRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new Tooltip("Run #" + item.id()
                            + " \u00b7 " + item.created() + " UTC\n" + item.dataset() + " \u00b7 " + item.protocol()
                            + "\nModels: " + item.models() + "\nSeed " + item.seed() + " \u00b7 wall " + item.wall()
                            + "\nDouble-click to show its results."));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                    showResults.run();
                }
            });
            return row;
        });
        Button open = new Button("Show results");
        open.setId("eval-open-run");
        open.disableProperty().bind(runs.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            vm.open(runs.getSelectionModel().getSelectedItem());
            showResults.run();
        });
        var list = vm.history().runs();
        HBox runsTitle = new HBox(10, Widgets.label("Stored runs", "card-title"), Widgets.label(
                Bindings.createStringBinding(() -> Formats.count(list.size()) + (list.size() == 1 ? " run" : " runs"),
                        list), "muted"), Widgets.hgrow(), open);
        runsTitle.setAlignment(Pos.CENTER_LEFT);
        VBox runsCard = new VBox(8, runsTitle, runs);
        runsCard.getStyleClass().add("card");

        ComboBox<RunRow> a = new ComboBox<>(vm.history().runs());
        a.setId("eval-compare-a");
        a.valueProperty().bindBidirectional(vm.history().compareAProperty());
        ComboBox<RunRow> b = new ComboBox<>(vm.history().runs());
        b.setId("eval-compare-b");
        b.valueProperty().bindBidirectional(vm.history().compareBProperty());
        a.setMaxWidth(Double.MAX_VALUE);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox pick = new HBox(10, SetupCard.field("RUN A", a), SetupCard.field("RUN B", b));
        pick.getChildren().forEach(x -> HBox.setHgrow(x, Priority.ALWAYS));
        Label note = Widgets.label(vm.history().diffNoteProperty(), "muted");
        note.setId("eval-diff-note");

        TableView<DiffRow> diff = new TableView<>(vm.history().diff());
        diff.setId("eval-diff");
        diff.getColumns().add(EvaluateView.text("Section", DiffRow::section, 74));
        diff.getColumns().add(EvaluateView.text("Model", DiffRow::model, 90));
        diff.getColumns().add(EvaluateView.text("Setting", DiffRow::key, 120));
        diff.getColumns().add(EvaluateView.text("Run A", DiffRow::a, 160));
        diff.getColumns().add(EvaluateView.text("Run B", DiffRow::b, 160));
        TableColumn<DiffRow, String> delta = EvaluateView.text("\u0394 B\u2212A", DiffRow::delta, 70);
        delta.getStyleClass().add("numeric");
        diff.getColumns().add(delta);
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.setPlaceholder(new Label("Choose two runs to see their settings and metrics side by side."));
        diff.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(DiffRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("diff-changed");
                if (!empty && item != null && item.changed() && !item.section().equals("Metric")) {
                    getStyleClass().add("diff-changed");
                }
            }
        });
        VBox diffCard = new VBox(8, Widgets.label("Side-by-side diff", "card-title"), pick, note, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        diffCard.getStyleClass().add("card");
        VBox.setVgrow(diffCard, Priority.ALWAYS);
        VBox pane = new VBox(12, runsCard, diffCard);
        pane.getStyleClass().add("tab-body");
        return pane;
    }
}
