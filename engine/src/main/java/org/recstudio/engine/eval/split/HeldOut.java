package org.recstudio.engine.eval.split;

import java.util.Arrays;

/**
 * The held-out relevant items of each evaluated user: users ascending, each with a sorted, duplicate-free item set.
 *
 * <p>Also records per user whether the last timestamp of the user's history is shared by several interactions
 * ({@link #lastTied}) and whether the train/test boundary falls inside such a tie ({@link #boundaryTied}).
 */
public final class HeldOut {

    private final int[] users;
    private final int[] ptr;
    private final int[] items;
    private final boolean[] lastTied;
    private final boolean[] boundaryTied;

    HeldOut(int[] users, int[] ptr, int[] items, boolean[] lastTied, boolean[] boundaryTied) {
        this.users = users;
        this.ptr = ptr;
        this.items = items;
        this.lastTied = lastTied;
        this.boundaryTied = boundaryTied;
    }

    /** Builds a held-out set from per-user sorted item arrays (users ascending); for tests and derived sets. */
    public static HeldOut of(int[] users, int[][] itemsByUser) {
        int[] ptr = new int[users.length + 1];
        for (int j = 0; j < users.length; j++) {
            ptr[j + 1] = ptr[j] + itemsByUser[j].length;
        }
        int[] all = new int[ptr[users.length]];
        for (int j = 0; j < users.length; j++) {
            int[] s = itemsByUser[j].clone();
            Arrays.sort(s);
            System.arraycopy(s, 0, all, ptr[j], s.length);
        }
        return new HeldOut(users.clone(), ptr, all, new boolean[users.length], new boolean[users.length]);
    }

    /** Number of evaluated users. */
    public int size() {
        return users.length;
    }

    /** The user index of evaluated user {@code j}. */
    public int user(int j) {
        return users[j];
    }

    /** The held-out relevant items of evaluated user {@code j}, sorted ascending (a copy). */
    public int[] items(int j) {
        return Arrays.copyOfRange(items, ptr[j], ptr[j + 1]);
    }

    /** Number of held-out relevant items of evaluated user {@code j}. */
    public int count(int j) {
        return ptr[j + 1] - ptr[j];
    }

    /** Total held-out relevant items. */
    public int totalItems() {
        return items.length;
    }

    /** Whether the last timestamp of user {@code j}'s history is shared by more than one interaction. */
    public boolean lastTied(int j) {
        return lastTied[j];
    }

    /** Whether the train/test boundary of user {@code j} separates interactions with the same timestamp. */
    public boolean boundaryTied(int j) {
        return boundaryTied[j];
    }

    /** This set restricted to the evaluated users at positions {@code keep} (ascending). */
    public HeldOut select(int[] keep) {
        int[] u = new int[keep.length];
        int[] p = new int[keep.length + 1];
        boolean[] lt = new boolean[keep.length];
        boolean[] bt = new boolean[keep.length];
        for (int n = 0; n < keep.length; n++) {
            p[n + 1] = p[n] + count(keep[n]);
        }
        int[] it = new int[p[keep.length]];
        for (int n = 0; n < keep.length; n++) {
            int j = keep[n];
            u[n] = users[j];
            lt[n] = lastTied[j];
            bt[n] = boundaryTied[j];
            System.arraycopy(items, ptr[j], it, p[n], count(j));
        }
        return new HeldOut(u, p, it, lt, bt);
    }
}
