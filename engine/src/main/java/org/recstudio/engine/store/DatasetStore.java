package org.recstudio.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recstudio.engine.workspace.Workspace;

/** Lists, finds and deletes the datasets of a workspace, and reads and sets their event types. */
public final class DatasetStore {

    private static final String SELECT = "SELECT d.id, d.name, d.description, d.created_at, d.version, "
            + "(SELECT COUNT(*) FROM live_item i WHERE i.dataset_id = d.id), "
            + "(SELECT COUNT(*) FROM live_app_user u WHERE u.dataset_id = d.id), "
            + "(SELECT COALESCE(SUM(row_count), 0) FROM live_interaction_chunk k WHERE k.dataset_id = d.id) "
            + "FROM live_dataset d";

    private final Workspace workspace;

    public DatasetStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** All datasets, by name. */
    public List<DatasetInfo> list() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY d.name");
             ResultSet rs = ps.executeQuery()) {
            List<DatasetInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot list datasets: " + e.getMessage(), e);
        }
    }

    /** The dataset called {@code name}, if any. */
    public Optional<DatasetInfo> find(String name) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE d.name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read dataset '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The dataset called {@code name}, or an error listing the datasets there are. */
    public DatasetInfo require(String name) {
        return find(name).orElseThrow(() -> new StoreException("No dataset '" + name + "' in workspace "
                + workspace.folder() + ". Datasets: " + list().stream().map(DatasetInfo::name).toList()));
    }

    private static DatasetInfo row(ResultSet rs) throws SQLException {
        return new DatasetInfo(rs.getInt(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), rs.getLong(5),
                rs.getInt(6), rs.getInt(7), rs.getLong(8));
    }

    /** The event types of a dataset, by code. */
    public List<EventType> eventTypes(int datasetId) {
        try (Connection c = workspace.connect()) {
            return eventTypes(c, datasetId);
        } catch (SQLException e) {
            throw new StoreException("Cannot read event types of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    static List<EventType> eventTypes(Connection c, int datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, name, weight, use_value FROM live_event_type WHERE dataset_id = ? ORDER BY code")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                List<EventType> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new EventType(rs.getInt(1), rs.getString(2), rs.getDouble(3), rs.getBoolean(4)));
                }
                return out;
            }
        }
    }

    /** Sets the weight of event type {@code name} in dataset {@code datasetId}; bumps the dataset version. */
    public void setEventWeight(int datasetId, String name, double weight, boolean useValue) {
        new EventType(0, name, weight, useValue); // validates
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE event_type e SET weight = ?, use_value = ? WHERE dataset_id = ? AND name = ? AND EXISTS ("
                            + "SELECT 1 FROM dataset d WHERE d.id = e.dataset_id AND e.gen_from <= d.current_import "
                            + "AND (e.gen_to IS NULL OR e.gen_to > d.current_import))");
                 PreparedStatement bump = c.prepareStatement("UPDATE dataset SET version = version + 1 WHERE id = ?")) {
                ps.setDouble(1, weight);
                ps.setBoolean(2, useValue);
                ps.setInt(3, datasetId);
                ps.setString(4, name);
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    throw new StoreException("Dataset " + datasetId + " has no event type '" + name + "'; it has "
                            + eventTypes(c, datasetId).stream().map(EventType::name).toList());
                }
                bump.setInt(1, datasetId);
                bump.executeUpdate();
                c.commit();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot set weight of event '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a dataset with its items, users, interactions and import log. One small transaction hides it (and
     * frees its name); its rows are then purged in batches, and a purge interrupted by a crash is finished the
     * next time the workspace is opened.
     */
    public boolean delete(String name) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            return Generations.delete(c, name);
        } catch (SQLException e) {
            throw new StoreException("Cannot delete dataset '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The import history of a dataset, newest first. */
    public List<ImportLogEntry> imports(int datasetId) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, kind, source, fingerprint, started_at, "
                     + "finished_at, accepted, rejected, duplicates, report_path FROM live_import_log "
                     + "WHERE dataset_id = ? ORDER BY id DESC")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                List<ImportLogEntry> out = new ArrayList<>();
                while (rs.next()) {
                    java.time.OffsetDateTime fin = rs.getObject(6, java.time.OffsetDateTime.class);
                    out.add(new ImportLogEntry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                            fin == null ? null : fin.toInstant(), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getString(10)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read import log of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }
}
