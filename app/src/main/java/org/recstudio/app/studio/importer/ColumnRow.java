package org.recstudio.app.studio.importer;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of the file in the mapping step: its position, name, a few sample values and the role the user
 * gives it. {@code key} is the attribute or context key the column's values are stored under, kept from the
 * guess or preset.
 */
public final class ColumnRow {

    private final int index;
    private final String name;
    private final String samples;
    private final String key;
    private final ObjectProperty<RoleChoice> role = new SimpleObjectProperty<>(this, "role", RoleChoice.IGNORE);

    ColumnRow(int index, String name, List<String> samples, RoleChoice role, String key) {
        this.index = index;
        this.name = name;
        this.samples = String.join(" \u00b7 ", samples.stream().limit(4)
                .map(s -> s.length() > 28 ? s.substring(0, 27) + "\u2026" : s).toList());
        this.role.set(role);
        this.key = key;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    /** The first preview values, joined for display. */
    public String samples() {
        return samples;
    }

    String key() {
        return key;
    }

    public ObjectProperty<RoleChoice> roleProperty() {
        return role;
    }
}
