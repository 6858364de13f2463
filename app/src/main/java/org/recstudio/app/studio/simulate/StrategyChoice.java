package org.recstudio.app.studio.simulate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One strategy the Simulate screen offers: its label, the spec the simulator understands and a check box state. */
public final class StrategyChoice {

    private final String label;
    private final String spec;
    private final String help;
    private final BooleanProperty selected;

    StrategyChoice(String label, String spec, String help, boolean selected) {
        this.label = label;
        this.spec = spec;
        this.help = help;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    /** The name in the check box, charts and table, e.g. "ε-greedy". */
    public String label() {
        return label;
    }

    /** The strategy spec, e.g. {@code egreedy:epsilon=0.1}. */
    public String spec() {
        return spec;
    }

    /** One sentence on what the strategy does. */
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
