package org.recstudio.app.studio.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.ParamsBinder;

/**
 * The state of the generated params form: one {@link ParamField} per component of the algorithm's params record
 * (from {@link ParamsBinder#describe}), validated through {@link ParamsBinder#bind} on every edit so the error is
 * exactly what a fit would report, and the field it names marked invalid.
 */
final class ParamsFormModel {

    private final ObservableList<ParamField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Algorithm<?> algorithm;

    /** Shows the params of {@code name} at their defaults; null empties the form. */
    void load(String name) {
        algorithm = name == null ? null : Algorithms.byName(name);
        if (algorithm == null) {
            fields.clear();
            error.set("");
            return;
        }
        List<ParamField> list = ParamsBinder.describe(algorithm).stream().map(ParamField::new).toList();
        list.forEach(f -> f.valueProperty().addListener((obs, old, now) -> validate()));
        fields.setAll(list);
        validate();
    }

    /** The entered values by parameter name; blank fields are left out and so take their defaults. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParamField f : fields) {
            if (f.isSet()) {
                out.put(f.name(), f.valueProperty().get());
            }
        }
        return out;
    }

    private void validate() {
        if (algorithm == null) {
            return;
        }
        String message = "";
        try {
            ParamsBinder.bind(algorithm, values());
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        error.set(message);
        ParamField culprit = culprit(message);
        fields.forEach(f -> f.setInvalid(f == culprit));
    }

    /** The field the error message names first (as {@code 'name'} or as a word), or null. */
    private ParamField culprit(String message) {
        if (message.isEmpty()) {
            return null;
        }
        ParamField best = null;
        int at = Integer.MAX_VALUE;
        for (ParamField f : fields) {
            int quoted = message.indexOf("'" + f.name() + "'");
            Matcher word = Pattern.compile("\\b" + Pattern.quote(f.name()) + "\\b").matcher(message);
            int i = quoted >= 0 ? quoted : word.find() ? word.start() : -1;
            if (i >= 0 && i < at) {
                at = i;
                best = f;
            }
        }
        return best;
    }

    /** The fields, in record order. */
    ObservableList<ParamField> fields() {
        return fields;
    }

    /** Why the entered values are invalid (the binder's message, naming the parameter), or "". */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
