package org.recstudio.engine.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/** Builds small in-memory {@link Dataset}s with metadata for model tests. */
public final class TestData {

    /** Event code 1: a view (weight 1). */
    public static final int VIEW = 1;
    /** Event code 2: a purchase (weight 4). */
    public static final int PURCHASE = 2;
    /** Event code 3: a rating (weight 1 × value). */
    public static final int RATING = 3;
    public static final long DAY = 86_400_000L;

    private static final String[] CATEGORIES = {"Books > Fiction", "Books > Science", "Music > Jazz", "Toys", null};

    private TestData() {
    }

    /** One interaction: user, item, event code, value (NaN for none) and time (ms). */
    public record Row(int user, int item, int event, float value, long time) {
        public static Row of(int user, int item, long time) {
            return new Row(user, item, VIEW, Float.NaN, time);
        }
    }

    /** A dataset of {@code users} × {@code items} with these interactions and generated metadata. */
    public static Dataset of(int users, int items, List<Row> rows) {
        int n = rows.size();
        int[] u = new int[n];
        int[] it = new int[n];
        int[] e = new int[n];
        float[] v = new float[n];
        long[] t = new long[n];
        for (int k = 0; k < n; k++) {
            Row r = rows.get(k);
            u[k] = r.user();
            it[k] = r.item();
            e[k] = r.event();
            v[k] = r.value();
            t[k] = r.time();
        }
        List<String> userIds = new ArrayList<>();
        List<UserRecord> userRecords = new ArrayList<>();
        for (int x = 0; x < users; x++) {
            userIds.add("u" + x);
            userRecords.add(new UserRecord("u" + x, x % 5 == 4 ? null
                    : "{\"gender\":\"" + (x % 2 == 0 ? "F" : "M") + "\",\"age\":" + (20 + x % 3 * 10) + "}"));
        }
        List<String> itemIds = new ArrayList<>();
        List<ItemRecord> itemRecords = new ArrayList<>();
        for (int x = 0; x < items; x++) {
            itemIds.add("i" + x);
            itemRecords.add(new ItemRecord("i" + x, "Item " + x, "A test item number " + x + " about "
                    + (x % 3 == 0 ? "space travel" : x % 3 == 1 ? "jazz music" : "cooking"),
                    CATEGORIES[x % CATEGORIES.length], x % 2 == 0 ? "Acme" : "Globex", 5.0 + x, null, true, null,
                    false));
        }
        DatasetInfo info = new DatasetInfo(1, "test", null, Instant.EPOCH, 3, items, users, n);
        List<EventType> events = List.of(new EventType(VIEW, "view", 1, false),
                new EventType(PURCHASE, "purchase", 4, false), new EventType(RATING, "rating", 1, true));
        return Dataset.of(info, new IdIndex(userIds), new IdIndex(itemIds), events,
                new InteractionColumns(n, u, it, e, v, t, null), Progress.NONE).withMetadata(itemRecords, userRecords);
    }

    /**
     * A random dataset: {@code users} users (the last has no interactions) and {@code items} items, popularity
     * skewed towards low indexes, views and purchases over 60 days with some equal times.
     */
    public static Dataset random(long seed, int users, int items, int interactions) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < interactions; k++) {
            int u = rnd.nextInt(users - 1);
            double r = rnd.nextDouble();
            int i = (int) (items * r * r);
            int event = rnd.nextInt(5) == 0 ? PURCHASE : VIEW;
            long time = rnd.nextInt(60 * 24) * (DAY / 24);
            rows.add(new Row(u, i, event, Float.NaN, time));
        }
        return of(users, items, rows);
    }

    /** The standard small dataset of the contract tests: 40 users, 30 items, 500 interactions. */
    public static Dataset small() {
        return random(7, 40, 30, 500);
    }
}
