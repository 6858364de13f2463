package org.recstudio.app.studio.explore;

/**
 * One interaction of the selected item or user: when, with whom (the user of an item, or the item of a
 * user, with its title when known), which event and the raw value ("" when none).
 */
public record InteractionRow(String time, String counterpart, String counterpartTitle, String event, String value) {
}
