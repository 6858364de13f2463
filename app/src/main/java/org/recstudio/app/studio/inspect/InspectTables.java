package org.recstudio.app.studio.inspect;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.recstudio.app.studio.ui.Columns;

/** The Inspect screen's tables: a user's history and a model's ranked items, with two-line item cells. */
final class InspectTables {

    private InspectTables() {
    }

    /** Time (date over time of day) and item (title over id, event and value) of the picked user's interactions. */
    static TableView<HistoryRow> history() {
        TableView<HistoryRow> t = new TableView<>();
        t.setId("history-table");
        t.getStyleClass().add("two-line-table");
        TableColumn<HistoryRow, HistoryRow> time = twoLine("Time", h -> datePart(h.time()),
                h -> timePart(h.time()), 92);
        time.setMinWidth(88);
        time.setMaxWidth(100);
        t.getColumns().add(time);
        t.getColumns().add(twoLine("Item \u00b7 event", HistoryRow::title, h -> h.itemId() + " \u00b7 " + h.event()
                + (h.value().isEmpty() ? "" : " " + h.value()), 140));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("Pick a user above."));
        return t;
    }

    /** "2024-03-01" of "2024-03-01 14:05". */
    private static String datePart(String time) {
        int space = time.indexOf(' ');
        return space < 0 ? time : time.substring(0, space);
    }

    /** "14:05 UTC" of "2024-03-01 14:05", else "". */
    private static String timePart(String time) {
        int space = time.indexOf(' ');
        return space < 0 ? "" : time.substring(space + 1) + " UTC";
    }

    /**
     * Rank, item (title over id and category), score and (when {@code withWhy}) the one-line explanation; each
     * row's tooltip lists the explanation's contributions.
     */
    static TableView<RecommendationRow> ranked(String id, String scoreTitle, boolean withWhy) {
        TableView<RecommendationRow> t = new TableView<>();
        t.setId(id);
        t.getStyleClass().add("two-line-table");
        TableColumn<RecommendationRow, String> rank = text("#", r -> Integer.toString(r.rank()), 32);
        rank.setCellFactory(c -> {
            TableCell<RecommendationRow, String> cell = Columns.numericCell();
            cell.getStyleClass().add("rank-cell");
            return cell;
        });
        rank.setMinWidth(32);
        rank.setMaxWidth(32);
        rank.setResizable(false);
        t.getColumns().add(rank);
        TableColumn<RecommendationRow, RecommendationRow> item = twoLine("Item", RecommendationRow::title,
                r -> r.category().isEmpty() ? r.itemId() : r.itemId() + " \u00b7 " + r.category(), 170);
        item.setMinWidth(120);
        t.getColumns().add(item);
        TableColumn<RecommendationRow, String> score = text(scoreTitle,
                r -> score(r.score()), withWhy ? 66 : 84);
        score.setCellFactory(c -> Columns.numericCell());
        score.setMinWidth(withWhy ? 64 : 80);
        t.getColumns().add(score);
        if (withWhy) {
            TableColumn<RecommendationRow, String> why = text("Because of", RecommendationRow::why, 150);
            why.setMinWidth(96);
            why.setCellFactory(c -> new TableCell<>() {
                private final Label label = new Label();

                {
                    label.setWrapText(true);
                    label.getStyleClass().add("why-text");
                    setGraphic(label);
                }

                @Override protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    label.setText(empty || item == null ? "" : item);
                    setGraphic(empty ? null : label);
                }
            });
            t.getColumns().add(why);
        }
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(v -> new TableRow<>() {
            @Override protected void updateItem(RecommendationRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.details().isEmpty()) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(item.details());
                    tip.setShowDelay(Duration.millis(300));
                    tip.setWrapText(true);
                    tip.setMaxWidth(460);
                    setTooltip(tip);
                }
            }
        });
        return t;
    }

    /** A score with four significant digits and no exponent: 51.23, 0.9731, 0.0123, 1234. */
    static String score(float v) {
        double a = Math.abs(v);
        if (!Float.isFinite(v)) {
            return Float.toString(v);
        }
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A column whose cells show {@code main} over {@code sub} in smaller, muted type. */
    private static <R> TableColumn<R, R> twoLine(String title, Function<R, String> main, Function<R, String> sub,
                                                 double width) {
        TableColumn<R, R> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label top = new Label();
            private final Label bottom = new Label();
            private final VBox box = new VBox(0, top, bottom);

            {
                top.getStyleClass().add("cell-main");
                bottom.getStyleClass().add("cell-sub");
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                String m = main.apply(item);
                String s = sub.apply(item);
                top.setText(m.isEmpty() ? s : m);
                bottom.setText(m.isEmpty() ? "" : s);
                bottom.setVisible(!m.isEmpty());
                bottom.setManaged(!m.isEmpty());
                setGraphic(box);
            }
        });
        return c;
    }
}
