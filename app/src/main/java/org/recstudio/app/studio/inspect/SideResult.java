package org.recstudio.app.studio.inspect;

import java.util.List;

/** What one model shows for the picked user or item: its rows, and a note on why they are missing or special. */
record SideResult(List<RecommendationRow> rows, String note) {

    static final SideResult EMPTY = new SideResult(List.of(), "");

    SideResult {
        rows = List.copyOf(rows);
    }

    static SideResult note(String note) {
        return new SideResult(List.of(), note);
    }
}
