package org.recstudio.engine.eval;

import java.util.List;

/**
 * Which user segments results are broken down by.
 *
 * @param coldUserMaxTrain users with at most this many training interactions are "cold"
 * @param heavyShare       the most active share of evaluated users (by training interactions) are "heavy"
 * @param coldItemMaxTrain held-out items with at most this many training interactions are "cold items"
 * @param userAttributes   user attribute keys (from the users' attributes JSON) to break down by, e.g. gender
 */
public record SegmentSpec(int coldUserMaxTrain, double heavyShare, int coldItemMaxTrain, List<String> userAttributes) {

    public SegmentSpec {
        if (coldUserMaxTrain < 0 || coldItemMaxTrain < 0) {
            throw new IllegalArgumentException("cold thresholds must be >= 0, got users " + coldUserMaxTrain
                    + ", items " + coldItemMaxTrain);
        }
        if (!(heavyShare > 0 && heavyShare < 1)) {
            throw new IllegalArgumentException("heavyShare must be in (0, 1), got " + heavyShare);
        }
        userAttributes = List.copyOf(userAttributes);
    }

    /** Cold users ≤ 5 training interactions, heavy = top 10%, cold items ≤ 5, no attributes. */
    public static SegmentSpec defaults() {
        return new SegmentSpec(5, 0.1, 5, List.of());
    }

    /** These segments plus breakdowns by the given user attribute keys. */
    public SegmentSpec withAttributes(List<String> keys) {
        return new SegmentSpec(coldUserMaxTrain, heavyShare, coldItemMaxTrain, keys);
    }
}
