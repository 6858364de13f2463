package org.recstudio.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/**
 * One all-or-nothing write into a dataset: the items, users and interactions of one or more files.
 *
 * <p>Every row goes in under a new generation of the dataset, in many small committed transactions that no reader
 * sees; {@link #publish} makes the whole generation current with one single-row update (see
 * {@link Generations}). {@link #close} without a publish (an error, a cancel) removes the generation again, and a
 * killed process leaves it to be removed when the workspace is next opened, so readers only ever see the state
 * before or the state after. The safety does not depend on the database recovering a large interrupted
 * transaction: there is none.
 *
 * <p>Several files can share one writer ({@link #startFile} … {@link #finishFile} for each, then one
 * {@link #publish}): they become visible together or not at all. Exact duplicate interactions (same user, item,
 * event, time, value and context, in this write or already stored) are skipped and counted; rows that differ in
 * value or context are kept as events of their own.
 */
public final class DatasetWriter implements AutoCloseable {

    static final int CHUNK_ROWS = 65_536;
    private static final int BATCH = 1000;
    /** The longest external id of an item or user that can be stored. */
    public static final int MAX_ID_LENGTH = 1000;
    /** The longest title and category that can be stored. */
    public static final int MAX_TEXT_LENGTH = 100_000;
    /** The longest brand that can be stored. */
    public static final int MAX_BRAND_LENGTH = 10_000;
    /** The longest event type name that can be stored. */
    public static final int MAX_EVENT_NAME_LENGTH = 100;

    private static final String ITEM_COLS = "dataset_id, idx, gen_from, external_id, title, description, category, "
            + "brand, price, created_at, in_stock, attributes, placeholder";

    private final Connection connection;
    private final String datasetName;
    private int datasetId;
    private long gen;
    private int fileId;
    private boolean fileOpen;
    private final Map<String, Integer> itemIndex;
    private final Map<String, Integer> userIndex;
    private final BitSet itemsAtGen = new BitSet();
    private final BitSet usersAtGen = new BitSet();
    private final Map<String, EventType> eventTypes = new HashMap<>();
    private final Set<String> eventTypesAtGen = new HashSet<>();
    private PreparedStatement insertItem;
    private PreparedStatement mergeItem;
    private PreparedStatement endItem;
    private PreparedStatement insertUser;
    private PreparedStatement mergeUser;
    private PreparedStatement endUser;
    private PreparedStatement insertChunk;
    private int pendingRows;
    private LongHashSet seen;
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
    private boolean published;

    private DatasetWriter(Connection connection, String datasetName, int datasetId, Map<String, Integer> items,
                          Map<String, Integer> users) throws SQLException {
        this.connection = connection;
        this.datasetName = datasetName;
        this.datasetId = datasetId;
        this.itemIndex = items;
        this.userIndex = users;
        if (datasetId > 0) {
            for (EventType t : DatasetStore.eventTypes(connection, datasetId)) {
                eventTypes.put(t.name(), t);
            }
        }
    }

    /**
     * Opens a write into dataset {@code datasetName} (created on the first {@link #startFile} if it does not
     * exist); nothing is written before {@link #startFile}.
     */
    public static DatasetWriter open(Workspace workspace, String datasetName) {
        checkName(datasetName);
        Connection c = workspace.connect();
        try {
            c.setAutoCommit(false);
            int id = liveDatasetId(c, datasetName);
            Map<String, Integer> items = id > 0 ? indexOf(CatalogStore.externalIds(c, "item", id)) : new HashMap<>();
            Map<String, Integer> users = id > 0 ? indexOf(CatalogStore.externalIds(c, "app_user", id)) : new HashMap<>();
            c.commit();
            return new DatasetWriter(c, datasetName, id, items, users);
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

    /**
     * Starts an import of {@code source} ({@code kind}: items, users or interactions) into dataset
     * {@code datasetName}, creating the dataset if it does not exist: {@link #open} then {@link #startFile}.
     */
    public static DatasetWriter begin(Workspace workspace, String datasetName, String kind, String source,
                                      String fingerprint) {
        DatasetWriter w = open(workspace, datasetName);
        try {
            w.startFile(kind, source, fingerprint);
            return w;
        } catch (RuntimeException e) {
            try {
                w.close();
            } catch (RuntimeException s) {
                e.addSuppressed(s);
            }
            throw e;
        }
    }

    /** Refuses a dataset name that is not 1-100 letters, digits, '.', '_' or '-' starting with a letter or digit. */
    public static void checkName(String datasetName) {
        if (datasetName == null || !datasetName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new StoreException("Dataset name '" + datasetName + "' is not valid: use 1-100 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
    }

    private static int liveDatasetId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM live_dataset WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
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

    /**
     * Starts the next file of this write: records it in the import log (invisible until {@link #publish}) and,
     * on the first file, creates the dataset and the generation.
     */
    public void startFile(String kind, String source, String fingerprint) {
        if (fileOpen) {
            throw new IllegalStateException("finish the current file first");
        }
        if (published) {
            throw new IllegalStateException("this write was published already");
        }
        try {
            if (datasetId <= 0) {
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dataset (name) VALUES (?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, datasetName);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        datasetId = keys.getInt(1);
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO import_log (dataset_id, kind, source, "
                    + "fingerprint, started_at, gen) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, datasetId);
                ps.setString(2, kind);
                ps.setString(3, source.length() > 4000 ? source.substring(0, 4000) : source);
                ps.setString(4, fingerprint);
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setLong(6, gen);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    fileId = keys.getInt(1);
                }
            }
            if (gen == 0) {
                gen = fileId;
                try (PreparedStatement ps = connection.prepareStatement("UPDATE import_log SET gen = ? WHERE id = ?")) {
                    ps.setLong(1, gen);
                    ps.setInt(2, fileId);
                    ps.executeUpdate();
                }
                checkGenerationIsNew();
                prepareStatements();
            }
            connection.commit();
            StoreTrace.phase("file-started " + kind);
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new StoreException("Cannot start import into dataset '" + datasetName + "': " + e.getMessage(), e);
        }
        fileOpen = true;
        chunkSeq = 0;
        added = 0;
        duplicates = 0;
        placeholders = 0;
    }

    private void checkGenerationIsNew() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_import FROM dataset WHERE id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long current = rs.getLong(1);
                if (!rs.wasNull() && current >= gen) {
                    throw new SQLException("generation " + gen + " is not above the current " + current);
                }
            }
        }
    }

    private void prepareStatements() throws SQLException {
        insertItem = connection.prepareStatement("INSERT INTO item (" + ITEM_COLS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        mergeItem = connection.prepareStatement("MERGE INTO item (" + ITEM_COLS + ") KEY (dataset_id, idx, gen_from) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        endItem = connection.prepareStatement("UPDATE item SET gen_to = ? WHERE dataset_id = ? AND idx = ? "
                + "AND gen_to IS NULL AND gen_from < ?");
        insertUser = connection.prepareStatement("INSERT INTO app_user (dataset_id, idx, gen_from, external_id, "
                + "attributes) VALUES (?, ?, ?, ?, ?)");
        mergeUser = connection.prepareStatement("MERGE INTO app_user (dataset_id, idx, gen_from, external_id, "
                + "attributes) KEY (dataset_id, idx, gen_from) VALUES (?, ?, ?, ?, ?)");
        endUser = connection.prepareStatement("UPDATE app_user SET gen_to = ? WHERE dataset_id = ? AND idx = ? "
                + "AND gen_to IS NULL AND gen_from < ?");
        insertChunk = connection.prepareStatement("INSERT INTO interaction_chunk (dataset_id, import_id, seq, "
                + "row_count, data, gen) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Whether a published import of the same kind had this fingerprint (the same file and mapping). */
    public boolean alreadyImported(String kind, String fingerprint) {
        if (datasetId <= 0) {
            return false;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM live_import_log "
                + "WHERE dataset_id = ? AND kind = ? AND fingerprint = ? AND finished_at IS NOT NULL")) {
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

    private void requireFile() {
        if (!fileOpen) {
            throw new IllegalStateException("startFile first");
        }
    }

    /** Inserts or replaces an item; returns its index. */
    public int putItem(ItemRecord r) {
        requireFile();
        checkLength("item id", r.externalId(), MAX_ID_LENGTH);
        checkLength("title", r.title(), MAX_TEXT_LENGTH);
        checkLength("category", r.category(), MAX_TEXT_LENGTH);
        checkLength("brand", r.brand(), MAX_BRAND_LENGTH);
        Integer existing = itemIndex.get(r.externalId());
        int idx = existing == null ? itemIndex.size() : existing;
        if (existing == null) {
            itemIndex.put(r.externalId(), idx);
        }
        try {
            PreparedStatement ps;
            if (itemsAtGen.get(idx)) {
                ps = mergeItem; // written earlier in this generation: replace that version
            } else {
                ps = insertItem;
                itemsAtGen.set(idx);
                if (existing != null) { // a published version exists: it ends where this generation starts
                    endItem.setLong(1, gen);
                    endItem.setInt(2, datasetId);
                    endItem.setInt(3, idx);
                    endItem.setLong(4, gen);
                    endItem.addBatch();
                }
            }
            ps.setInt(1, datasetId);
            ps.setInt(2, idx);
            ps.setLong(3, gen);
            ps.setString(4, r.externalId());
            ps.setString(5, r.title());
            ps.setString(6, r.description());
            ps.setString(7, r.category());
            ps.setString(8, r.brand());
            setNullable(ps, 9, r.price(), Types.DOUBLE);
            setNullable(ps, 10, r.createdAt(), Types.BIGINT);
            setNullable(ps, 11, r.inStock(), Types.BOOLEAN);
            ps.setString(12, r.attributes());
            ps.setBoolean(13, r.placeholder());
            ps.addBatch();
            rowWritten();
        } catch (SQLException e) {
            throw new StoreException("Cannot store item '" + r.externalId() + "': " + e.getMessage(), e);
        }
        return idx;
    }

    private static void checkLength(String what, String s, int max) {
        if (s != null && s.length() > max) {
            throw new StoreException("The " + what + " is " + s.length() + " characters long; at most " + max
                    + " can be stored");
        }
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

    /** Number of placeholder items created by the current file. */
    public long placeholdersCreated() {
        return placeholders;
    }

    /** Inserts or replaces a user; returns its index. */
    public int putUser(UserRecord r) {
        requireFile();
        checkLength("user id", r.externalId(), MAX_ID_LENGTH);
        Integer existing = userIndex.get(r.externalId());
        int idx = existing == null ? userIndex.size() : existing;
        if (existing == null) {
            userIndex.put(r.externalId(), idx);
        }
        writeUser(idx, r, existing != null);
        return idx;
    }

    /** The index of user {@code externalId}, creating the user (without attributes) when unknown. */
    public int userOrNew(String externalId) {
        Integer existing = userIndex.get(externalId);
        if (existing != null) {
            return existing;
        }
        requireFile();
        checkLength("user id", externalId, MAX_ID_LENGTH);
        int idx = userIndex.size();
        userIndex.put(externalId, idx);
        writeUser(idx, new UserRecord(externalId, null), false);
        return idx;
    }

    private void writeUser(int idx, UserRecord r, boolean published) {
        try {
            PreparedStatement ps;
            if (usersAtGen.get(idx)) {
                ps = mergeUser;
            } else {
                ps = insertUser;
                usersAtGen.set(idx);
                if (published) {
                    endUser.setLong(1, gen);
                    endUser.setInt(2, datasetId);
                    endUser.setInt(3, idx);
                    endUser.setLong(4, gen);
                    endUser.addBatch();
                }
            }
            ps.setInt(1, datasetId);
            ps.setInt(2, idx);
            ps.setLong(3, gen);
            ps.setString(4, r.externalId());
            ps.setString(5, r.attributes());
            ps.addBatch();
            rowWritten();
        } catch (SQLException e) {
            throw new StoreException("Cannot store user '" + r.externalId() + "': " + e.getMessage(), e);
        }
    }

    private void rowWritten() throws SQLException {
        if (++pendingRows >= BATCH) {
            flushRows();
        }
    }

    /** Writes the batched item and user rows (new versions before replacements of them) in one small transaction. */
    private void flushRows() throws SQLException {
        if (pendingRows == 0) {
            return;
        }
        insertItem.executeBatch();
        endItem.executeBatch();
        mergeItem.executeBatch();
        insertUser.executeBatch();
        endUser.executeBatch();
        mergeUser.executeBatch();
        connection.commit();
        pendingRows = 0;
    }

    /** The code of event type {@code name}, creating it with its default weight when new. */
    public int eventCode(String name) {
        EventType t = eventTypes.get(name);
        if (t == null) {
            t = putEventType(EventType.defaultFor(0, name));
        }
        return t.code();
    }

    /** Sets (or creates) an event type with this name; its code is kept if it exists. */
    public EventType putEventType(EventType requested) {
        requireFile();
        checkLength("event name", requested.name(), MAX_EVENT_NAME_LENGTH);
        EventType old = eventTypes.get(requested.name());
        int code = old != null ? old.code() : eventTypes.values().stream().mapToInt(EventType::code).max().orElse(0) + 1;
        EventType t = new EventType(code, requested.name(), requested.weight(), requested.useValue());
        if (t.equals(old)) {
            return t;
        }
        boolean atGen = eventTypesAtGen.contains(t.name());
        try {
            if (old != null && !atGen) {
                try (PreparedStatement end = connection.prepareStatement("UPDATE event_type SET gen_to = ? "
                        + "WHERE dataset_id = ? AND code = ? AND gen_to IS NULL AND gen_from < ?")) {
                    end.setLong(1, gen);
                    end.setInt(2, datasetId);
                    end.setInt(3, code);
                    end.setLong(4, gen);
                    end.executeUpdate();
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("MERGE INTO event_type (dataset_id, code, "
                    + "gen_from, name, weight, use_value) KEY (dataset_id, code, gen_from) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, datasetId);
                ps.setInt(2, t.code());
                ps.setLong(3, gen);
                ps.setString(4, t.name());
                ps.setDouble(5, t.weight());
                ps.setBoolean(6, t.useValue());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot store event type '" + t.name() + "': " + e.getMessage(), e);
        }
        eventTypesAtGen.add(t.name());
        eventTypes.put(t.name(), t);
        return t;
    }

    /**
     * Adds one interaction; returns false (and counts a duplicate) when an interaction with the same user, item,
     * event, time, value and context is already in the dataset or in this write.
     *
     * @param timeMillis epoch milliseconds, or {@link Long#MIN_VALUE} when unknown
     * @param value the raw value, NaN when none
     * @param contextJson free context as a JSON object text, or null
     */
    public boolean addInteraction(int userIdx, int itemIdx, int eventCode, float value, long timeMillis,
                                  String contextJson) {
        requireFile();
        if (seen == null) {
            loadExistingKeys();
        }
        if (!seen.add(LongHashSet.key(userIdx, itemIdx, eventCode, timeMillis, value, contextJson))) {
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
            InteractionColumns old = datasetId > 0
                    ? InteractionStore.read(connection, datasetId, true, Progress.NONE)
                    : null;
            int size = old == null ? 0 : old.size();
            seen = new LongHashSet(size + (1 << 16));
            for (int i = 0; i < size; i++) {
                seen.add(LongHashSet.key(old.user()[i], old.item()[i], old.event()[i], old.time()[i], old.value()[i],
                        old.context() == null ? null : old.context()[i]));
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
            flushRows(); // the chunk refers to users and items: write them first
            insertChunk.setInt(1, datasetId);
            insertChunk.setInt(2, fileId);
            insertChunk.setInt(3, chunkSeq++);
            insertChunk.setInt(4, n);
            insertChunk.setBytes(5, data);
            insertChunk.setLong(6, gen);
            insertChunk.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot store interactions: " + e.getMessage(), e);
        }
        StoreTrace.phase("chunk-written");
        java.util.Arrays.fill(context, 0, n, null);
        anyContext = false;
        n = 0;
    }

    /** Interactions added by the current file so far. */
    public long interactionsAdded() {
        return added;
    }

    /** Duplicate interactions skipped by the current file so far. */
    public long duplicates() {
        return duplicates;
    }

    /**
     * Writes the rest of the current file and records its counts in the import log; still invisible until
     * {@link #publish}.
     */
    public void finishFile(long accepted, long rejected, String reportPath, String summaryJson) {
        requireFile();
        try {
            flushChunk();
            flushRows();
            try (PreparedStatement ps = connection.prepareStatement("UPDATE import_log SET finished_at = ?, "
                    + "accepted = ?, rejected = ?, duplicates = ?, report_path = ?, summary = ? WHERE id = ?")) {
                ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setLong(2, accepted);
                ps.setLong(3, rejected);
                ps.setLong(4, duplicates);
                ps.setString(5, reportPath);
                ps.setString(6, summaryJson);
                ps.setInt(7, fileId);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot finish import into dataset '" + datasetName + "': " + e.getMessage(), e);
        }
        fileOpen = false;
        StoreTrace.phase("file-finished");
    }

    /** Whether {@link #startFile} was called at least once (so there is something to publish). */
    public boolean hasFiles() {
        return gen != 0;
    }

    /** Makes every file of this write visible at once, with one single-row transaction. */
    public void publish() {
        if (fileOpen) {
            throw new IllegalStateException("finish the current file first");
        }
        if (gen == 0 || published) {
            return;
        }
        try {
            Generations.publish(connection, datasetId, gen);
            published = true;
        } catch (SQLException e) {
            throw new StoreException("Cannot commit import into dataset '" + datasetName + "': " + e.getMessage(), e);
        }
    }

    /** {@link #finishFile} and {@link #publish}: makes a one-file import visible. */
    public void commit(long accepted, long rejected, String reportPath, String summaryJson) {
        finishFile(accepted, rejected, reportPath, summaryJson);
        publish();
    }

    /** Removes everything this write stored unless it was published, and releases the connection. */
    @Override public void close() {
        try {
            if (!published && gen != 0) {
                connection.rollback();
                StoreTrace.phase("rollback");
                Generations.discard(connection, datasetId, gen);
            }
        } catch (SQLException e) {
            // what is left is invisible, and Workspace.open removes it
            throw new StoreException("Cannot roll back import into dataset '" + datasetName + "' (it stays "
                    + "invisible and is removed when the workspace is next opened): " + e.getMessage(), e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // the rollback outcome above is what matters; a close failure leaves nothing visible
                throw new StoreException("Cannot close workspace connection: " + e.getMessage(), e);
            }
        }
    }

    private void rollbackQuietly(Exception e) {
        try {
            connection.rollback();
        } catch (SQLException s) {
            e.addSuppressed(s);
        }
    }

    private static void setNullable(PreparedStatement ps, int i, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else {
            ps.setObject(i, v, type);
        }
    }
}
