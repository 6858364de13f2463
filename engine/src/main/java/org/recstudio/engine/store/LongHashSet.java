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

    /** A 64-bit key of one interaction (user, item, event, time). */
    static long key(int user, int item, int event, long time) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ user) * 0x100000001b3L;
        h = (h ^ item) * 0x100000001b3L;
        h = (h ^ event) * 0x100000001b3L;
        h = (h ^ time) * 0x100000001b3L;
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        return h ^ (h >>> 32);
    }
}
