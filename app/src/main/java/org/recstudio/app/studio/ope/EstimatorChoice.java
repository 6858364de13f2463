package org.recstudio.app.studio.ope;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One off-policy estimator the OPE screen offers, with its check box state. */
public final class EstimatorChoice {

    private final String name;
    private final String help;
    private final BooleanProperty selected;

    EstimatorChoice(String name, String help, boolean selected) {
        this.name = name;
        this.help = help;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    /** The estimator's spec, e.g. {@code snips}. */
    public String name() {
        return name;
    }

    /** One sentence on the estimator. */
    public String help() {
        return help;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }
}
