package org.recstudio.engine.model.seq;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.recstudio.engine.model.ModelIO;

/**
 * The recent items each user's next item is predicted from, with their weights: the most recent occurrence of
 * each distinct item of the user's last session, walking back from its end. Empty for a user without history.
 *
 * @param ptr    user {@code u}'s context is {@code item[ptr[u] .. ptr[u+1])}, most recent first
 * @param item   the context items
 * @param weight the weight of each context item
 */
record Contexts(int[] ptr, int[] item, float[] weight) {

    /** The last {@code length} distinct items, the {@code r}-th most recent weighted {@code decay^r}. */
    static Contexts byRank(Sessions s, int users, int length, double decay) {
        return build(s, users, length, Integer.MAX_VALUE, (rank, distance) -> Math.pow(decay, rank));
    }

    /** The distinct items of the last {@code window} positions, one {@code d} positions back weighted
     * {@code exp(-d / delta)}. */
    static Contexts byPosition(Sessions s, int users, int window, double delta) {
        return build(s, users, Integer.MAX_VALUE, window, (rank, distance) -> Math.exp(-distance / delta));
    }

    private interface Weight {
        double of(int rank, int distance);
    }

    private static Contexts build(Sessions s, int users, int maxItems, int maxPositions, Weight weight) {
        int[] ptr = new int[users + 1];
        int cap = 16;
        int[] item = new int[cap];
        float[] w = new float[cap];
        int n = 0;
        for (int u = 0; u < users; u++) {
            int last = s.lastSession()[u];
            if (last >= 0) {
                int from = n;
                for (int k = s.end(last) - 1, d = 0; k >= s.start(last) && d < maxPositions && n - from < maxItems;
                     k--, d++) {
                    int it = s.item()[k];
                    if (contains(item, from, n, it)) {
                        continue;
                    }
                    if (n == cap) {
                        cap *= 2;
                        item = Arrays.copyOf(item, cap);
                        w = Arrays.copyOf(w, cap);
                    }
                    item[n] = it;
                    w[n] = (float) weight.of(n - from, d);
                    n++;
                }
            }
            ptr[u + 1] = n;
        }
        return new Contexts(ptr, Arrays.copyOf(item, n), Arrays.copyOf(w, n));
    }

    private static boolean contains(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    int users() {
        return ptr.length - 1;
    }

    int start(int u) {
        return ptr[u];
    }

    int end(int u) {
        return ptr[u + 1];
    }

    void write(DataOutput out) throws IOException {
        ModelIO.writeInts(out, ptr);
        ModelIO.writeInts(out, item);
        ModelIO.writeFloats(out, weight);
    }

    static Contexts read(DataInput in, int items) throws IOException {
        int[] ptr = ModelIO.readInts(in, Integer.MAX_VALUE);
        int[] item = ModelIO.readInts(in, Integer.MAX_VALUE);
        float[] weight = ModelIO.readFloats(in, item.length);
        if (ptr.length == 0 || ptr[0] != 0 || ptr[ptr.length - 1] != item.length || weight.length != item.length) {
            throw new IOException("damaged user contexts");
        }
        for (int i : item) {
            if (i < 0 || i >= items) {
                throw new IOException("damaged user contexts: item " + i + " outside [0, " + items + ")");
            }
        }
        return new Contexts(ptr, item, weight);
    }
}
