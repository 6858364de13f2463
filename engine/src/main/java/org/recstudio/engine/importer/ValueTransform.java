package org.recstudio.engine.importer;

/** A transform applied to the VALUE column of interactions while importing. */
public enum ValueTransform {
    /** Store the value as read (ratings, play counts). */
    RAW,
    /** Store {@code ln(1 + value)}, which tames heavy-tailed counts such as Last.fm play counts. */
    LOG1P,
    /** Store 1 when the value is positive, else 0 (clicks, purchases). */
    BINARY;

    /** Applies this transform to {@code v}; NaN stays NaN. */
    public float apply(double v) {
        return switch (this) {
            case RAW -> (float) v;
            case LOG1P -> v < 0 ? Float.NaN : (float) Math.log1p(v);
            case BINARY -> Double.isNaN(v) ? Float.NaN : (v > 0 ? 1f : 0f);
        };
    }
}
