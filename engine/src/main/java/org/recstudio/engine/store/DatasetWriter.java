package org.recstudio.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/**
 * One atomic write into a dataset: items, users and interactions of one import, in one H2 transaction.
 *
 * <p>Nothing is visible to readers until {@link #commit}; {@link #close} without a commit (an error, a
 * cancel) rolls everything back, and a killed process leaves the last committed state, so the workspace is
 * never half-written. Exact duplicate interactions (same user, item, event and time, in this import or
 * already stored) are skipped and counted.
 */
public final class DatasetWriter implements AutoCloseable {

    static final int CHUNK_ROWS = 65_536;
    private static final int BATCH = 1000;

    private final Connection connection;
    private final int datasetId;
    private final String datasetName;
    private final Map<String, Integer> itemIndex;
    private final Map<String, Integer> userIndex;
    private final Map<String, EventType> eventTypes = new HashMap<>();
    private final PreparedStatement mergeItem;
    private final PreparedStatement insertItem;
    private final PreparedStatement mergeUser;
    private final PreparedStatement insertUser;
    private int pendingNewItems;
    private int pendingNewUsers;
    private int pendingMergedItems;
    private int pendingMergedUsers;
    private final PreparedStatement insertChunk;
    private LongHashSet seen;
    private final int importId;
    private int chunkSeq;
    private int n;
    private final int[] user = new int[CHUNK_ROWS];
    private final int[] item = new int[CHUNK_ROWS];
    private final int[] event = new int[CHUNK_ROWS];
    private final float[] value = new float[CHUNK_ROWS];
    private final long[] time = new long[CHUNK_ROWS];
    private final String[] context = new String[CHUNK_ROWS];
    private boolean anyContext;
    private long added;
    private long duplicates;
    private long placeholders;
    private boolean committed;

    private DatasetWriter(Connection connection, int datasetId, String datasetName, int importId,
                          Map<String, Integer> items, Map<String, Integer> users) throws SQLException {
        this.connection = connection;
        this.datasetId = datasetId;
        this.datasetName = datasetName;
        this.importId = importId;
        this.itemIndex = items;
        this.userIndex = users;
        this.mergeItem = connection.prepareStatement("MERGE INTO item (dataset_id, idx, external_id, title, "
                + "description, category, brand, price, created_at, in_stock, attributes, placeholder) "
                + "KEY (dataset_id, idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertItem = connection.prepareStatement("INSERT INTO item (dataset_id, idx, external_id, title, "
                + "description, category, brand, price, created_at, in_stock, attributes, placeholder) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.mergeUser = connection.prepareStatement("MERGE INTO app_user (dataset_id, idx, external_id, attributes) "
                + "KEY (dataset_id, idx) VALUES (?, ?, ?, ?)");
        this.insertUser = connection.prepareStatement("INSERT INTO app_user (dataset_id, idx, external_id, attributes) "
                + "VALUES (?, ?, ?, ?)");
        this.insertChunk = connection.prepareStatement("INSERT INTO interaction_chunk (dataset_id, import_id, seq, "
                + "row_count, data) VALUES (?, ?, ?, ?, ?)");
        for (EventType t : DatasetStore.eventTypes(connection, datasetId)) {
            eventTypes.put(t.name(), t);
        }
    }

    /**
     * Starts an import of {@code source} ({@code kind}: items, users or interactions) into dataset
     * {@code datasetName}, creating the dataset if it does not exist.
     */
    public static DatasetWriter begin(Workspace workspace, String datasetName, String kind, String source,
                                      String fingerprint) {
        if (datasetName == null || !datasetName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new StoreException("Dataset name '" + datasetName + "' is not valid: use 1-100 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
        Connection c = workspace.connect();
        try {
            c.setAutoCommit(false);
            int id = datasetId(c, datasetName);
            int importId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (dataset_id, kind, source, "
                    + "fingerprint, started_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, id);
                ps.setString(2, kind);
                ps.setString(3, source.length() > 4000 ? source.substring(0, 4000) : source);
                ps.setString(4, fingerprint);
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    importId = keys.getInt(1);
                }
            }
            Map<String, Integer> items = indexOf(CatalogStore.externalIds(c, "item", id));
            Map<String, Integer> users = indexOf(CatalogStore.externalIds(c, "app_user", id));
            return new DatasetWriter(c, id, datasetName, importId, items, users);
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
                c.close();
            } catch (SQLException s) {
                e.addSuppressed(s);
            }
            throw new StoreException("Cannot start import into dataset '" + datasetName + "': " + e.getMessage(), e);
        }
    }

    private static int datasetId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dataset WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> map = new HashMap<>(Math.max(16, ids.size() * 2));
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), i);
        }
        return map;
    }

    /** Whether a committed import of the same kind had this fingerprint (the same file and mapping). */
    public boolean alreadyImported(String kind, String fingerprint) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM import_log WHERE dataset_id = ? "
                + "AND kind = ? AND fingerprint = ? AND finished_at IS NOT NULL")) {
            ps.setInt(1, datasetId);
            ps.setString(2, kind);
            ps.setString(3, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read import log: " + e.getMessage(), e);
        }
    }

    public int datasetId() {
        return datasetId;
    }

    /** The index of item {@code externalId}, or -1 when the dataset has no such item. */
    public int itemIndex(String externalId) {
        Integer i = itemIndex.get(externalId);
        return i == null ? -1 : i;
    }

    /** The index of user {@code externalId}, or -1 when the dataset has no such user. */
    public int userIndex(String externalId) {
        Integer i = userIndex.get(externalId);
        return i == null ? -1 : i;
    }

    /** Number of items known to the dataset, including those added by this import. */
    public int itemCount() {
        return itemIndex.size();
    }

    /** Number of users known to the dataset, including those added by this import. */
    public int userCount() {
        return userIndex.size();
    }

    /** Inserts or replaces an item; returns its index. */
    public int putItem(ItemRecord r) {
        Integer existing = itemIndex.get(r.externalId());
        int idx = existing == null ? itemIndex.size() : existing;
        if (existing == null) {
            itemIndex.put(r.externalId(), idx);
        }
        // new rows are plain INSERTs (about twice as fast in H2); only rows that exist are MERGEd
        PreparedStatement ps = existing == null ? insertItem : mergeItem;
        try {
            ps.setInt(1, datasetId);
            ps.setInt(2, idx);
            ps.setString(3, r.externalId());
            ps.setString(4, clip(r.title(), 4000));
            ps.setString(5, r.description());
            ps.setString(6, clip(r.category(), 2000));
            ps.setString(7, clip(r.brand(), 1000));
            setNullable(ps, 8, r.price(), Types.DOUBLE);
            setNullable(ps, 9, r.createdAt(), Types.BIGINT);
            setNullable(ps, 10, r.inStock(), Types.BOOLEAN);
            ps.setString(11, r.attributes());
            ps.setBoolean(12, r.placeholder());
            ps.addBatch();
            if (existing == null) {
                if (++pendingNewItems >= BATCH) {
                    insertItem.executeBatch();
                    pendingNewItems = 0;
                }
            } else {
                if (pendingNewItems > 0) { // the row may be one this import inserted: insert it first
                    insertItem.executeBatch();
                    pendingNewItems = 0;
                }
                if (++pendingMergedItems >= BATCH) {
                    mergeItem.executeBatch();
                    pendingMergedItems = 0;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store item '" + r.externalId() + "': " + e.getMessage(), e);
        }
        return idx;
    }

    /** The index of item {@code externalId}, creating a placeholder item when unknown. */
    public int itemOrPlaceholder(String externalId) {
        int idx = itemIndex(externalId);
        if (idx >= 0) {
            return idx;
        }
        placeholders++;
        return putItem(ItemRecord.placeholder(externalId));
    }

    /** Number of placeholder items created by this import. */
    public long placeholdersCreated() {
        return placeholders;
    }

    /** Inserts or replaces a user; returns its index. */
    public int putUser(UserRecord r) {
        Integer existing = userIndex.get(r.externalId());
        int idx = existing == null ? userIndex.size() : existing;
        if (existing == null) {
            userIndex.put(r.externalId(), idx);
        }
        writeUser(idx, r, existing == null);
        return idx;
    }

    /** The index of user {@code externalId}, creating the user (without attributes) when unknown. */
    public int userOrNew(String externalId) {
        Integer existing = userIndex.get(externalId);
        if (existing != null) {
            return existing;
        }
        int idx = userIndex.size();
        userIndex.put(externalId, idx);
        writeUser(idx, new UserRecord(externalId, null), true);
        return idx;
    }

    private void writeUser(int idx, UserRecord r, boolean isNew) {
        PreparedStatement ps = isNew ? insertUser : mergeUser;
        try {
            ps.setInt(1, datasetId);
            ps.setInt(2, idx);
            ps.setString(3, r.externalId());
            ps.setString(4, r.attributes());
            ps.addBatch();
            if (isNew) {
                if (++pendingNewUsers >= BATCH) {
                    insertUser.executeBatch();
                    pendingNewUsers = 0;
                }
            } else {
                if (pendingNewUsers > 0) { // the row may be one this import inserted: insert it first
                    insertUser.executeBatch();
                    pendingNewUsers = 0;
                }
                if (++pendingMergedUsers >= BATCH) {
                    mergeUser.executeBatch();
                    pendingMergedUsers = 0;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store user '" + r.externalId() + "': " + e.getMessage(), e);
        }
    }

    /** The code of event type {@code name}, creating it with its default weight when new. */
    public int eventCode(String name) {
        EventType t = eventTypes.get(name);
        if (t == null) {
            t = EventType.defaultFor(eventTypes.size() + 1, name);
            putEventType(t);
        }
        return t.code();
    }

    /** Sets (or creates) an event type with this name; its code is kept if it exists. */
    public EventType putEventType(EventType requested) {
        EventType old = eventTypes.get(requested.name());
        int code = old != null ? old.code() : eventTypes.values().stream().mapToInt(EventType::code).max().orElse(0) + 1;
        EventType t = new EventType(code, requested.name(), requested.weight(), requested.useValue());
        try (PreparedStatement ps = connection.prepareStatement("MERGE INTO event_type (dataset_id, code, name, "
                + "weight, use_value) KEY (dataset_id, code) VALUES (?, ?, ?, ?, ?)")) {
            ps.setInt(1, datasetId);
            ps.setInt(2, t.code());
            ps.setString(3, t.name());
            ps.setDouble(4, t.weight());
            ps.setBoolean(5, t.useValue());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot store event type '" + t.name() + "': " + e.getMessage(), e);
        }
        eventTypes.put(t.name(), t);
        return t;
    }

    /**
     * Adds one interaction; returns false (and counts a duplicate) when the same user, item, event and time
     * is already in the dataset or in this import.
     *
     * @param timeMillis epoch milliseconds, or {@link Long#MIN_VALUE} when unknown
     * @param value the raw value, NaN when none
     * @param contextJson free context as a JSON object text, or null
     */
    public boolean addInteraction(int userIdx, int itemIdx, int eventCode, float value, long timeMillis,
                                  String contextJson) {
        if (seen == null) {
            loadExistingKeys();
        }
        if (!seen.add(LongHashSet.key(userIdx, itemIdx, eventCode, timeMillis))) {
            duplicates++;
            return false;
        }
        user[n] = userIdx;
        item[n] = itemIdx;
        event[n] = eventCode;
        this.value[n] = value;
        time[n] = timeMillis;
        context[n] = contextJson;
        anyContext |= contextJson != null;
        n++;
        added++;
        if (n == CHUNK_ROWS) {
            flushChunk();
        }
        return true;
    }

    private void loadExistingKeys() {
        try {
            InteractionColumns old = InteractionStore.read(connection, datasetId, false, Progress.NONE);
            seen = new LongHashSet(old.size() + (1 << 16));
            for (int i = 0; i < old.size(); i++) {
                seen.add(LongHashSet.key(old.user()[i], old.item()[i], old.event()[i], old.time()[i]));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read existing interactions: " + e.getMessage(), e);
        }
    }

    private void flushChunk() {
        if (n == 0) {
            return;
        }
        byte[] data = InteractionChunkCodec.encode(n, user, item, event, value, time, anyContext ? context : null);
        try {
            insertChunk.setInt(1, datasetId);
            insertChunk.setInt(2, importId);
            insertChunk.setInt(3, chunkSeq++);
            insertChunk.setInt(4, n);
            insertChunk.setBytes(5, data);
            insertChunk.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot store interactions: " + e.getMessage(), e);
        }
        java.util.Arrays.fill(context, 0, n, null);
        anyContext = false;
        n = 0;
    }

    /** Interactions added by this import so far. */
    public long interactionsAdded() {
        return added;
    }

    /** Duplicate interactions skipped by this import so far. */
    public long duplicates() {
        return duplicates;
    }

    /**
     * Makes the whole import visible at once: records its counts in the import log, bumps the dataset
     * version and commits.
     */
    public void commit(long accepted, long rejected, String reportPath, String summaryJson) {
        try {
            flushChunk();
            if (pendingNewItems > 0) {
                insertItem.executeBatch();
            }
            if (pendingMergedItems > 0) {
                mergeItem.executeBatch();
            }
            if (pendingNewUsers > 0) {
                insertUser.executeBatch();
            }
            if (pendingMergedUsers > 0) {
                mergeUser.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE import_log SET finished_at = ?, "
                    + "accepted = ?, rejected = ?, duplicates = ?, report_path = ?, summary = ? WHERE id = ?");
                 PreparedStatement bump = connection.prepareStatement(
                         "UPDATE dataset SET version = version + 1 WHERE id = ?")) {
                ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setLong(2, accepted);
                ps.setLong(3, rejected);
                ps.setLong(4, duplicates);
                ps.setString(5, reportPath);
                ps.setString(6, summaryJson);
                ps.setInt(7, importId);
                ps.executeUpdate();
                bump.setInt(1, datasetId);
                bump.executeUpdate();
            }
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw new StoreException("Cannot commit import into dataset '" + datasetName + "': " + e.getMessage(), e);
        }
    }

    /** Rolls back unless committed, and releases the connection. */
    @Override public void close() {
        try {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot roll back import into dataset '" + datasetName + "': " + e.getMessage(), e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // the rollback outcome above is what matters; a close failure leaves nothing half-written
                throw new StoreException("Cannot close workspace connection: " + e.getMessage(), e);
            }
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void setNullable(PreparedStatement ps, int i, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else {
            ps.setObject(i, v, type);
        }
    }
}
