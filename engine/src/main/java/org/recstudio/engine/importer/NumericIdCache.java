package org.recstudio.engine.importer;

import java.util.Arrays;

/**
 * A cache of external id → dataset index for ids written as plain decimal numbers ("196", "1193"), the common
 * case in rating logs: an open-addressing table of longs, so a lookup neither hashes a String nor chases
 * HashMap nodes. Other ids ("U1077", "0042") are not cached; callers ask the writer for those.
 */
final class NumericIdCache {

    /** Returned by {@link #get} for an id this cache does not handle. */
    static final int NOT_NUMERIC = -2;
    /** Returned by {@link #get} for a numeric id not cached yet. */
    static final int MISSING = -1;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    NumericIdCache() {
        Arrays.fill(keys, EMPTY);
    }

    /** The cached index of {@code id}, {@link #MISSING}, or {@link #NOT_NUMERIC}. */
    int get(String id) {
        long k = key(id);
        if (k < 0) {
            return NOT_NUMERIC;
        }
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            long at = keys[i];
            if (at == k) {
                return values[i];
            }
            if (at == EMPTY) {
                return MISSING;
            }
        }
    }

    /** Caches {@code id → index}; ids that are not canonical numbers are ignored. */
    void put(String id, int index) {
        long k = key(id);
        if (k < 0) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(k, index);
    }

    private void insert(long k, int index) {
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = k;
        values[i] = index;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** The value of a canonical non-negative decimal (no sign, no leading zero, at most 18 digits), else -1. */
    static long key(String s) {
        int n = s.length();
        if (n == 0 || n > 18 || (s.charAt(0) == '0' && n > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
