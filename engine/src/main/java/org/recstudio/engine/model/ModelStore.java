package org.recstudio.engine.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.Workspace;

/**
 * The trained models of a workspace: a row per model in the {@code model} table and its file under
 * {@code artifacts/models/<id>/model.bin} (see {@link ModelFile}).
 *
 * <p>Saving writes the file to a temporary name, moves it into place and commits the row in one transaction;
 * if anything fails, the row is rolled back and the file removed, so the workspace never lists a model it cannot
 * load. Loading verifies the file's SHA-256 against its trailer and the row before reading it.
 */
public final class ModelStore {

    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final String SELECT = "SELECT id, name, algorithm, dataset_name, dataset_version, "
            + "dataset_fingerprint, provenance, artifact_path, sha256, size_bytes, created_at FROM model";

    private final Workspace workspace;
    private final Function<String, ModelCodec> codecs;

    /** A store whose codecs come from {@link Algorithms}. */
    public ModelStore(Workspace workspace) {
        this(workspace, Algorithms::codec);
    }

    /** A store with its own codec lookup by algorithm name (which throws for an unknown algorithm). */
    public ModelStore(Workspace workspace, Function<String, ModelCodec> codecs) {
        this.workspace = workspace;
        this.codecs = codecs;
    }

    /** Saves {@code model} as {@code name}; fails if a model of that name exists. */
    public StoredModel save(String name, Model model) {
        return save(name, model, false);
    }

    /**
     * Saves {@code model} as {@code name}, replacing a model of that name when {@code replace}.
     *
     * @throws StoreException if the name is invalid or taken (without {@code replace}), or the write fails
     * @throws IllegalArgumentException if the model's algorithm has no codec
     */
    public StoredModel save(String name, Model model, boolean replace) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new StoreException("Model name '" + name + "' is not valid: use 1-100 letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit");
        }
        ModelProvenance p = model.provenance();
        ModelCodec codec = codecs.apply(p.algorithm());
        Path dir = null;
        Optional<StoredModel> old = Optional.empty();
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                old = find(c, name);
                if (old.isPresent() && !replace) {
                    throw new StoreException("A model named '" + name + "' already exists (" + old.get().algorithm()
                            + " on dataset '" + old.get().dataset() + "', saved " + old.get().createdAt()
                            + "). Choose another name, or replace it (recstudio train --replace).");
                }
                if (old.isPresent()) {
                    delete(c, old.get().id());
                }
                int id = insert(c, name, p);
                dir = workspace.artifacts().resolve("models").resolve(Integer.toString(id));
                Files.createDirectories(dir);
                Path tmp = dir.resolve("model.bin.tmp");
                String sha = ModelFile.write(tmp, model, codec);
                Path file = dir.resolve("model.bin");
                move(tmp, file);
                String relative = workspace.folder().relativize(file).toString().replace('\\', '/');
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE model SET artifact_path = ?, sha256 = ?, size_bytes = ? WHERE id = ?")) {
                    ps.setString(1, relative);
                    ps.setString(2, sha);
                    ps.setLong(3, Files.size(file));
                    ps.setInt(4, id);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                rollback(c, dir, e);
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException("Cannot save model '" + name + "': " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save model '" + name + "': " + e.getMessage(), e);
        }
        if (old.isPresent()) {
            deleteFolder(old.get().artifact().getParent(), "Model '" + name + "' was saved, but the files of the "
                    + "model it replaced");
        }
        return require(name);
    }

    /**
     * Loads model {@code name}, verifying its file.
     *
     * @throws StoreException if there is no such model, or its file is missing, damaged or modified
     */
    public Model load(String name) {
        StoredModel s = require(name);
        try {
            Model m = ModelFile.read(s.artifact(), s.sha256(), codecs);
            if (!s.algorithm().equals(m.provenance().algorithm())) {
                throw new StoreException("Model file " + s.artifact() + " holds a " + m.provenance().algorithm()
                        + " model, but the workspace lists '" + name + "' as " + s.algorithm() + ". Delete the model "
                        + "and train it again.");
            }
            return m;
        } catch (IOException e) {
            throw new StoreException("Cannot read model file " + s.artifact() + " of model '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    /** The saved models, by name. */
    public List<StoredModel> list() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            List<StoredModel> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot list models: " + e.getMessage(), e);
        }
    }

    /** The model called {@code name}, if any. */
    public Optional<StoredModel> find(String name) {
        try (Connection c = workspace.connect()) {
            return find(c, name);
        } catch (SQLException e) {
            throw new StoreException("Cannot read model '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The model called {@code name}, or an error listing the models there are. */
    public StoredModel require(String name) {
        return find(name).orElseThrow(() -> new StoreException("No model '" + name + "' in workspace "
                + workspace.folder() + ". Models: " + list().stream().map(StoredModel::name).toList()
                + ". Train one with: recstudio train --dataset D --algorithm A --model " + name));
    }

    /** Deletes model {@code name} and its files; false when there was none. */
    public boolean delete(String name) {
        Optional<StoredModel> s;
        try (Connection c = workspace.connect()) {
            s = find(c, name);
            if (s.isEmpty()) {
                return false;
            }
            delete(c, s.get().id());
        } catch (SQLException e) {
            throw new StoreException("Cannot delete model '" + name + "': " + e.getMessage(), e);
        }
        deleteFolder(s.get().artifact().getParent(), "Model '" + name + "' was deleted, but its files");
        return true;
    }

    private Optional<StoredModel> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private StoredModel row(ResultSet rs) throws SQLException {
        return new StoredModel(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), ProvenanceJson.fromJson(rs.getString(7)), workspace.folder().resolve(rs.getString(8)),
                rs.getString(9), rs.getLong(10), rs.getObject(11, OffsetDateTime.class).toInstant());
    }

    private static int insert(Connection c, String name, ModelProvenance p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model (name, algorithm, dataset_name, "
                + "dataset_version, dataset_fingerprint, params, provenance, artifact_path, sha256, size_bytes) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, '', '', 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, p.algorithm());
            ps.setString(3, p.dataset());
            ps.setLong(4, p.datasetVersion());
            ps.setString(5, p.datasetFingerprint());
            ps.setString(6, ProvenanceJson.paramsJson(p.params()));
            ps.setString(7, ProvenanceJson.toJson(p));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static void delete(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM model WHERE id = ?")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void rollback(Connection c, Path dir, Exception primary) {
        try {
            c.rollback();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
        if (dir != null) {
            try {
                deleteRecursively(dir);
            } catch (IOException e) {
                primary.addSuppressed(e);
            }
        }
    }

    private static void deleteFolder(Path dir, String what) {
        try {
            deleteRecursively(dir);
        } catch (IOException e) {
            throw new StoreException(what + " in " + dir + " could not be removed: " + e.getMessage()
                    + ". Remove that folder by hand.", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
