package org.recstudio.engine.model.als;

import java.util.Arrays;

/** Turns the interactions of one (new or changed) user into a one-row {@link ImplicitMatrix} for fold-in. */
final class FoldIn {

    private FoldIn() {
    }

    /**
     * One row: duplicates summed in the given order, zero sums dropped, columns ascending, confidences by
     * {@code params} — the aggregation of {@link ImplicitMatrix#of}.
     */
    static ImplicitMatrix row(int[] itemIndexes, float[] strengths, int itemCount, AlsParams params) {
        if (itemIndexes.length != strengths.length) {
            throw new IllegalArgumentException(itemIndexes.length + " items but " + strengths.length + " strengths");
        }
        int n = itemIndexes.length;
        long[] keys = new long[n];
        for (int e = 0; e < n; e++) {
            int i = itemIndexes[e];
            if (i < 0 || i >= itemCount) {
                throw new IllegalArgumentException("item index " + i + " at position " + e + " outside [0, "
                        + itemCount + ")");
            }
            if (!Float.isFinite(strengths[e])) {
                throw new IllegalArgumentException("strength " + strengths[e] + " at position " + e + " is not finite");
            }
            keys[e] = ((long) i << 32) | e;
        }
        Arrays.sort(keys);
        int[] col = new int[n];
        float[] conf = new float[n];
        int out = 0;
        for (int e = 0; e < n; ) {
            int c = (int) (keys[e] >>> 32);
            double w = 0;
            for (; e < n && (int) (keys[e] >>> 32) == c; e++) {
                w += strengths[(int) keys[e]];
            }
            if (w != 0) {
                col[out] = c;
                conf[out] = ImplicitMatrix.signedConfidence(w, params);
                out++;
            }
        }
        return new ImplicitMatrix(1, itemCount, new int[] {0, out}, Arrays.copyOf(col, out), Arrays.copyOf(conf, out));
    }
}
