package org.recstudio.engine.data;

import java.util.List;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/**
 * An immutable in-memory view of one dataset for algorithms and analysis: dense user and item indexes and the
 * interactions as a CSR matrix by user and a CSC (CSR by item) matrix, each row ordered by time.
 *
 * <p>Each interaction carries its strength (the event type's weight, times the value for valued events such
 * as ratings), its raw value, event code and time. Build one with {@link DatasetLoader}.
 */
public final class Dataset {

    private final DatasetInfo info;
    private final IdIndex users;
    private final IdIndex items;
    private final List<EventType> eventTypes;
    private final CsrMatrix byUser;
    private final CsrMatrix byItem;
    private final List<ItemRecord> itemRecords;
    private final List<UserRecord> userRecords;

    private Dataset(DatasetInfo info, IdIndex users, IdIndex items, List<EventType> eventTypes, CsrMatrix byUser,
                    CsrMatrix byItem, List<ItemRecord> itemRecords, List<UserRecord> userRecords) {
        this.itemRecords = itemRecords;
        this.userRecords = userRecords;
        this.info = info;
        this.users = users;
        this.items = items;
        this.eventTypes = List.copyOf(eventTypes);
        this.byUser = byUser;
        this.byItem = byItem;
    }

    /** Builds a dataset from interaction columns whose user and item values index {@code users} and {@code items}. */
    public static Dataset of(DatasetInfo info, IdIndex users, IdIndex items, List<EventType> eventTypes,
                             InteractionColumns cols, Progress progress) {
        int n = cols.size();
        int maxCode = eventTypes.stream().mapToInt(EventType::code).max().orElse(0);
        EventType[] byCode = new EventType[maxCode + 1];
        for (EventType t : eventTypes) {
            byCode[t.code()] = t;
        }
        float[] strength = new float[n];
        for (int i = 0; i < n; i++) {
            int u = cols.user()[i];
            int it = cols.item()[i];
            int e = cols.event()[i];
            if (u < 0 || u >= users.size() || it < 0 || it >= items.size() || e < 0 || e > maxCode || byCode[e] == null) {
                throw new IllegalArgumentException("interaction " + i + " has user " + u + ", item " + it + ", event "
                        + e + " outside the dataset's " + users.size() + " users, " + items.size() + " items, events "
                        + eventTypes);
            }
            strength[i] = byCode[e].strength(cols.value()[i]);
        }
        progress.update("Indexing interactions", 0, 3);
        int[] rank = CsrMatrix.timeRanks(cols.time(), n);
        progress.checkCancelled();
        progress.update("Indexing interactions", 1, 3);
        CsrMatrix byUser = CsrMatrix.build(users.size(), items.size(), n, cols.user(), cols.item(), strength,
                cols.value(), cols.event(), cols.time(), rank, rank[n]);
        progress.checkCancelled();
        progress.update("Indexing interactions", 2, 3);
        CsrMatrix byItem = CsrMatrix.build(items.size(), users.size(), n, cols.item(), cols.user(), strength,
                cols.value(), cols.event(), cols.time(), rank, rank[n]);
        progress.update("Indexing interactions", 3, 3);
        return new Dataset(info, users, items, eventTypes, byUser, byItem, List.of(), List.of());
    }

    /**
     * This dataset with item metadata (title, text, category, brand, price, dates, attributes) and user
     * attributes; element {@code i} of each list describes index {@code i}.
     */
    public Dataset withMetadata(List<ItemRecord> itemRecords, List<UserRecord> userRecords) {
        if (itemRecords.size() != itemCount() || userRecords.size() != userCount()) {
            throw new IllegalArgumentException("metadata for " + itemRecords.size() + " items and " + userRecords.size()
                    + " users does not match the dataset's " + itemCount() + " items and " + userCount() + " users");
        }
        return new Dataset(info, users, items, eventTypes, byUser, byItem, List.copyOf(itemRecords),
                List.copyOf(userRecords));
    }

    /** Whether item and user metadata were loaded ({@link #withMetadata}). */
    public boolean hasMetadata() {
        return itemRecords.size() == itemCount() && (itemCount() > 0 || userCount() == 0)
                && userRecords.size() == userCount();
    }

    /** The metadata of item {@code i}; requires {@link #hasMetadata()}. */
    public ItemRecord item(int i) {
        return itemRecords.get(i);
    }

    /** The metadata of user {@code u}; requires {@link #hasMetadata()}. */
    public UserRecord user(int u) {
        return userRecords.get(u);
    }

    /**
     * A fingerprint of the interactions (users, items, events, strengths, times), stable across loads of the
     * same data: models record it so that a model is only used with the data it was fitted on.
     */
    public String fingerprint() {
        java.util.zip.CRC32C a = new java.util.zip.CRC32C();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(24);
        long h = 1469598103934665603L;
        for (int u = 0; u < byUser.rows(); u++) {
            for (int k = byUser.start(u); k < byUser.end(u); k++) {
                b.clear();
                b.putInt(u).putInt(byUser.col(k)).putInt(byUser.event(k)).putFloat(byUser.strength(k))
                        .putLong(byUser.time(k));
                a.update(b.array(), 0, 24);
                h = (h ^ a.getValue()) * 1099511628211L;
            }
        }
        return String.format("%d-%d-%d-%016x", userCount(), itemCount(), size(), h);
    }

    /** The stored dataset this view was built from (name, id, version). */
    public DatasetInfo info() {
        return info;
    }

    public String name() {
        return info.name();
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of interactions. */
    public int size() {
        return byUser.nnz();
    }

    public List<EventType> eventTypes() {
        return eventTypes;
    }

    /** The event type with code {@code code}. */
    public EventType eventType(int code) {
        for (EventType t : eventTypes) {
            if (t.code() == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("no event type with code " + code + " in " + eventTypes);
    }

    /** Interactions by user (rows = users, columns = items), rows ordered by time then item. */
    public CsrMatrix byUser() {
        return byUser;
    }

    /** Interactions by item (rows = items, columns = users), rows ordered by time then user. */
    public CsrMatrix byItem() {
        return byItem;
    }

    /** The fraction of the user × item matrix with no interaction. */
    public double sparsity() {
        double cells = (double) userCount() * itemCount();
        return cells == 0 ? 1.0 : 1.0 - size() / cells;
    }

    /** Approximate bytes held by the matrices. */
    public long bytes() {
        return byUser.bytes() + byItem.bytes();
    }
}
