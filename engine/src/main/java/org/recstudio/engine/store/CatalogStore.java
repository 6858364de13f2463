package org.recstudio.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.workspace.Workspace;

/** Reads the items and users of a dataset, in index order or by a text search. */
public final class CatalogStore {

    private static final String ITEM_COLS = "idx, external_id, title, description, category, brand, price, "
            + "created_at, in_stock, attributes, placeholder";

    private final Workspace workspace;

    public CatalogStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** All items of a dataset; element {@code i} is the item with index {@code i}. */
    public List<ItemRecord> items(int datasetId) {
        return queryItems("SELECT " + ITEM_COLS + " FROM live_item WHERE dataset_id = ? ORDER BY idx", datasetId, null, -1);
    }

    /**
     * Items whose id, title, category or brand contains {@code text} (case-insensitive), at most {@code limit},
     * with their indexes.
     */
    public List<Indexed<ItemRecord>> searchItems(int datasetId, String text, int limit) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT) + "%";
        String sql = "SELECT " + ITEM_COLS + " FROM live_item WHERE dataset_id = ? AND (LOWER(external_id) LIKE ? "
                + "OR LOWER(title) LIKE ? OR LOWER(category) LIKE ? OR LOWER(brand) LIKE ?) ORDER BY idx LIMIT ?";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, datasetId);
            for (int i = 2; i <= 5; i++) {
                ps.setString(i, like);
            }
            ps.setInt(6, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Indexed<ItemRecord>> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Indexed<>(rs.getInt(1), item(rs)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot search items: " + e.getMessage(), e);
        }
    }

    private List<ItemRecord> queryItems(String sql, int datasetId, String arg, int limit) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                List<ItemRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(item(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read items of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    private static ItemRecord item(ResultSet rs) throws SQLException {
        return new ItemRecord(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                (Double) rs.getObject(7), (Long) rs.getObject(8), (Boolean) rs.getObject(9), rs.getString(10),
                rs.getBoolean(11));
    }

    /** All users of a dataset; element {@code i} is the user with index {@code i}. */
    public List<UserRecord> users(int datasetId) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT external_id, attributes FROM live_app_user WHERE dataset_id = ? ORDER BY idx")) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                List<UserRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new UserRecord(rs.getString(1), rs.getString(2)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read users of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /** The external ids of the items of a dataset, in index order. */
    public List<String> itemIds(int datasetId) {
        try (Connection c = workspace.connect()) {
            return externalIds(c, "item", datasetId);
        } catch (SQLException e) {
            throw new StoreException("Cannot read item ids of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /** The external ids of the users of a dataset, in index order. */
    public List<String> userIds(int datasetId) {
        try (Connection c = workspace.connect()) {
            return externalIds(c, "app_user", datasetId);
        } catch (SQLException e) {
            throw new StoreException("Cannot read user ids of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /** A record with its dense index in the dataset. */
    public record Indexed<T>(int index, T value) {
    }

    static List<String> externalIds(Connection c, String table, int datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT external_id FROM live_" + table + " WHERE dataset_id = ? ORDER BY idx")) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(10000);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }
}
