package org.recstudio.engine.store;

/**
 * Interactions as parallel primitive columns over dense user and item indexes.
 *
 * @param event   the event type code of each interaction
 * @param value   the raw value (rating, play count…), NaN when the source had none
 * @param time    epoch milliseconds, or {@link Long#MIN_VALUE} when unknown
 * @param context the free context JSON of each interaction (null entries allowed), or null when not loaded
 */
public record InteractionColumns(int size, int[] user, int[] item, int[] event, float[] value, long[] time,
                                 String[] context) {

    public InteractionColumns {
        if (user.length < size || item.length < size || event.length < size || value.length < size
                || time.length < size || (context != null && context.length < size)) {
            throw new IllegalArgumentException("columns shorter than size " + size);
        }
    }
}
