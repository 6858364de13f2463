package org.recstudio.app.studio.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns of text computed from the row, as the Simulate and Off-policy summary tables show them. */
public final class Columns {

    private Columns() {
    }

    /**
     * A column showing {@code value} of each row, {@code width} wide and shrinking to no less than
     * {@code narrowest} (or {@code width} if smaller); numeric columns are right-aligned by the CSS class
     * {@code numeric}.
     */
    public static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width,
                                                  double narrowest, boolean numeric) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, narrowest));
        if (numeric) {
            c.setCellFactory(col -> numericCell());
        }
        return c;
    }

    /** A text cell right-aligned by the CSS class {@code numeric}. */
    public static <R> TableCell<R, String> numericCell() {
        TableCell<R, String> cell = new TableCell<>() {
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item);
            }
        };
        cell.getStyleClass().add("numeric");
        return cell;
    }
}
