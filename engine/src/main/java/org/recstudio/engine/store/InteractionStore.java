package org.recstudio.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/** Reads the interactions of a dataset from the workspace's chunk table. */
public final class InteractionStore {

    private final Workspace workspace;

    public InteractionStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The number of interactions stored for {@code datasetId}. */
    public long count(int datasetId) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COALESCE(SUM(row_count), 0) FROM live_interaction_chunk WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count interactions of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /** All interactions of {@code datasetId} in import order; context strings only when asked. */
    public InteractionColumns read(int datasetId, boolean withContext, Progress progress) {
        try (Connection c = workspace.connect()) {
            return read(c, datasetId, withContext, progress);
        } catch (SQLException e) {
            throw new StoreException("Cannot read interactions of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    static InteractionColumns read(Connection c, int datasetId, boolean withContext, Progress progress)
            throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(row_count), 0) FROM live_interaction_chunk WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new StoreException("Dataset " + datasetId + " has " + total + " interactions; at most "
                    + (Integer.MAX_VALUE - 8) + " fit in one in-memory Dataset");
        }
        int n = (int) total;
        InteractionColumns cols = new InteractionColumns(n, new int[n], new int[n], new int[n], new float[n],
                new long[n], withContext ? new String[n] : null);
        int offset = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT import_id, seq, data FROM live_interaction_chunk "
                + "WHERE dataset_id = ? ORDER BY import_id, seq")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    progress.checkCancelled();
                    String where = "dataset " + datasetId + " import " + rs.getInt(1) + " chunk " + rs.getInt(2);
                    offset += InteractionChunkCodec.decode(rs.getBytes(3), where, cols, offset, withContext);
                    progress.update("Reading interactions", offset, n);
                }
            }
        }
        if (offset != n) {
            throw new StoreException("Dataset " + datasetId + ": chunks hold " + offset + " rows but count says " + n);
        }
        return cols;
    }
}
