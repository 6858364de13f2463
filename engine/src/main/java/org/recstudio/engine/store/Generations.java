package org.recstudio.engine.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generations of a workspace's datasets: what makes an import crash-safe without one large transaction.
 *
 * <p>An import writes every row it adds or replaces under its generation (a number above the dataset's
 * {@code current_import}), in many small committed transactions that no reader sees (readers go through the
 * {@code live_*} views). It becomes visible with one single-row update, {@link #publish}. A generation above
 * {@code current_import} is therefore either being written or was abandoned by an error, a cancel or a killed
 * process; {@link #discard} removes it, again in small transactions, each of which leaves the visible state
 * unchanged, so a discard that is itself interrupted is simply repeated by the next {@link #recover}.
 *
 * <p>Deleting a dataset works the same way: one small transaction hides it and frees its name, then its rows
 * are purged in batches; a purge that is interrupted is finished by the next {@link #recover}.
 */
public final class Generations {

    /** Rows deleted or updated per small transaction. */
    static final int BATCH_ROWS = 5000;
    /** Interaction chunks (up to ~2 MB each) deleted per small transaction. */
    static final int BATCH_CHUNKS = 4;
    /** The name prefix of a dataset that is being deleted; valid dataset names never start with it. */
    static final String DELETED_PREFIX = "~deleted~";

    private Generations() {
    }

    /** Makes generation {@code gen} the current state of the dataset, in one single-row transaction. */
    static void publish(Connection c, int datasetId, long gen) throws SQLException {
        StoreTrace.phase("publish-begin");
        try (PreparedStatement ps = c.prepareStatement("UPDATE dataset SET current_import = ?, version = version + 1 "
                + "WHERE id = ? AND (current_import IS NULL OR current_import < ?) AND NOT deleted")) {
            ps.setLong(1, gen);
            ps.setInt(2, datasetId);
            ps.setLong(3, gen);
            if (ps.executeUpdate() != 1) {
                c.rollback();
                throw new StoreException("Dataset " + datasetId + " changed while generation " + gen
                        + " was written (deleted, or a newer import was published); nothing was changed");
            }
        }
        c.commit();
        StoreTrace.phase("publish-committed");
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC"); // on disk before anyone is told the import is done
        }
        StoreTrace.phase("publish-done");
    }

    /**
     * Removes every row of generation {@code gen} of a dataset and gives the rows it replaced back their
     * validity; when the dataset was never published, removes the dataset too. Each step is a small
     * transaction that leaves the visible state as it was.
     */
    static void discard(Connection c, int datasetId, long gen) throws SQLException {
        Long current = currentImport(c, datasetId);
        if (current != null && gen <= current) {
            throw new IllegalStateException("generation " + gen + " of dataset " + datasetId + " is current");
        }
        StoreTrace.phase("discard-begin");
        repeat(c, "DELETE FROM interaction_chunk WHERE dataset_id = ? AND gen = ? LIMIT " + BATCH_CHUNKS, datasetId,
                gen);
        for (String table : List.of("item", "app_user", "event_type")) {
            repeat(c, "DELETE FROM " + table + " WHERE dataset_id = ? AND gen_from = ? LIMIT " + BATCH_ROWS,
                    datasetId, gen);
            repeat(c, "UPDATE " + table + " SET gen_to = NULL WHERE dataset_id = ? AND gen_to = ? LIMIT "
                    + BATCH_ROWS, datasetId, gen);
        }
        repeat(c, "DELETE FROM import_log WHERE dataset_id = ? AND gen = ? LIMIT " + BATCH_ROWS, datasetId, gen);
        if (current == null) {
            purge(c, datasetId);
        }
        StoreTrace.phase("discard-done");
    }

    /** Hides a dataset and frees its name in one small transaction, then purges its rows. */
    static boolean delete(Connection c, String name) throws SQLException {
        int id;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dataset WHERE name = ? AND NOT deleted")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                id = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE dataset SET deleted = TRUE, name = ? WHERE id = ?")) {
            ps.setString(1, DELETED_PREFIX + id);
            ps.setInt(2, id);
            ps.executeUpdate();
        }
        c.commit();
        StoreTrace.phase("delete-hidden");
        purge(c, id);
        return true;
    }

    /** Deletes all rows of a hidden or never-published dataset in small transactions, then the dataset row. */
    private static void purge(Connection c, int datasetId) throws SQLException {
        repeat(c, "DELETE FROM interaction_chunk WHERE dataset_id = ? LIMIT " + BATCH_CHUNKS, datasetId, null);
        for (String table : List.of("item", "app_user", "event_type", "import_log")) {
            repeat(c, "DELETE FROM " + table + " WHERE dataset_id = ? LIMIT " + BATCH_ROWS, datasetId, null);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
            ps.setInt(1, datasetId);
            ps.executeUpdate();
        }
        c.commit();
    }

    private static void repeat(Connection c, String sql, int datasetId, Long gen) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, datasetId);
            if (gen != null) {
                ps.setLong(2, gen);
            }
            while (ps.executeUpdate() > 0) {
                c.commit();
            }
            c.commit();
        }
    }

    private static Long currentImport(Connection c, int datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_import FROM dataset WHERE id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    /**
     * Brings a workspace back to its last published state after an interruption: removes generations that never
     * became current, finishes interrupted dataset deletions, and deletes rejected-row reports that no published
     * import refers to. Returns what it did, one line per action (empty when there was nothing to do).
     */
    public static List<String> recover(Connection c, Path reportsFolder) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        List<String> done = new ArrayList<>();
        try {
            List<long[]> abandoned = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT l.dataset_id, l.gen FROM import_log l "
                    + "JOIN dataset d ON d.id = l.dataset_id WHERE NOT d.deleted "
                    + "AND (d.current_import IS NULL OR l.gen > d.current_import) ORDER BY l.gen");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    abandoned.add(new long[] {rs.getInt(1), rs.getLong(2)});
                }
            }
            for (long[] a : abandoned) {
                discard(c, (int) a[0], a[1]);
                done.add("removed the unfinished import " + a[1] + " of dataset " + a[0]);
            }
            // every row of a generation is written after its log row and discarded before it, so the log rows
            // above name every generation there is to discard, even one whose discard was interrupted
            List<Integer> hidden = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM dataset WHERE deleted OR current_import IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hidden.add(rs.getInt(1));
                }
            }
            for (int id : hidden) {
                purge(c, id);
                done.add("finished deleting dataset " + id);
            }
            done.addAll(sweepReports(c, reportsFolder));
            return done;
        } finally {
            c.commit();
            c.setAutoCommit(auto);
        }
    }

    /** Deletes {@code import-*.csv} reports that no import log row names (left by a killed import). */
    private static List<String> sweepReports(Connection c, Path folder) throws SQLException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT report_path FROM import_log WHERE report_path IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Path p = Path.of(rs.getString(1)).getFileName();
                if (p != null) {
                    known.add(p.toString());
                }
            }
        } catch (java.nio.file.InvalidPathException ignored) {
            return List.of(); // a path we cannot parse: keep every report rather than guess
        }
        List<String> done = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "import-*.csv")) {
            for (Path f : files) {
                if (!known.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                    done.add("deleted the orphan report " + f.getFileName());
                }
            }
        } catch (IOException e) {
            done.add("could not sweep " + folder + ": " + e.getMessage());
        }
        return done;
    }
}
