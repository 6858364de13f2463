package org.recstudio.engine.eval.split;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * Temporal global cut: interactions before {@code cutMillis} train, those at or after it are held out. Users and
 * items with no interaction before the cut are cold and reported as such.
 *
 * <p>The validation split cuts the training data at {@code validationCutMillis}, or, when that is null, at the time
 * that holds out the same share of the training interactions as the test cut holds out of all interactions.
 *
 * @param cutMillis           the cut, epoch milliseconds
 * @param validationCutMillis the validation cut (before {@code cutMillis}), or null to derive it
 */
public record GlobalCut(long cutMillis, Long validationCutMillis) implements Splitter {

    public GlobalCut {
        if (validationCutMillis != null && validationCutMillis > cutMillis) {
            throw new IllegalArgumentException("the validation cut " + Instant.ofEpochMilli(validationCutMillis)
                    + " must not be after the test cut " + Instant.ofEpochMilli(cutMillis));
        }
    }

    @Override public String name() {
        return "global-cut";
    }

    @Override public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("cut", Instant.ofEpochMilli(cutMillis).toString());
        m.put("validation_cut", validationCutMillis == null ? null : Instant.ofEpochMilli(validationCutMillis).toString());
        m.put("leaks_future", false);
        return m;
    }

    @Override public boolean leaksFuture() {
        return false;
    }

    @Override public Assignment assign(Dataset data, long seed) {
        CsrMatrix rows = data.byUser();
        boolean[] held = new boolean[rows.nnz()];
        for (int k = 0; k < held.length; k++) {
            held[k] = rows.time(k) != Long.MIN_VALUE && rows.time(k) >= cutMillis;
        }
        return new Assignment(held, new boolean[data.userCount()], new boolean[data.userCount()]);
    }

    /** The cut for the validation split: the given one, or the time holding out the same share of {@code train}. */
    @Override public Splitter forValidation(Dataset data, Dataset train) {
        if (validationCutMillis != null) {
            return new GlobalCut(validationCutMillis, validationCutMillis);
        }
        long[] times = sortedTimes(train);
        if (times.length == 0 || data.size() == 0) {
            return new GlobalCut(cutMillis, cutMillis);
        }
        double share = 1 - (double) train.size() / data.size();
        int index = Math.min(times.length - 1, Math.max(0, (int) Math.floor(times.length * (1 - share))));
        return new GlobalCut(times[index], times[index]);
    }

    /**
     * The global cut at the time that holds out {@code share} of {@code data}'s interactions (the latest ones),
     * with the validation cut holding out the same share of the remaining training data.
     */
    public static GlobalCut atShare(Dataset data, double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("held-out share must be in (0, 1), got " + share);
        }
        long[] times = sortedTimes(data);
        if (times.length < 2) {
            throw new IllegalArgumentException("a global cut needs at least 2 timed interactions, found " + times.length);
        }
        int cutIndex = Math.max(1, (int) Math.floor(times.length * (1 - share)));
        long cut = times[cutIndex];
        int trainCount = firstAtOrAfter(times, cut);
        int validationIndex = Math.max(0, (int) Math.floor(trainCount * (1 - share)));
        long validationCut = trainCount == 0 ? cut : times[Math.min(validationIndex, trainCount - 1)];
        return new GlobalCut(cut, validationCut);
    }

    private static long[] sortedTimes(Dataset data) {
        CsrMatrix rows = data.byUser();
        long[] t = new long[rows.nnz()];
        int n = 0;
        for (int k = 0; k < rows.nnz(); k++) {
            if (rows.time(k) != Long.MIN_VALUE) {
                t[n++] = rows.time(k);
            }
        }
        t = Arrays.copyOf(t, n);
        Arrays.sort(t);
        return t;
    }

    private static int firstAtOrAfter(long[] sorted, long cut) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < cut) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
