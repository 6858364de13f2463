package org.recstudio.engine.model.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.progress.Progress;

/**
 * The history each user profile mixes: per user, up to {@code maxProfileItems} distinct items (the most recently
 * consumed, oldest first) with their weight {@code Σ strength · 2^(−(t_last − t) / halfLife)} over the user's
 * interactions with the item, {@code t_last} being the user's latest interaction time.
 *
 * <p>Interactions with an unknown time are not decayed; items whose total weight is not positive are left out.
 * Stored as a CSR matrix (rows = users).
 */
final class UserProfiles {

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private final int[] ptr;
    private final int[] item;
    private final float[] weight;

    private UserProfiles(int[] ptr, int[] item, float[] weight) {
        this.ptr = ptr;
        this.item = item;
        this.weight = weight;
    }

    /** The profiles of every user of {@code byUser} (rows ordered by time). */
    static UserProfiles build(CsrMatrix byUser, double halfLifeDays, int maxItems, Progress progress) {
        int users = byUser.rows();
        int[] ptr = new int[users + 1];
        int[] items = new int[(int) Math.min(byUser.nnz(), (long) users * maxItems)];
        float[] weights = new float[items.length];
        double[] acc = new double[byUser.cols()];
        int[] lastSeen = new int[byUser.cols()];
        java.util.Arrays.fill(lastSeen, -1);
        int n = 0;
        for (int u = 0; u < users; u++) {
            if (u % 4096 == 0) {
                progress.checkCancelled();
                progress.update("Content: building user profiles", u, users);
            }
            int start = byUser.start(u);
            int end = byUser.end(u);
            long latest = Long.MIN_VALUE;
            for (int k = start; k < end; k++) {
                latest = Math.max(latest, byUser.time(k));
            }
            for (int k = start; k < end; k++) {
                int i = byUser.col(k);
                acc[i] += byUser.strength(k) * decay(latest, byUser.time(k), halfLifeDays);
                lastSeen[i] = k;
            }
            // distinct items in order of their last interaction, newest kept first
            int kept = 0;
            int rowStart = n;
            for (int k = end - 1; k >= start && kept < maxItems; k--) {
                int i = byUser.col(k);
                if (lastSeen[i] == k && acc[i] > 0) {
                    items[n] = i;
                    weights[n++] = (float) acc[i];
                    kept++;
                }
            }
            reverse(items, weights, rowStart, n);
            for (int k = start; k < end; k++) {
                acc[byUser.col(k)] = 0;
                lastSeen[byUser.col(k)] = -1;
            }
            ptr[u + 1] = n;
        }
        progress.update("Content: building user profiles", users, users);
        return new UserProfiles(ptr, java.util.Arrays.copyOf(items, n), java.util.Arrays.copyOf(weights, n));
    }

    /** {@code 2^(−(latest − t) / halfLife)}, 1 when either time is unknown or the half-life is infinite. */
    static double decay(long latest, long t, double halfLifeDays) {
        if (t == Long.MIN_VALUE || latest == Long.MIN_VALUE || Double.isInfinite(halfLifeDays)) {
            return 1.0;
        }
        return Math.pow(2.0, -((latest - t) / MILLIS_PER_DAY) / halfLifeDays);
    }

    private static void reverse(int[] items, float[] weights, int from, int to) {
        for (int a = from, b = to - 1; a < b; a++, b--) {
            int ti = items[a];
            items[a] = items[b];
            items[b] = ti;
            float tw = weights[a];
            weights[a] = weights[b];
            weights[b] = tw;
        }
    }

    int userCount() {
        return ptr.length - 1;
    }

    int start(int u) {
        return ptr[u];
    }

    int end(int u) {
        return ptr[u + 1];
    }

    int item(int k) {
        return item[k];
    }

    float weight(int k) {
        return weight[k];
    }

    void write(DataOutput out) throws IOException {
        ModelIO.writeInts(out, ptr);
        ModelIO.writeInts(out, item);
        ModelIO.writeFloats(out, weight);
    }

    static UserProfiles read(DataInput in, int users, int items) throws IOException {
        int[] ptr = ModelIO.readInts(in, users + 1L);
        int[] item = ModelIO.readInts(in, Integer.MAX_VALUE);
        float[] weight = ModelIO.readFloats(in, Integer.MAX_VALUE);
        CsrCheck.check("user profiles", ptr, users, item, items, weight.length);
        return new UserProfiles(ptr, item, weight);
    }
}
