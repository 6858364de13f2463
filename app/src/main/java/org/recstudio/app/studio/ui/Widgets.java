package org.recstudio.app.studio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Small building blocks shared by the screens: cards, headers, captions and banners, styled by CSS classes. */
public final class Widgets {

    private Widgets() {
    }

    /** A label with the given CSS classes. */
    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A label bound to {@code text}, with the given CSS classes. */
    public static Label label(ObservableValue<String> text, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A region that takes the spare width of an HBox. */
    public static Region hgrow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A card: a raised surface with a title and a body that grows. */
    public static VBox card(String title, Node body) {
        VBox card = new VBox(8);
        card.getStyleClass().add("card");
        if (title != null) {
            card.getChildren().add(label(title, "card-title"));
        }
        card.getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return card;
    }

    /** A screen header: a title and a subtitle line, and optional nodes at the right. */
    public static HBox screenHeader(String title, ObservableValue<String> subtitle, Node... right) {
        VBox text = new VBox(2, label(title, "screen-title"));
        if (subtitle != null) {
            Label sub = label(subtitle, "screen-subtitle");
            text.getChildren().add(sub);
        }
        HBox header = new HBox(12, text, hgrow());
        header.getChildren().addAll(right);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    /** A one-line banner for an error or a notice; hidden while {@code text} is empty. */
    public static HBox banner(ObservableValue<String> text, String kind) {
        Label l = label(text, "banner-text");
        l.setWrapText(true);
        HBox b = new HBox(8, Icon.WARNING.node(16), l);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().addAll("banner", "banner-" + kind);
        b.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty(), text));
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    /**
     * A card row with the progress bar and status line of a screen's running work: ids {@code PREFIX-progress}
     * and {@code PREFIX-status}, CSS classes {@code card} and {@code PREFIX-run}.
     */
    public static HBox progressRow(String prefix, ObservableValue<? extends Number> progress,
                                   ObservableValue<String> status) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId(prefix + "-progress");
        bar.progressProperty().bind(progress);
        bar.setPrefWidth(220);
        Label text = label(status, "muted");
        text.setId(prefix + "-status");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(12, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("card", prefix + "-run");
        return box;
    }

    /** Sets a tooltip that shows quickly. */
    public static void tip(Control c, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(360);
        c.setTooltip(t);
    }
}
