package org.recstudio.app.studio.evaluate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One registered algorithm with a check box: whether it takes part in the next run. */
public final class AlgorithmChoice {

    private final String name;
    private final BooleanProperty selected;

    AlgorithmChoice(String name, boolean selected) {
        this.name = name;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
