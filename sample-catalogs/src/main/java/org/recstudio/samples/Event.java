package org.recstudio.samples;

import java.util.Comparator;

/**
 * One interaction held in memory until the interaction file is written, ordered by time.
 *
 * @param second epoch second (UTC)
 * @param user   user index
 * @param item   item index
 * @param type   event type index (meaning depends on the catalog)
 * @param device index into the catalog's device list
 * @param value  event value (watch minutes, 1 for likes), 0 when unused
 */
record Event(long second, int user, int item, int type, int device, int value) implements Comparable<Event> {

    private static final Comparator<Event> ORDER = Comparator.comparingLong(Event::second)
            .thenComparingInt(Event::user).thenComparingInt(Event::item).thenComparingInt(Event::type)
            .thenComparingInt(Event::value).thenComparingInt(Event::device);

    @Override
    public int compareTo(Event other) {
        return ORDER.compare(this, other);
    }
}
