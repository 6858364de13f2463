package org.recstudio.engine.importer;

import java.util.Locale;

/** What one imported file holds: catalog items, users, or interaction logs. */
public enum DataKind {
    ITEMS, USERS, INTERACTIONS;

    /** The lower-case name recorded in the import log ("items", "users", "interactions"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
