package org.recstudio.engine.model.content;

import java.io.IOException;

/** Validation of a CSR structure read from a model file, so a damaged file fails with a message, not garbage. */
final class CsrCheck {

    private CsrCheck() {
    }

    /** Checks that {@code ptr} is a row pointer of {@code rows} rows over {@code col}, columns in [0, cols). */
    static void check(String what, int[] ptr, int rows, int[] col, int cols, int values) throws IOException {
        if (ptr.length != rows + 1 || ptr[0] != 0 || ptr[rows] != col.length || values != col.length) {
            throw new IOException("content model " + what + ": " + (ptr.length - 1) + " rows with " + col.length
                    + " entries and " + values + " values, expected " + rows + " rows: the file is damaged");
        }
        for (int r = 0; r < rows; r++) {
            if (ptr[r + 1] < ptr[r]) {
                throw new IOException("content model " + what + ": row " + r + " ends before it starts: the file is "
                        + "damaged");
            }
        }
        for (int c : col) {
            if (c < 0 || c >= cols) {
                throw new IOException("content model " + what + ": column " + c + " outside [0, " + cols + "): the "
                        + "file is damaged");
            }
        }
    }
}
