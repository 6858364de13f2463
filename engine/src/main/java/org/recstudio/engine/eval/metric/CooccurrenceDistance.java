package org.recstudio.engine.eval.metric;

import java.util.Arrays;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * 1 − cosine similarity of two items' binary user vectors in the training data: items consumed by the same users
 * are close. An item no training user saw is at distance 1 from everything else.
 */
public final class CooccurrenceDistance implements ItemDistance {

    private final int[][] users;

    private CooccurrenceDistance(int[][] users) {
        this.users = users;
    }

    /** The distance over the training interactions of {@code train}. */
    public static CooccurrenceDistance of(Dataset train) {
        CsrMatrix byItem = train.byItem();
        int[][] users = new int[train.itemCount()][];
        for (int i = 0; i < users.length; i++) {
            int[] u = new int[byItem.rowLength(i)];
            for (int k = byItem.start(i); k < byItem.end(i); k++) {
                u[k - byItem.start(i)] = byItem.col(k);
            }
            users[i] = Arrays.stream(u).sorted().distinct().toArray();
        }
        return new CooccurrenceDistance(users);
    }

    @Override public double distance(int a, int b) {
        if (a == b) {
            return 0;
        }
        int[] ua = users[a];
        int[] ub = users[b];
        if (ua.length == 0 || ub.length == 0) {
            return 1;
        }
        return 1 - SparseVectors.dot(ua, null, ub, null) / Math.sqrt((double) ua.length * ub.length);
    }

    @Override public String basis() {
        return "co-occurrence";
    }
}
