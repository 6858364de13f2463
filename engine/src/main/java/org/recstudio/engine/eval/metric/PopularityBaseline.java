package org.recstudio.engine.eval.metric;

import java.util.BitSet;
import org.recstudio.engine.data.CsrMatrix;

/** The most popular training items a user has not seen: the "obvious" list that serendipity discounts. */
public final class PopularityBaseline {

    private final ItemPopularity popularity;
    private final CsrMatrix trainByUser;

    public PopularityBaseline(ItemPopularity popularity, CsrMatrix trainByUser) {
        this.popularity = popularity;
        this.trainByUser = trainByUser;
    }

    /** The {@code k} most popular items {@code user} has not interacted with in training, best first. */
    public int[] top(int user, int k) {
        BitSet seen = new BitSet(popularity.itemCount());
        if (user >= 0 && user < trainByUser.rows()) {
            for (int p = trainByUser.start(user); p < trainByUser.end(user); p++) {
                seen.set(trainByUser.col(p));
            }
        }
        int[] out = new int[Math.min(k, popularity.itemCount())];
        int n = 0;
        for (int r = 0; r < popularity.itemCount() && n < out.length; r++) {
            int item = popularity.byRank(r);
            if (!seen.get(item)) {
                out[n++] = item;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
