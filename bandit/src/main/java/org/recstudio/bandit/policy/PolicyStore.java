package org.recstudio.bandit.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stores policy snapshots as JSON files in a folder — a workspace's {@code artifacts/bandits/} — and reads and
 * exports them. Writes go to a temporary file moved into place, so a crash never leaves half a snapshot.
 */
public final class PolicyStore {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Path folder;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A store in {@code folder} (created on first save). */
    public PolicyStore(Path folder) {
        this.folder = folder;
    }

    /** The store of a workspace: {@code <workspace>/artifacts/bandits}. */
    public static PolicyStore of(org.recstudio.engine.workspace.Workspace workspace) {
        return new PolicyStore(workspace.artifacts().resolve("bandits"));
    }

    public Path folder() {
        return folder;
    }

    private Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("policy name '" + name + "' must be 1-100 letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit");
        }
        return folder.resolve(name + ".json");
    }

    /** Saves {@code snapshot} as {@code name}, replacing any earlier one; returns the file. */
    public Path save(String name, PolicySnapshot snapshot) {
        Path target = file(name);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, name, ".tmp");
            json.writeValue(tmp.toFile(), snapshot);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot save policy '" + name + "' to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads the snapshot saved as {@code name}. */
    public PolicySnapshot load(String name) {
        Path f = file(name);
        if (!Files.exists(f)) {
            throw new IllegalArgumentException("No policy '" + name + "' in " + folder + "; saved: " + list());
        }
        return read(f);
    }

    /** Reads a snapshot file (stored or exported). */
    public static PolicySnapshot read(Path file) {
        try {
            return JsonMapper.builder().build().readValue(file.toFile(), PolicySnapshot.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read policy snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** The names saved, sorted. */
    public List<String> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<String> names = new ArrayList<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 5)));
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Copies the snapshot {@code name} to {@code target}. */
    public Path export(String name, Path target) {
        Path f = file(name);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            return Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot export policy '" + name + "' to " + target + ": "
                    + e.getMessage(), e);
        }
    }
}
