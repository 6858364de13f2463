package org.recstudio.app.studio.inspect;

/** One interaction of the inspected user: time (UTC, formatted), item id and title, event and value ("" if none). */
public record HistoryRow(String time, String itemId, String title, String event, String value) {
}
