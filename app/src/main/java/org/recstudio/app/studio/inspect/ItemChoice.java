package org.recstudio.app.studio.inspect;

import java.util.Locale;

/** An item in the Inspect screen's picker: id, title and category ("" when unknown) and its interactions. */
public record ItemChoice(String id, String title, String category, int interactions) {

    boolean matches(String lowerCaseText) {
        return id.toLowerCase(Locale.ROOT).contains(lowerCaseText)
                || title.toLowerCase(Locale.ROOT).contains(lowerCaseText)
                || category.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
