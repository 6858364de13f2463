package org.recstudio.app.studio.explore;

/** One headline number of the explorer: a title, the value, and a line of detail under it. */
public record Kpi(String title, String value, String detail) {
}
