package org.recstudio.engine.importer;

import java.util.Objects;

/**
 * One column of a file bound to a {@link Role}, named by its header name or by its 0-based index.
 *
 * @param column the column's name, or null when given by index
 * @param index  the column's 0-based index, or -1 when given by name
 * @param name   the key under which an attribute or context value is stored; null means the column's name
 */
public record Binding(Role role, String column, int index, String name) {

    public Binding {
        Objects.requireNonNull(role, "role");
        if ((column == null) == (index < 0)) {
            throw new IllegalArgumentException("bind " + role + " to a column name or an index (>= 0), not both or "
                    + "neither: got name " + column + ", index " + index);
        }
    }

    /** Binds the column called {@code column}. */
    public static Binding of(Role role, String column) {
        return new Binding(role, column, -1, null);
    }

    /** Binds the column at 0-based {@code index}. */
    public static Binding at(Role role, int index) {
        return new Binding(role, null, index, null);
    }

    /** This binding, storing its value under {@code key}. */
    public Binding as(String key) {
        return new Binding(role, column, index, key);
    }

    /** "'rating'" or "#3 (0-based)", for messages. */
    public String describe() {
        return column != null ? "'" + column + "'" : "#" + index + " (0-based)";
    }
}
