package org.recstudio.engine.data;

/**
 * A compressed sparse row matrix of interactions: for row {@code r}, entries {@code ptr[r]..ptr[r+1]-1} hold
 * the column, strength, raw value, event code and time of each interaction, rows sorted by time.
 *
 * <p>By user it is the usual CSR; the same class by item is the CSC view. Arrays are shared, never copied;
 * treat them as read-only.
 */
public final class CsrMatrix {

    private final int rows;
    private final int cols;
    private final int[] ptr;
    private final int[] col;
    private final float[] strength;
    private final float[] value;
    private final int[] event;
    private final long[] time;

    CsrMatrix(int rows, int cols, int[] ptr, int[] col, float[] strength, float[] value, int[] event, long[] time) {
        this.rows = rows;
        this.cols = cols;
        this.ptr = ptr;
        this.col = col;
        this.strength = strength;
        this.value = value;
        this.event = event;
        this.time = time;
    }

    /**
     * Builds the matrix from COO triples, keeping the entries of a row ordered by (time, column) — the documented
     * tie rule: equal times are ordered by the column index.
     *
     * @param timeRank the dense rank of each entry's time (equal times, equal ranks), from {@link #timeRanks}
     */
    static CsrMatrix build(int rows, int cols, int n, int[] row, int[] column, float[] strength, float[] value,
                           int[] event, long[] time, int[] timeRank, int distinctTimes) {
        // stable counting sorts: by column, then by time rank, then by row (LSD radix order)
        int[] byColumn = countingSort(identity(n), column, cols);
        int[] byTime = countingSort(byColumn, timeRank, distinctTimes);
        int[] order = countingSort(byTime, row, rows);
        int[] ptr = new int[rows + 1];
        for (int i = 0; i < n; i++) {
            ptr[row[i] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            ptr[r + 1] += ptr[r];
        }
        int[] c = new int[n];
        float[] s = new float[n];
        float[] v = new float[n];
        int[] e = new int[n];
        long[] t = new long[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            c[k] = column[i];
            s[k] = strength[i];
            v[k] = value[i];
            e[k] = event[i];
            t[k] = time[i];
        }
        return new CsrMatrix(rows, cols, ptr, c, s, v, e, t);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** A stable counting sort of the positions in {@code in} by {@code key[position]} in [0, buckets). */
    private static int[] countingSort(int[] in, int[] key, int buckets) {
        int[] start = new int[buckets + 1];
        for (int p : in) {
            start[key[p] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] out = new int[in.length];
        for (int p : in) {
            out[start[key[p]]++] = p;
        }
        return out;
    }

    /** The dense rank of each of the first {@code n} times; element {@code n} of the result is the count. */
    static int[] timeRanks(long[] time, int n) {
        long[] sorted = java.util.Arrays.copyOf(time, n);
        java.util.Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int[] rank = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rank[i] = java.util.Arrays.binarySearch(sorted, 0, distinct, time[i]);
        }
        rank[n] = distinct;
        return rank;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Number of stored entries. */
    public int nnz() {
        return ptr[rows];
    }

    /** First entry of row {@code r}. */
    public int start(int r) {
        return ptr[r];
    }

    /** One past the last entry of row {@code r}. */
    public int end(int r) {
        return ptr[r + 1];
    }

    /** Number of entries of row {@code r}. */
    public int rowLength(int r) {
        return ptr[r + 1] - ptr[r];
    }

    /** The column of entry {@code k}. */
    public int col(int k) {
        return col[k];
    }

    /** The strength (weighted by event type) of entry {@code k}. */
    public float strength(int k) {
        return strength[k];
    }

    /** The raw value of entry {@code k} (NaN when none). */
    public float value(int k) {
        return value[k];
    }

    /** The event code of entry {@code k}. */
    public int event(int k) {
        return event[k];
    }

    /** The time of entry {@code k} in epoch milliseconds ({@link Long#MIN_VALUE} when unknown). */
    public long time(int k) {
        return time[k];
    }

    /** Bytes held by the arrays of this matrix. */
    public long bytes() {
        return 4L * ptr.length + (long) col.length * (4 + 4 + 4 + 4 + 8);
    }
}
