package org.recstudio.app.studio.explore;

/** One row of the explorer's users table; {@code attributes} as stored (JSON object text) or "". */
public record UserRow(int index, String id, String attributes, int interactions) {

    boolean matches(String lowerCaseText) {
        return ItemRow.contains(id, lowerCaseText) || ItemRow.contains(attributes, lowerCaseText);
    }
}
