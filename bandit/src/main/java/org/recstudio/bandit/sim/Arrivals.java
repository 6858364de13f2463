package org.recstudio.bandit.sim;

import java.util.SplittableRandom;

/**
 * When each item and user becomes available. {@code newItems} random items (the cold-start cohort) arrive one
 * by one at evenly spaced rounds within {@code [start·T, end·T)}, with no history: their historic popularity and
 * every pre-simulation interaction with them are hidden. A fraction of users likewise arrive over
 * {@code [0, end·T)} as new users without history. Everything else is there from round 0.
 */
public final class Arrivals {

    private final long[] itemArrival;
    private final long[] userArrival;
    private final boolean[] newItem;
    private final boolean[] newUser;
    private final int newItems;

    private Arrivals(long[] itemArrival, long[] userArrival, boolean[] newItem, boolean[] newUser, int newItems) {
        this.itemArrival = itemArrival;
        this.userArrival = userArrival;
        this.newItem = newItem;
        this.newUser = newUser;
        this.newItems = newItems;
    }

    /** The schedule for an environment of {@code items} and {@code users} over {@code rounds}, from {@code rng}. */
    public static Arrivals schedule(int items, int users, long rounds, int newItems, double newUserFraction,
                                    double start, double end, SplittableRandom rng) {
        if (newItems < 0 || newItems >= items) {
            throw new IllegalArgumentException("new items must be in 0.." + (items - 1) + " (some items must exist "
                    + "from the start), got " + newItems);
        }
        if (!(newUserFraction >= 0 && newUserFraction < 1)) {
            throw new IllegalArgumentException("new user fraction must be in [0, 1), got " + newUserFraction);
        }
        if (!(start >= 0 && start <= end && end <= 1)) {
            throw new IllegalArgumentException("arrival window must satisfy 0 <= start <= end <= 1, got " + start
                    + ".." + end);
        }
        long[] ia = new long[items];
        boolean[] ni = new boolean[items];
        int[] chosen = pick(items, newItems, rng);
        for (int k = 0; k < chosen.length; k++) {
            ni[chosen[k]] = true;
            ia[chosen[k]] = (long) (rounds * (start + (end - start) * k / Math.max(1, chosen.length)));
        }
        int nu = (int) Math.min(users - 1L, Math.round(users * newUserFraction));
        long[] ua = new long[users];
        boolean[] nuser = new boolean[users];
        int[] cu = pick(users, Math.max(0, nu), rng);
        for (int k = 0; k < cu.length; k++) {
            nuser[cu[k]] = true;
            ua[cu[k]] = (long) (rounds * end * (k + 1) / (cu.length + 1));
        }
        return new Arrivals(ia, ua, ni, nuser, chosen.length);
    }

    /** {@code m} distinct values of 0..n-1 in random order (partial Fisher–Yates). */
    private static int[] pick(int n, int m, SplittableRandom rng) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int k = 0; k < m; k++) {
            int r = k + rng.nextInt(n - k);
            int t = perm[k];
            perm[k] = perm[r];
            perm[r] = t;
        }
        return java.util.Arrays.copyOf(perm, m);
    }

    /** The round at which {@code item} becomes available (0 for the initial catalog). */
    public long itemArrival(int item) {
        return itemArrival[item];
    }

    public long userArrival(int user) {
        return userArrival[user];
    }

    /** Whether {@code item} belongs to the cold-start cohort. */
    public boolean isNewItem(int item) {
        return newItem[item];
    }

    public boolean isNewUser(int user) {
        return newUser[user];
    }

    /** Size of the cold-start cohort. */
    public int newItemCount() {
        return newItems;
    }

    public int itemCount() {
        return itemArrival.length;
    }

    public int userCount() {
        return userArrival.length;
    }
}
