package org.recstudio.engine.eval.metric;

import java.util.Arrays;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * Item popularity in the training data: the number of distinct users who interacted with each item, the number of
 * users, and the popularity head/long tail split used by APLT.
 *
 * <p>Head ("short head", Abdollahpouri et al. 2019, "Managing Popularity Bias in Recommender Systems with
 * Personalized Re-ranking"): the {@code headShare} (default 20%, rounded up) most popular items; every other item,
 * including those never seen in training, is long tail. Ties in popularity are broken by the lower item index.
 */
public final class ItemPopularity {

    private final int[] users;
    private final int userCount;
    private final boolean[] tail;
    private final int[] order;

    private ItemPopularity(int[] users, int userCount, double headShare) {
        this.users = users;
        this.userCount = userCount;
        Integer[] byPop = new Integer[users.length];
        for (int i = 0; i < byPop.length; i++) {
            byPop[i] = i;
        }
        Arrays.sort(byPop, (a, b) -> users[a] != users[b] ? Integer.compare(users[b], users[a]) : Integer.compare(a, b));
        this.order = new int[users.length];
        this.tail = new boolean[users.length];
        Arrays.fill(tail, true);
        int head = (int) Math.ceil(users.length * headShare);
        for (int r = 0; r < byPop.length; r++) {
            order[r] = byPop[r];
            if (r < head) {
                tail[byPop[r]] = false;
            }
        }
    }

    /** Popularity of every item of {@code train} with the default 20% head. */
    public static ItemPopularity of(Dataset train) {
        return of(train, 0.2);
    }

    /** Popularity of every item of {@code train}; the head is the top {@code headShare} of items. */
    public static ItemPopularity of(Dataset train, double headShare) {
        if (!(headShare >= 0 && headShare <= 1)) {
            throw new IllegalArgumentException("headShare must be in [0, 1], got " + headShare);
        }
        CsrMatrix byItem = train.byItem();
        int[] users = new int[train.itemCount()];
        java.util.BitSet seen = new java.util.BitSet(train.userCount());
        for (int i = 0; i < users.length; i++) {
            seen.clear();
            for (int k = byItem.start(i); k < byItem.end(i); k++) {
                seen.set(byItem.col(k));
            }
            users[i] = seen.cardinality();
        }
        return new ItemPopularity(users, train.userCount(), headShare);
    }

    /** Popularity from explicit per-item user counts (for tests and derived data). */
    public static ItemPopularity of(int[] usersPerItem, int userCount, double headShare) {
        return new ItemPopularity(usersPerItem.clone(), userCount, headShare);
    }

    /** Distinct training users of {@code item}. */
    public int count(int item) {
        return users[item];
    }

    /** Number of users in the training data. */
    public int userCount() {
        return userCount;
    }

    /** Number of items. */
    public int itemCount() {
        return users.length;
    }

    /** Whether {@code item} is outside the popularity head. */
    public boolean isLongTail(int item) {
        return tail[item];
    }

    /** The item at popularity rank {@code r} (0 = most popular). */
    public int byRank(int r) {
        return order[r];
    }
}
