package org.recstudio.engine.importer;

import java.util.List;
import java.util.Optional;

/**
 * A named, ready-made way to import a known dataset's files ("movielens-100k"), so nobody maps {@code u.item}'s
 * 24 unnamed columns by hand.
 *
 * @param description what the preset imports and what it leaves out, for people
 */
public record Preset(String name, String description, List<PresetFile> files) {

    public Preset {
        files = List.copyOf(files);
    }

    /** The file with key {@code key} ("items", "users", "interactions", …). */
    public Optional<PresetFile> file(String key) {
        return files.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
