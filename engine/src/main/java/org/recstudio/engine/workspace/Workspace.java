package org.recstudio.engine.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.recstudio.engine.store.CatalogStore;
import org.recstudio.engine.store.DatasetStore;
import org.recstudio.engine.store.Generations;
import org.recstudio.engine.store.InteractionStore;

/**
 * A RecStudio workspace: a folder with one embedded H2 database, an {@code artifacts/} and a {@code reports/}
 * folder, opened by one process at a time.
 *
 * <p>Opening migrates an older schema forward (Flyway, scripts in {@code db/migration}) and refuses a
 * schema newer than this build knows, so an old RecStudio never damages a newer workspace. It then removes
 * what an interrupted import or deletion left behind ({@link Generations#recover}), so every dataset is as its
 * last completed import left it.
 */
public final class Workspace implements AutoCloseable {

    /** The newest schema version this build can read and write: the highest {@code db/migration} script. */
    public static final int SCHEMA_VERSION = latestMigration();
    static final String DB_NAME = "workspace";

    private final Path folder;
    private final String url;
    private final WorkspaceLock lock;
    private final Connection keeper;
    private final int migrationsApplied;
    private final List<String> recovered;

    private Workspace(Path folder, String url, WorkspaceLock lock, Connection keeper, int migrationsApplied,
                      List<String> recovered) {
        this.recovered = List.copyOf(recovered);
        this.folder = folder;
        this.url = url;
        this.lock = lock;
        this.keeper = keeper;
        this.migrationsApplied = migrationsApplied;
    }

    /**
     * Opens (creating if needed) the workspace in {@code folder} for {@code program} (e.g. "recstudio CLI").
     *
     * @throws WorkspaceException if it is in use, newer than this build, or cannot be created
     */
    public static Workspace open(Path folder, String program) {
        Objects.requireNonNull(folder, "folder");
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve("artifacts"));
            Files.createDirectories(dir.resolve("reports"));
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create workspace folder " + dir + ": " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(dir, program);
        Connection keeper = null;
        try {
            String url = "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
            keeper = DriverManager.getConnection(url, "sa", "");
            refuseNewerSchema(keeper, dir);
            MigrateResult result = Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            List<String> recovered;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                recovered = Generations.recover(c, dir.resolve("reports"));
            }
            return new Workspace(dir, url, lock, keeper, result.migrationsExecuted, recovered);
        } catch (SQLException | RuntimeException e) {
            closeAll(keeper, lock, e);
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException("Cannot open workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int latestMigration() {
        int newest = 0;
        // Flyway lists the scripts it would apply to an empty in-memory database: those are all we know
        for (org.flywaydb.core.api.MigrationInfo m : Flyway.configure().locations("classpath:db/migration")
                .dataSource("jdbc:h2:mem:recstudio-schema-probe", "sa", "").load().info().all()) {
            if (m.getVersion() != null) {
                newest = Math.max(newest, Integer.parseInt(m.getVersion().getVersion().split("\\.")[0]));
            }
        }
        return newest;
    }

    private static void refuseNewerSchema(Connection c, Path dir) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            int newest = 0;
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null) {
                    newest = Math.max(newest, Integer.parseInt(v.split("\\.")[0]));
                }
            }
            if (newest > SCHEMA_VERSION) {
                throw new WorkspaceException("Workspace " + dir + " has schema version " + newest
                        + ", newer than this RecStudio supports (" + SCHEMA_VERSION
                        + "). It was written by a newer RecStudio; upgrade RecStudio to open it. Nothing was changed.");
            }
        }
    }

    private static void closeAll(Connection keeper, WorkspaceLock lock, Exception primary) {
        try {
            if (keeper != null) {
                keeper.close();
            }
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
        try {
            lock.close();
        } catch (RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    /** A new JDBC connection to this workspace's database; the caller closes it. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot connect to workspace " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A value from the workspace's key-value settings, if set. */
    public java.util.Optional<String> setting(String key) {
        try (Connection c = connect();
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "SELECT info_value FROM workspace_info WHERE info_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read setting '" + key + "' of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Stores a value in the workspace's key-value settings. */
    public void setSetting(String key, String value) {
        try (Connection c = connect();
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO workspace_info (info_key, info_value) KEY (info_key) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot store setting '" + key + "' of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The workspace folder. */
    public Path folder() {
        return folder;
    }

    /** The folder for model and run artifacts. */
    public Path artifacts() {
        return folder.resolve("artifacts");
    }

    /** The folder for import reports. */
    public Path reports() {
        return folder.resolve("reports");
    }

    /** How many schema migrations this open applied (0 when the workspace was current). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /**
     * What opening had to clean up after an earlier interruption (unfinished imports removed, deletions finished,
     * orphan reports deleted), one line each; empty when the workspace was left in order.
     */
    public List<String> recoveredAtOpen() {
        return recovered;
    }

    /** Datasets and their event types. */
    public DatasetStore datasets() {
        return new DatasetStore(this);
    }

    /** Items and users of the datasets. */
    public CatalogStore catalog() {
        return new CatalogStore(this);
    }

    /** Interactions of the datasets. */
    public InteractionStore interactions() {
        return new InteractionStore(this);
    }

    @Override public void close() {
        WorkspaceException failure = null;
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            failure = new WorkspaceException("Cannot close workspace " + folder + ": " + e.getMessage(), e);
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            if (failure == null) {
                failure = new WorkspaceException("Cannot close workspace " + folder + ": " + e.getMessage(), e);
            }
        }
        lock.close();
        if (failure != null) {
            throw failure;
        }
    }
}
