package org.recstudio.engine.model.pop;

import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;

/** Hyperparameters of {@link PopularityAlgorithm}. */
public record PopularityParams(
        @Doc("How popularity is measured: GLOBAL (all time), DECAYED (recent interactions count more, by "
                + "half-life) or TRENDING (rate in the recent window against the rate before it)") Mode mode,
        @Doc("What one interaction adds: COUNT (1) or STRENGTH (event weight × value)") Weighting weighting,
        @Doc("DECAYED: days after which an interaction counts half (> 0)") double halfLifeDays,
        @Doc("TRENDING: length in days of the recent window, which ends at the dataset's last interaction (> 0)")
        double trendWindowDays,
        @Doc("TRENDING: pseudo-interactions added to both rates, so that a rarely used item does not trend on one "
                + "interaction (> 0)") double trendPrior,
        @Doc("Per-segment popularity: NONE, CATEGORY (users grouped by their most used top-level item category) "
                + "or USER_ATTRIBUTE (users grouped by the value of userAttribute)") Segment segment,
        @Doc("USER_ATTRIBUTE: the key in the users' attributes, e.g. gender or country") String userAttribute,
        @Doc("Segments: pseudo-interactions spread by global popularity and added to each segment's counts, so "
                + "small segments lean on the global ranking (>= 0)") double segmentSmoothing)
        implements Params {

    /** How popularity is measured. */
    public enum Mode { GLOBAL, DECAYED, TRENDING }

    /** What one interaction contributes. */
    public enum Weighting { COUNT, STRENGTH }

    /** How users are grouped for per-segment popularity. */
    public enum Segment { NONE, CATEGORY, USER_ATTRIBUTE }

    /** The most distinct segments a model may hold. */
    public static final int MAX_SEGMENTS = 1000;

    public PopularityParams {
        if (mode == null || weighting == null || segment == null) {
            throw new IllegalArgumentException("mode, weighting and segment must be set, got " + mode + ", "
                    + weighting + ", " + segment);
        }
        if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException("halfLifeDays must be > 0 and finite, got " + halfLifeDays);
        }
        if (!(trendWindowDays > 0) || Double.isInfinite(trendWindowDays)) {
            throw new IllegalArgumentException("trendWindowDays must be > 0 and finite, got " + trendWindowDays);
        }
        if (!(trendPrior > 0) || Double.isInfinite(trendPrior)) {
            throw new IllegalArgumentException("trendPrior must be > 0 and finite, got " + trendPrior);
        }
        if (!(segmentSmoothing >= 0) || Double.isInfinite(segmentSmoothing)) {
            throw new IllegalArgumentException("segmentSmoothing must be >= 0 and finite, got " + segmentSmoothing);
        }
        userAttribute = userAttribute == null ? "" : userAttribute.trim();
        if (segment == Segment.USER_ATTRIBUTE && userAttribute.isEmpty()) {
            throw new IllegalArgumentException("segment USER_ATTRIBUTE needs userAttribute, the attribute key to "
                    + "group users by (e.g. userAttribute=gender)");
        }
    }

    /** Global all-time popularity by interaction count. */
    public static PopularityParams defaults() {
        return new PopularityParams(Mode.GLOBAL, Weighting.COUNT, 30, 7, 5, Segment.NONE, "", 10);
    }
}
