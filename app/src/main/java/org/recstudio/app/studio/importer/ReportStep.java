package org.recstudio.app.studio.importer;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.KpiCard;
import org.recstudio.app.studio.ui.Widgets;
import org.recstudio.engine.importer.RejectedRow;

/** Step 5: what the import did — counts, the dataset's new totals, notes and the rejected rows. */
final class ReportStep {

    private final ImportWizardViewModel vm;
    private final VBox root = new VBox(12);

    ReportStep(ImportWizardViewModel vm) {
        this.vm = vm;
        ImportSummary s = vm.run().summaryProperty().get();
        if (s == null) {
            return;
        }
        Label headline = Widgets.label(s.headline(), "report-headline");
        headline.setId("import-headline");
        headline.setGraphic((s.nothingChanged() ? Icon.WARNING : Icon.CHECK).node(16));
        Label totals = Widgets.label(s.totals(), "report-totals");
        totals.setId("import-totals");
        totals.setGraphic(Icon.DATABASE.node(14));
        Button explore = new Button("Explore " + s.dataset(), Icon.EXPLORE.node(13));
        explore.setId("import-explore");
        explore.getStyleClass().add("primary");
        explore.setOnAction(e -> vm.explore());
        Button more = new Button("Import more files");
        more.setId("import-more");
        more.setOnAction(e -> vm.startOver());
        HBox top = new HBox(12, new VBox(4, headline, totals), Widgets.hgrow(), more, explore);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().addAll("card", "report-top", s.nothingChanged() ? "report-warn" : "report-ok");

        root.getChildren().addAll(top, counts(s));
        if (!s.notes().isEmpty()) {
            VBox notes = new VBox(4);
            s.notes().forEach(n -> {
                Label l = Widgets.label("\u2022 " + n, "muted");
                l.setWrapText(true);
                notes.getChildren().add(l);
            });
            root.getChildren().add(Widgets.card("Notes", notes));
        }
        VBox rejected = Widgets.card(null, rejectedTable(s));
        VBox.setVgrow(rejected, Priority.ALWAYS);
        root.getChildren().add(rejected);
    }

    Node root() {
        return root;
    }

    private static Node counts(ImportSummary s) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setId("import-counts");
        int files = s.reports().size();
        String[][] cells = {
            {"Rows read", Formats.count(s.rowsRead()), files == 1 ? "1 file" : files + " files"},
            {"Accepted", Formats.count(s.accepted()), "stored in the dataset"},
            {"Rejected", Formats.count(s.rejected()), s.rejected() == 0 ? "no bad rows" : "listed below"},
            {"Duplicates", Formats.count(s.duplicates()), "already stored, skipped"},
            {"Placeholders", Formats.count(s.placeholders()), "items created from ids only"},
        };
        for (int i = 0; i < cells.length; i++) {
            KpiCard card = new KpiCard();
            card.show(cells[i][0], cells[i][1], cells[i][2]);
            card.setId("import-count-" + cells[i][0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            grid.add(card, i, 0);
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / cells.length);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private Node rejectedTable(ImportSummary s) {
        TableView<RejectedRow> table = new TableView<>(vm.run().rejected());
        table.setId("import-rejected");
        table.setPlaceholder(new Label("No rows were rejected."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("File", r -> r.file() == null ? "" : r.file().getFileName().toString(), 110),
                column("Line", r -> Long.toString(r.line()), 55),
                column("Column", r -> r.column() == null ? "\u2014" : r.column(), 90),
                column("Reason", RejectedRow::reason, 470),
                column("Content", RejectedRow::content, 200)));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button save = new Button("Save report\u2026", Icon.SAVE.node(13));
        save.setId("import-save-report");
        save.setDisable(s.reportFiles().isEmpty());
        save.setOnAction(e -> save());
        Label saved = Widgets.label(vm.run().saveMessageProperty(), "muted");
        saved.setId("import-save-message");
        String shown = s.rejected() > vm.run().rejected().size()
                ? " (first " + Formats.count(vm.run().rejected().size()) + " shown; the report has all)" : "";
        HBox head = new HBox(12, Widgets.label("Rejected rows" + shown, "card-title"), Widgets.hgrow(), saved, save);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, head, table);
    }

    private static TableColumn<RejectedRow, String> column(String title, Function<RejectedRow, String> value,
                                                           double width) {
        TableColumn<RejectedRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the rejected rows");
        chooser.setInitialFileName("rejected-rows-" + vm.run().summaryProperty().get().dataset() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.run().saveReport(f.toPath());
        }
    }
}
