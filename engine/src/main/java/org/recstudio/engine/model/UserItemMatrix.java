package org.recstudio.engine.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * A sparse user × item matrix with one entry per (user, item) pair, rows sorted by item index — the aggregated
 * form of a {@link Dataset}'s interactions that similarity and linear models work on.
 *
 * <p>An entry's value sums the pair's interactions according to a {@link Value} rule. The same class holds the
 * transpose (item × user). Immutable; arrays are never exposed.
 */
public final class UserItemMatrix {

    /** How the interactions of one (user, item) pair become one value. */
    public enum Value {
        /** The sum of the interactions' strengths (event weight × value). */
        STRENGTH,
        /** The number of interactions. */
        COUNT,
        /** 1 for every pair with an interaction. */
        BINARY
    }

    private final int rows;
    private final int cols;
    private final int[] ptr;
    private final int[] col;
    private final float[] val;

    private UserItemMatrix(int rows, int cols, int[] ptr, int[] col, float[] val) {
        this.rows = rows;
        this.cols = cols;
        this.ptr = ptr;
        this.col = col;
        this.val = val;
    }

    /** Aggregates the interactions of {@code data} by (user, item). */
    public static UserItemMatrix of(Dataset data, Value value) {
        CsrMatrix m = data.byUser();
        double[] acc = new double[m.cols()];
        boolean[] present = new boolean[m.cols()];
        int[] ptr = new int[m.rows() + 1];
        int[] col = new int[m.nnz()];
        float[] val = new float[m.nnz()];
        int n = 0;
        for (int u = 0; u < m.rows(); u++) {
            int rowStart = n;
            for (int k = m.start(u); k < m.end(u); k++) {
                int i = m.col(k);
                if (!present[i]) {
                    present[i] = true;
                    col[n++] = i;
                }
                acc[i] += switch (value) {
                    case STRENGTH -> m.strength(k);
                    case COUNT, BINARY -> 1;
                };
            }
            Arrays.sort(col, rowStart, n);
            for (int k = rowStart; k < n; k++) {
                int i = col[k];
                val[k] = value == Value.BINARY ? 1f : (float) acc[i];
                acc[i] = 0;
                present[i] = false;
            }
            ptr[u + 1] = n;
        }
        return new UserItemMatrix(m.rows(), m.cols(), ptr, Arrays.copyOf(col, n), Arrays.copyOf(val, n));
    }

    /** A matrix from rows of (column, value) pairs; {@code ptr} has {@code rows + 1} entries. Arrays are copied. */
    public static UserItemMatrix of(int rows, int cols, int[] ptr, int[] col, float[] val) {
        if (ptr.length != rows + 1 || ptr[0] != 0 || col.length != ptr[rows] || val.length != ptr[rows]) {
            throw new IllegalArgumentException("inconsistent sparse matrix: " + rows + " rows, ptr length "
                    + ptr.length + ", " + col.length + " columns, " + val.length + " values");
        }
        for (int r = 0; r < rows; r++) {
            for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                if (col[k] < 0 || col[k] >= cols || (k > ptr[r] && col[k] <= col[k - 1])) {
                    throw new IllegalArgumentException("row " + r + " has column " + col[k]
                            + " out of order or outside [0, " + cols + ")");
                }
            }
        }
        return new UserItemMatrix(rows, cols, ptr.clone(), col.clone(), val.clone());
    }

    /** The item × user transpose, rows sorted by user index. */
    public UserItemMatrix transpose() {
        int[] tptr = new int[cols + 1];
        for (int k = 0; k < nnz(); k++) {
            tptr[col[k] + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            tptr[c + 1] += tptr[c];
        }
        int[] next = Arrays.copyOf(tptr, cols);
        int[] tcol = new int[nnz()];
        float[] tval = new float[nnz()];
        for (int r = 0; r < rows; r++) {
            for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                int at = next[col[k]]++;
                tcol[at] = r;
                tval[at] = val[k];
            }
        }
        return new UserItemMatrix(cols, rows, tptr, tcol, tval);
    }

    /** This matrix with every value replaced by {@code f(row, column, value)}. */
    public UserItemMatrix map(EntryFunction f) {
        float[] v = new float[val.length];
        for (int r = 0; r < rows; r++) {
            for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                v[k] = f.apply(r, col[k], val[k]);
            }
        }
        return new UserItemMatrix(rows, cols, ptr, col, v);
    }

    /** A function of one matrix entry. */
    @FunctionalInterface
    public interface EntryFunction {
        float apply(int row, int col, float value);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nnz() {
        return ptr[rows];
    }

    public int start(int r) {
        return ptr[r];
    }

    public int end(int r) {
        return ptr[r + 1];
    }

    public int rowLength(int r) {
        return ptr[r + 1] - ptr[r];
    }

    public int col(int k) {
        return col[k];
    }

    public float value(int k) {
        return val[k];
    }

    /** The sum of row {@code r}'s values. */
    public double rowSum(int r) {
        double s = 0;
        for (int k = ptr[r]; k < ptr[r + 1]; k++) {
            s += val[k];
        }
        return s;
    }

    /** Writes the matrix for a {@link ModelCodec}. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(rows);
        out.writeInt(cols);
        ModelIO.writeInts(out, ptr);
        ModelIO.writeInts(out, col);
        ModelIO.writeFloats(out, val);
    }

    /** Reads a matrix written by {@link #write}, checking its structure. */
    public static UserItemMatrix read(DataInput in) throws IOException {
        int rows = ModelIO.readCount(in, Integer.MAX_VALUE - 8, "row count");
        int cols = ModelIO.readCount(in, Integer.MAX_VALUE - 8, "column count");
        int[] ptr = ModelIO.readInts(in, rows + 1L);
        int[] col = ModelIO.readInts(in, Integer.MAX_VALUE);
        float[] val = ModelIO.readFloats(in, col.length);
        try {
            return of(rows, cols, ptr, col, val);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("damaged sparse matrix: " + e.getMessage(), e);
        }
    }
}
