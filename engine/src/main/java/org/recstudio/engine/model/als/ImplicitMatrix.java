package org.recstudio.engine.model.als;

import java.util.Arrays;
import org.recstudio.engine.data.CsrMatrix;

/**
 * The preference/confidence matrix of implicit ALS in compressed sparse rows, columns ascending, one entry per
 * (row, column) pair: a positive {@code conf[e]} means preference 1 with confidence {@code conf[e]}, a negative one
 * preference 0 with confidence {@code -conf[e]} (the signed encoding of the {@code implicit} library).
 * Immutable once built; arrays are shared with the model, never copied.
 */
final class ImplicitMatrix {

    final int rows;
    final int cols;
    final int[] ptr;
    final int[] col;
    final float[] conf;

    ImplicitMatrix(int rows, int cols, int[] ptr, int[] col, float[] conf) {
        this.rows = rows;
        this.cols = cols;
        this.ptr = ptr;
        this.col = col;
        this.conf = conf;
    }

    /**
     * Builds the user-by-item matrix from the interactions: duplicates of a pair are summed (in time order),
     * zero sums dropped and strengths turned into signed confidences by {@code params}.
     */
    static ImplicitMatrix of(CsrMatrix byUser, AlsParams params) {
        int n = byUser.nnz();
        int[] ptr = new int[byUser.rows() + 1];
        int[] col = new int[n];
        float[] conf = new float[n];
        long[] keys = new long[0];
        int out = 0;
        for (int u = 0; u < byUser.rows(); u++) {
            int s = byUser.start(u);
            int len = byUser.rowLength(u);
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int e = 0; e < len; e++) {
                keys[e] = ((long) byUser.col(s + e) << 32) | e;
            }
            Arrays.sort(keys, 0, len);
            for (int e = 0; e < len; ) {
                int c = (int) (keys[e] >>> 32);
                double w = 0;
                for (; e < len && (int) (keys[e] >>> 32) == c; e++) {
                    w += byUser.strength(s + (int) keys[e]);
                }
                if (w != 0) {
                    col[out] = c;
                    conf[out] = signedConfidence(w, params);
                    out++;
                }
            }
            ptr[u + 1] = out;
        }
        return new ImplicitMatrix(byUser.rows(), byUser.cols(), ptr, Arrays.copyOf(col, out), Arrays.copyOf(conf, out));
    }

    /** The signed confidence of an aggregated strength {@code w != 0}. */
    static float signedConfidence(double w, AlsParams params) {
        float c = (float) params.confidenceOf(Math.abs(w));
        return w > 0 ? c : -c;
    }

    /** The column-major view: rows become columns; within a row, columns ascend. */
    ImplicitMatrix transpose() {
        int n = ptr[rows];
        int[] tptr = new int[cols + 1];
        for (int e = 0; e < n; e++) {
            tptr[col[e] + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            tptr[c + 1] += tptr[c];
        }
        int[] next = Arrays.copyOf(tptr, cols);
        int[] tcol = new int[n];
        float[] tconf = new float[n];
        for (int r = 0; r < rows; r++) {
            for (int e = ptr[r]; e < ptr[r + 1]; e++) {
                int at = next[col[e]]++;
                tcol[at] = r;
                tconf[at] = conf[e];
            }
        }
        return new ImplicitMatrix(cols, rows, tptr, tcol, tconf);
    }

    /** The number of entries of {@code row} with preference 1. */
    int positives(int row) {
        int n = 0;
        for (int e = ptr[row]; e < ptr[row + 1]; e++) {
            n += conf[e] > 0 ? 1 : 0;
        }
        return n;
    }

    /** The number of entries with preference 1 in each column. */
    int[] columnPositives() {
        int[] n = new int[cols];
        for (int e = 0; e < nnz(); e++) {
            if (conf[e] > 0) {
                n[col[e]]++;
            }
        }
        return n;
    }

    /** Number of entries. */
    int nnz() {
        return ptr[rows];
    }

    /** The sum of {@code c − 1} over the entries: the confidence above the baseline 1 of every cell. */
    double excessConfidence() {
        double s = 0;
        for (int e = 0; e < nnz(); e++) {
            s += Math.abs(conf[e]) - 1;
        }
        return s;
    }
}
