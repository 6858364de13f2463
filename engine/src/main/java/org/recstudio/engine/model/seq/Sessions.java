package org.recstudio.engine.model.seq;

import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * The users' histories cut into sessions: each user's interactions in the dataset's order (time, then item
 * index), split where the time gap exceeds the session gap (never when a time is unknown).
 *
 * @param ptr         session {@code s} holds {@code item[ptr[s] .. ptr[s+1])}
 * @param item        the items of all sessions, in order
 * @param endTime     the time of each session's last interaction ({@link Long#MIN_VALUE} when unknown)
 * @param lastSession the index of each user's last session, or -1 for a user without history
 */
record Sessions(int[] ptr, int[] item, long[] endTime, int[] lastSession) {

    /** Cuts the histories of {@code data} at gaps longer than {@code gapHours} (0: one session per user). */
    static Sessions of(Dataset data, double gapHours) {
        CsrMatrix m = data.byUser();
        double gapMs = gapHours * 3_600_000.0;
        int[] ptr = new int[m.nnz() + 1];
        long[] end = new long[m.nnz()];
        int[] item = new int[m.nnz()];
        int[] last = new int[m.rows()];
        int sessions = 0;
        for (int u = 0; u < m.rows(); u++) {
            last[u] = -1;
            for (int k = m.start(u); k < m.end(u); k++) {
                boolean split = k == m.start(u) || (gapMs > 0 && m.time(k) != Long.MIN_VALUE
                        && m.time(k - 1) != Long.MIN_VALUE && m.time(k) - m.time(k - 1) > gapMs);
                if (split) {
                    ptr[sessions] = k;
                    last[u] = sessions++;
                }
                item[k] = m.col(k);
                end[last[u]] = m.time(k);
            }
        }
        ptr[sessions] = m.nnz();
        return new Sessions(java.util.Arrays.copyOf(ptr, sessions + 1), item, java.util.Arrays.copyOf(end, sessions),
                last);
    }

    int count() {
        return ptr.length - 1;
    }

    int start(int s) {
        return ptr[s];
    }

    int end(int s) {
        return ptr[s + 1];
    }

    /** The latest known session end time, or {@link Long#MIN_VALUE}. */
    long latestEnd() {
        long t = Long.MIN_VALUE;
        for (long e : endTime) {
            t = Math.max(t, e);
        }
        return t;
    }
}
