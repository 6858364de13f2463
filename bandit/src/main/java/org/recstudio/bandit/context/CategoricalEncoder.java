package org.recstudio.bandit.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-hot vocabulary: the {@code maxCategories} most frequent values seen when fitting (ties by first
 * appearance) get their own slot, every other value (and null) the last, "other", slot.
 */
public final class CategoricalEncoder {

    private final List<String> values;
    private final Map<String, Integer> index;

    private CategoricalEncoder(List<String> values) {
        this.values = List.copyOf(values);
        this.index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
    }

    /** A vocabulary of exactly {@code values} (in that order), plus "other". */
    public static CategoricalEncoder of(List<String> values) {
        return new CategoricalEncoder(values);
    }

    /** Fits the vocabulary of the most frequent {@code maxCategories} non-null values. */
    public static CategoricalEncoder fit(Iterable<String> observed, int maxCategories) {
        if (maxCategories < 0) {
            throw new IllegalArgumentException("maxCategories must be >= 0, got " + maxCategories);
        }
        Map<String, int[]> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String v : observed) {
            if (v == null) {
                continue;
            }
            int[] c = counts.get(v);
            if (c == null) {
                counts.put(v, new int[] {1});
                order.add(v);
            } else {
                c[0]++;
            }
        }
        List<String> sorted = new ArrayList<>(order);
        sorted.sort((a, b) -> Integer.compare(counts.get(b)[0], counts.get(a)[0])); // stable: first seen wins
        return new CategoricalEncoder(sorted.subList(0, Math.min(maxCategories, sorted.size())));
    }

    /** Slots: one per known value plus "other". */
    public int dimension() {
        return values.size() + 1;
    }

    /** The slot of {@code value}: its index, or {@code dimension() - 1} for other values and null. */
    public int slot(String value) {
        Integer i = value == null ? null : index.get(value);
        return i == null ? values.size() : i;
    }

    /** The known values, by slot. */
    public List<String> values() {
        return values;
    }

    /** Writes the one-hot vector of {@code value} into {@code out[offset .. offset + dimension())}. */
    public void write(String value, double[] out, int offset) {
        java.util.Arrays.fill(out, offset, offset + dimension(), 0.0);
        out[offset + slot(value)] = 1.0;
    }
}
