package org.recstudio.app.studio.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A card with one headline number: a small caption, the value in large type, and a line of detail. */
public final class KpiCard extends VBox {

    private final Label title = Widgets.label("", "kpi-title");
    private final Label value = Widgets.label("", "kpi-value");
    private final Label detail = Widgets.label("", "kpi-detail");

    public KpiCard() {
        super(4);
        getStyleClass().addAll("card", "kpi-card");
        detail.setWrapText(true);
        getChildren().addAll(title, value, detail);
    }

    /** Shows {@code titleText}, {@code valueText} and {@code detailText}. */
    public void show(String titleText, String valueText, String detailText) {
        title.setText(titleText.toUpperCase(Locale.ROOT));
        value.setText(valueText);
        detail.setText(detailText);
    }

    public String value() {
        return value.getText();
    }

    public String title() {
        return title.getText();
    }
}
