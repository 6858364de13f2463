package org.recstudio.engine.importer;

/**
 * What an interactions import does with an item id the dataset's catalog does not have.
 *
 * <p>Unknown users are always created on the fly (without attributes), since logs routinely name users no
 * user file lists.
 */
public enum UnknownItemPolicy {
    /** Reject the row; it is counted and listed in the import report. */
    REJECT,
    /** Create a placeholder item with only the id; a later items import fills it in. */
    PLACEHOLDER
}
