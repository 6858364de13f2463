package org.recstudio.app.studio.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts of the setup card at the left of the Train, Evaluate, Simulate and Off-policy screens: captioned
 * fields, two columns of options, the validation line, the scrolling form and the Run/Cancel buttons.
 */
public final class SetupCard {

    private SetupCard() {
    }

    /** The card: a "Setup" title over {@code body}, {@code width} wide (no narrower than {@code minWidth}). */
    public static VBox card(String styleClass, double width, double minWidth, Node... body) {
        VBox card = new VBox(10, Widgets.label("Setup", "card-title"));
        card.getChildren().addAll(body);
        card.getStyleClass().addAll("card", styleClass);
        card.setPrefWidth(width);
        card.setMinWidth(minWidth);
        card.setMaxWidth(width);
        return card;
    }

    /** {@code control} under a small upper-case caption, as wide as the caption's column. */
    public static VBox field(String caption, Region control) {
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, Widgets.label(caption, "field-label"), control);
    }

    /** A short text field bound both ways to {@code value}. */
    public static TextField text(String id, StringProperty value, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(6);
        Widgets.tip(f, tip);
        return f;
    }

    /** {@code options} (check boxes) in two columns, filled left, right, left… */
    public static HBox twoColumns(List<? extends Node> options) {
        VBox left = new VBox(5);
        VBox right = new VBox(5);
        left.setPrefWidth(120);
        for (int i = 0; i < options.size(); i++) {
            (i % 2 == 0 ? left : right).getChildren().add(options.get(i));
        }
        return new HBox(10, left, right);
    }

    /** A warning line showing {@code problem}; hidden, and taking no room, while it is empty. */
    public static Label problem(StringExpression problem, String id) {
        Label l = Widgets.label(problem, "validation-problem");
        l.setId(id);
        l.setGraphic(Icon.WARNING.node(12));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(problem.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** {@code content} in a vertical-only scroll pane with the given CSS class. */
    public static ScrollPane scroll(Node content, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(styleClass);
        return scroll;
    }

    /** The default button that starts the screen's work; enabled while {@code enabled} holds. */
    public static Button run(String text, Icon icon, String id, ObservableBooleanValue enabled, Runnable action) {
        Button run = new Button(text, icon.node(13));
        run.setId(id);
        run.getStyleClass().add("primary");
        run.setDefaultButton(true);
        run.disableProperty().bind(Bindings.not(enabled));
        run.setOnAction(e -> action.run());
        return run;
    }

    /** {@code run} and a Cancel button that is enabled while {@code running} holds, in a row. */
    public static HBox buttons(Button run, String cancelId, ObservableBooleanValue running, Runnable cancel) {
        Button c = new Button("Cancel", Icon.CLOSE.node(10));
        c.setId(cancelId);
        c.disableProperty().bind(Bindings.not(running));
        c.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(8, run, c);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }
}
