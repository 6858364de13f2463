package org.recstudio.app.studio.inspect;

import java.util.Locale;

/** A user in the Inspect screen's picker: the external id and how many interactions the user has. */
public record UserChoice(String id, int interactions) {

    boolean matches(String lowerCaseText) {
        return id.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
