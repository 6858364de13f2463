package org.recstudio.app.studio.train;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.recstudio.engine.model.ParamSpec;

/**
 * One field of the generated params form: the parameter's description and the text the user entered, which
 * starts at the default. Booleans hold "true"/"false" and enums a constant name, so every field is a string that
 * {@code ParamsBinder} parses; a blank field means the default.
 */
public final class ParamField {

    /** Which control edits the field. */
    public enum Kind {
        /** A text field: numbers, strings and lists. */
        TEXT,
        /** A check box: booleans. */
        CHECK,
        /** A drop-down of the enum constants. */
        CHOICE
    }

    private final ParamSpec spec;
    private final StringProperty value;
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");

    ParamField(ParamSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.value = new SimpleStringProperty(this, spec.name(), spec.defaultValue());
    }

    /** The control that edits this field. */
    public Kind kind() {
        if (spec.javaType() == boolean.class || spec.javaType() == Boolean.class) {
            return Kind.CHECK;
        }
        return spec.javaType().isEnum() ? Kind.CHOICE : Kind.TEXT;
    }

    /** The parameter's name, e.g. {@code factors}. */
    public String name() {
        return spec.name();
    }

    /** A readable type, e.g. {@code int} or {@code list<enum>}. */
    public String type() {
        return spec.type();
    }

    /** The default value as text. */
    public String defaultValue() {
        return spec.defaultValue();
    }

    /** The enum constants of a {@link Kind#CHOICE} field (or of a list of enums), else empty. */
    public List<String> choices() {
        return spec.choices();
    }

    /** The tooltip: the description, then the type and default. */
    public String help() {
        String typeLine = (spec.choices().isEmpty() ? spec.type() : spec.type() + " " + spec.choices())
                + " \u00b7 default " + (spec.defaultValue().isEmpty() ? "(empty)" : spec.defaultValue());
        return spec.description().isBlank() ? spec.name() + ": " + typeLine
                : spec.description() + "\n" + typeLine;
    }

    /** The entered text; blank means the default. */
    public StringProperty valueProperty() {
        return value;
    }

    /** Whether the last validation error names this parameter. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    void setInvalid(boolean on) {
        invalid.set(on);
    }

    /** Whether the entered text should be passed to the binder (a blank field falls back to the default). */
    boolean isSet() {
        String v = value.get();
        return v != null && !v.isBlank();
    }
}
