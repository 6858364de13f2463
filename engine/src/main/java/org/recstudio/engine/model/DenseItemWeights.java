package org.recstudio.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A dense item–item weight matrix {@code B} (row {@code i}: how item {@code i} in a user's input raises every item)
 * and what the linear item models (EASE, SLIST) do with it: score an input {@code x · B}, list an item's strongest
 * rows as similar items, and split a score into per-input-item contributions.
 */
public final class DenseItemWeights {

    /** A user's weighted input items: entries {@code [from, to)} of some per-user list. */
    public interface Entries {
        /** The item of entry {@code e}. */
        int item(int e);

        /** The weight of entry {@code e}. */
        float weight(int e);
    }

    private final float[] b;
    private final int n;

    /** Wraps the row-major {@code n × n} matrix {@code b} (shared, not copied). */
    public DenseItemWeights(float[] b, int n) {
        if (b.length != (long) n * n) {
            throw new IllegalArgumentException(n + " items need " + (long) n * n + " weights, got " + b.length);
        }
        this.b = b;
        this.n = n;
    }

    /** The weight {@code B_ij}. */
    public float weight(int i, int j) {
        return b[i * n + j];
    }

    /** {@code out = Σ_e weight(e) · B[item(e), :]} over entries {@code [from, to)}. */
    public void score(Entries in, int from, int to, float[] out) {
        Arrays.fill(out, 0, n, 0f);
        for (int e = from; e < to; e++) {
            int row = in.item(e) * n;
            float v = in.weight(e);
            for (int j = 0; j < n; j++) {
                out[j] += v * b[row + j];
            }
        }
    }

    /** The {@code k} allowed items that {@code item} raises most (the largest weights of its row), never itself. */
    public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        float[] row = Arrays.copyOfRange(b, item * n, item * n + n);
        row[item] = Float.NEGATIVE_INFINITY;
        return TopK.select(row, k, allowed);
    }

    /**
     * The non-zero contributions {@code weight(e) · B[item(e), item]} of entries {@code [from, to)} to the score of
     * {@code item}, labelled by {@code label} (given the entry), largest magnitude first, then by item.
     */
    public List<Explanation.Contribution> contributions(Entries in, int from, int to, int item,
                                                       IntFunction<String> label) {
        List<Explanation.Contribution> parts = new ArrayList<>();
        for (int e = from; e < to; e++) {
            int i = in.item(e);
            float w = in.weight(e) * b[i * n + item];
            if (w != 0) {
                parts.add(new Explanation.Contribution(label.apply(e), i, w));
            }
        }
        parts.sort(Comparator.comparingDouble((Explanation.Contribution c) -> -Math.abs(c.weight()))
                .thenComparingInt(Explanation.Contribution::item));
        return parts;
    }
}
