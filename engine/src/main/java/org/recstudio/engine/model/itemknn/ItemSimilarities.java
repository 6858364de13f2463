package org.recstudio.engine.model.itemknn;

import java.util.Arrays;
import java.util.List;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.TopK;
import org.recstudio.engine.model.Parallel;
import org.recstudio.engine.model.UserItemMatrix;
import org.recstudio.engine.progress.Progress;

/**
 * The pruned item-item cosine similarities of item-kNN as a sparse matrix: row {@code i} holds the top-N
 * neighbours {@code j ≠ i} of item {@code i} with a positive similarity, best first (ties: lower index).
 *
 * <p>{@code sim(i, j) = w_i · w_j / (‖w_i‖ ‖w_j‖ + shrinkage)} over the (weighted) item columns {@code w}.
 * Rows are computed in parallel over item blocks; each row depends only on the data, so the result is identical
 * for any thread count.
 */
record ItemSimilarities(int[] ptr, int[] neighbour, float[] similarity) {

    private static final int BLOCK = 128;

    /** Computes the similarities from the item × user matrix {@code byItem} and its transpose {@code byUser}. */
    static ItemSimilarities compute(UserItemMatrix byItem, UserItemMatrix byUser, ItemKnnParams params,
                                    Progress progress) {
        int n = byItem.rows();
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = byItem.start(i); k < byItem.end(i); k++) {
                s += (double) byItem.value(k) * byItem.value(k);
            }
            norm[i] = Math.sqrt(s);
        }
        int[][] rowNeighbours = new int[n][];
        float[][] rowSims = new float[n][];
        Parallel.forBlocks(n, BLOCK, params.threads(), "Item similarities", progress, (from, to) -> {
            double[] acc = new double[n];
            int[] touched = new int[n];
            boolean[] seen = new boolean[n];
            for (int i = from; i < to; i++) {
                int t = 0;
                for (int a = byItem.start(i); a < byItem.end(i); a++) {
                    int u = byItem.col(a);
                    double wi = byItem.value(a);
                    for (int b = byUser.start(u); b < byUser.end(u); b++) {
                        int j = byUser.col(b);
                        if (!seen[j]) {
                            seen[j] = true;
                            touched[t++] = j;
                        }
                        acc[j] += wi * byUser.value(b);
                    }
                }
                select(i, touched, t, acc, seen, norm, params, rowNeighbours, rowSims);
            }
        });
        int[] ptr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            ptr[i + 1] = ptr[i] + rowNeighbours[i].length;
        }
        int[] nb = new int[ptr[n]];
        float[] sim = new float[ptr[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowNeighbours[i], 0, nb, ptr[i], rowNeighbours[i].length);
            System.arraycopy(rowSims[i], 0, sim, ptr[i], rowSims[i].length);
        }
        return new ItemSimilarities(ptr, nb, sim);
    }

    /** Keeps the top-N positive similarities of row {@code i} and clears the scratch arrays. */
    private static void select(int i, int[] touched, int t, double[] acc, boolean[] seen, double[] norm,
                               ItemKnnParams params, int[][] rowNeighbours, float[][] rowSims) {
        int n = acc.length;
        if (t > n >> 4) { // a dense row: listing the touched items by a scan is cheaper than sorting them
            t = 0;
            for (int j = 0; j < n; j++) {
                if (seen[j]) {
                    touched[t++] = j;
                }
            }
        } else {
            Arrays.sort(touched, 0, t);
        }
        int[] cand = new int[t];
        float[] candSim = new float[t];
        int c = 0;
        for (int x = 0; x < t; x++) {
            int j = touched[x];
            double dot = acc[j];
            acc[j] = 0;
            seen[j] = false;
            if (j == i || !(dot > 0)) {
                continue;
            }
            float s = (float) (dot / (norm[i] * norm[j] + params.shrinkage()));
            if (s > 0) {
                cand[c] = j;
                candSim[c++] = s;
            }
        }
        // candidates are in item order, so TopK's tie rule (lower position) is the lower item index
        List<ScoredItem> best = TopK.select(Arrays.copyOf(candSim, c), params.neighbours(), x -> true);
        int[] nb = new int[best.size()];
        float[] sim = new float[best.size()];
        for (int x = 0; x < nb.length; x++) {
            nb[x] = cand[best.get(x).item()];
            sim[x] = best.get(x).score();
        }
        rowNeighbours[i] = nb;
        rowSims[i] = sim;
    }
}
