package org.recstudio.app.studio.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.Role;

/** A choice in a column's role selector: one of the {@link Role}s, or {@link #IGNORE} (not imported). */
public record RoleChoice(Role role) {

    /** The column is not imported. */
    public static final RoleChoice IGNORE = new RoleChoice(null);

    /** Ignore, then the roles a {@code kind} file allows, in {@link Role} order. */
    public static List<RoleChoice> allowedFor(DataKind kind) {
        List<RoleChoice> out = new ArrayList<>();
        out.add(IGNORE);
        for (Role r : Role.values()) {
            if (Role.allowedFor(kind).contains(r)) {
                out.add(new RoleChoice(r));
            }
        }
        return List.copyOf(out);
    }

    /** "Ignore", "User id", "Item attribute", … */
    @Override public String toString() {
        if (role == null) {
            return "\u2014 ignore \u2014";
        }
        String s = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
