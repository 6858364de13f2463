package org.recstudio.engine.model.hybrid;

/**
 * How a hybrid puts the scores of different models on one scale before switching or blending them, per user over
 * the items a component scores (finite scores only).
 */
public enum ScoreNormalization {
    /** {@code (s − min) / (max − min)} into [0, 1]; 0.5 for every item when all scores are equal. */
    MIN_MAX,
    /** {@code (s − mean) / sd} with the population standard deviation; 0 for every item when sd is 0. */
    Z_SCORE;

    /**
     * The normalised scores of the items {@code i} with {@code include[i]} (all items when {@code include} is
     * null) and a finite {@code raw[i]}; every other item gets {@link Float#NEGATIVE_INFINITY}. Statistics are
     * accumulated in double, in index order.
     *
     * @return the normalised scores (a new array), all {@link Float#NEGATIVE_INFINITY} when nothing was finite
     */
    public float[] apply(float[] raw, boolean[] include) {
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            if (counts(raw, include, i)) {
                n++;
                min = Math.min(min, raw[i]);
                max = Math.max(max, raw[i]);
                sum += raw[i];
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double sq = 0;
        if (this == Z_SCORE) {
            for (int i = 0; i < raw.length; i++) {
                if (counts(raw, include, i)) {
                    sq += (raw[i] - mean) * (raw[i] - mean);
                }
            }
        }
        double sd = n == 0 ? 0 : Math.sqrt(sq / n);
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (!counts(raw, include, i)) {
                out[i] = Float.NEGATIVE_INFINITY;
            } else if (this == MIN_MAX) {
                out[i] = max == min ? 0.5f : (float) ((raw[i] - min) / (max - min));
            } else {
                out[i] = sd == 0 ? 0f : (float) ((raw[i] - mean) / sd);
            }
        }
        return out;
    }

    private static boolean counts(float[] raw, boolean[] include, int i) {
        return (include == null || include[i]) && Float.isFinite(raw[i]);
    }
}
