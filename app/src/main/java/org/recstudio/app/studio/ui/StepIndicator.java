package org.recstudio.app.studio.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A row of numbered steps joined by lines; steps before the current one are ticked, the current one stands out. */
public final class StepIndicator extends HBox {

    private final List<StackPane> dots = new ArrayList<>();
    private final List<Label> numbers = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Region> lines = new ArrayList<>();

    public StepIndicator(List<String> steps) {
        super(10);
        getStyleClass().add("step-indicator");
        setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                Region line = new Region();
                line.getStyleClass().add("step-line");
                HBox.setHgrow(line, Priority.ALWAYS);
                line.setMinWidth(16);
                lines.add(line);
                getChildren().add(line);
            }
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("step-number");
            StackPane dot = new StackPane(number);
            dot.getStyleClass().add("step-dot");
            Label label = new Label(steps.get(i));
            label.getStyleClass().add("step-label");
            HBox step = new HBox(8, dot, label);
            step.setAlignment(Pos.CENTER_LEFT);
            dots.add(dot);
            numbers.add(number);
            labels.add(label);
            getChildren().add(step);
        }
    }

    /** Marks step {@code current} (0-based) as the current one. */
    public void select(int current) {
        for (int i = 0; i < dots.size(); i++) {
            set(dots.get(i), "step-done", i < current);
            set(dots.get(i), "step-current", i == current);
            set(labels.get(i), "step-current", i == current);
            numbers.get(i).setText(i < current ? "\u2713" : Integer.toString(i + 1));
        }
        for (int i = 0; i < lines.size(); i++) {
            set(lines.get(i), "step-done", i < current);
        }
    }

    private static void set(Node n, String styleClass, boolean on) {
        n.getStyleClass().remove(styleClass);
        if (on) {
            n.getStyleClass().add(styleClass);
        }
    }
}
