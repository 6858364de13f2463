package org.recstudio.engine.importer;

import java.util.EnumSet;
import java.util.Set;

/** The part a file column plays in an import: an id, an event field, an item field or a free attribute. */
public enum Role {
    USER_ID, ITEM_ID, EVENT, VALUE, TIMESTAMP, TITLE, DESCRIPTION, CATEGORY, BRAND, PRICE, CREATED_AT, IN_STOCK,
    USER_ATTRIBUTE, ITEM_ATTRIBUTE, CONTEXT;

    /** Whether several columns may play this role (attributes, context and composite ids). */
    public boolean repeatable() {
        return this == USER_ATTRIBUTE || this == ITEM_ATTRIBUTE || this == CONTEXT || this == USER_ID
                || this == ITEM_ID;
    }

    /** The roles a column of a {@code kind} file may play. */
    public static Set<Role> allowedFor(DataKind kind) {
        return switch (kind) {
            case ITEMS -> EnumSet.of(ITEM_ID, TITLE, DESCRIPTION, CATEGORY, BRAND, PRICE, CREATED_AT, IN_STOCK,
                    ITEM_ATTRIBUTE);
            case USERS -> EnumSet.of(USER_ID, USER_ATTRIBUTE);
            case INTERACTIONS -> EnumSet.of(USER_ID, ITEM_ID, EVENT, VALUE, TIMESTAMP, USER_ATTRIBUTE, CONTEXT);
        };
    }

    /** The roles a {@code kind} file must map. */
    public static Set<Role> requiredFor(DataKind kind) {
        return switch (kind) {
            case ITEMS -> EnumSet.of(ITEM_ID);
            case USERS -> EnumSet.of(USER_ID);
            case INTERACTIONS -> EnumSet.of(USER_ID, ITEM_ID);
        };
    }
}
