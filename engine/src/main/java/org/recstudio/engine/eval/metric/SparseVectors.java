package org.recstudio.engine.eval.metric;

/** Cosine similarity of sparse vectors stored as sorted index arrays with weights. */
final class SparseVectors {

    private SparseVectors() {
    }

    /** Dot product of two vectors with sorted indexes (weights null: binary). */
    static double dot(int[] ia, float[] wa, int[] ib, float[] wb) {
        double s = 0;
        int x = 0;
        int y = 0;
        while (x < ia.length && y < ib.length) {
            if (ia[x] < ib[y]) {
                x++;
            } else if (ia[x] > ib[y]) {
                y++;
            } else {
                s += (wa == null ? 1 : wa[x]) * (double) (wb == null ? 1 : wb[y]);
                x++;
                y++;
            }
        }
        return s;
    }
}
