package org.recstudio.engine.store;

/** An open-addressing set of longs (no boxing), used to find duplicate interactions during an import. */
final class LongHashSet {

    private static final long EMPTY = 0L;
    private long[] table;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected + expected / 3)) << 1;
        table = new long[cap];
    }

    /** Adds {@code key}; returns false when it was already present. */
    boolean add(long key) {
        if (key == EMPTY) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            return true;
        }
        if ((size + 1L) * 4 > table.length * 3L) {
            grow();
        }
        int mask = table.length - 1;
        int i = mix(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long k : old) {
            if (k != EMPTY) {
                int i = mix(k) & mask;
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = k;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * A 64-bit key of one interaction: user, item, event, time, value (its bits, so every NaN is the same) and
     * context (null and each distinct text differ). Two rows that differ in any of them get different keys except
     * with a probability of about n^2 / 2^65 for n interactions (under 10^-6 for 5 million).
     */
    static long key(int user, int item, int event, long time, float value, String context) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ user) * 0x100000001b3L;
        h = (h ^ item) * 0x100000001b3L;
        h = (h ^ event) * 0x100000001b3L;
        h = (h ^ time) * 0x100000001b3L;
        h = fmix(h);
        h = (h ^ Float.floatToIntBits(value)) * 0x100000001b3L;
        if (context == null) {
            h = (h ^ 0x5bd1e995L) * 0x100000001b3L;
        } else {
            for (int i = 0; i < context.length(); i++) {
                h = (h ^ context.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ context.length()) * 0x100000001b3L;
        }
        return fmix(h);
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
