package org.recstudio.engine.importer;

/** How a CATEGORY value with separators (or a JSON list) becomes the stored category text. */
public enum CategoryStyle {
    /**
     * Levels of one hierarchy, root first ("Electronics/Phones", Amazon's category lists): stored as
     * {@code "Electronics > Phones"}; repeated adjacent levels are collapsed.
     */
    PATH,
    /**
     * Independent labels (MovieLens genres "Action|Comedy", genre flag columns): stored as
     * {@code "Action | Comedy"}, and as a JSON list under attribute {@code "genres"}.
     */
    LIST
}
