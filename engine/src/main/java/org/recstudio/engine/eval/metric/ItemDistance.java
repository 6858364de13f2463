package org.recstudio.engine.eval.metric;

import org.recstudio.engine.data.Dataset;

/** A distance in [0, 1] between two items, for intra-list diversity. */
public interface ItemDistance {

    /** The distance between items {@code a} and {@code b}. */
    double distance(int a, int b);

    /** What the distance is built from ({@code content} or {@code co-occurrence}). */
    String basis();

    /**
     * Content distance from item metadata when at least half of the items have category, brand, attributes or
     * description; otherwise 1 − cosine over training co-occurrence.
     */
    static ItemDistance forData(Dataset train) {
        if (train.hasMetadata() && train.itemCount() > 0) {
            ContentDistance content = ContentDistance.of(train);
            if (content.describedShare() >= 0.5) {
                return content;
            }
        }
        return CooccurrenceDistance.of(train);
    }
}
