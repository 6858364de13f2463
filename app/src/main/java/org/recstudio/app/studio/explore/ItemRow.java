package org.recstudio.app.studio.explore;

import java.util.Locale;

/** One row of the explorer's items table. */
public record ItemRow(int index, String id, String title, String category, String brand, Double price,
                      int interactions, boolean placeholder) {

    /** Whether the id, title, category or brand contains {@code lowerCaseText}. */
    boolean matches(String lowerCaseText) {
        return contains(id, lowerCaseText) || contains(title, lowerCaseText) || contains(category, lowerCaseText)
                || contains(brand, lowerCaseText);
    }

    static boolean contains(String field, String lowerCaseText) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
