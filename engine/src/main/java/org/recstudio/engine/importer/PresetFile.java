package org.recstudio.engine.importer;

import java.util.Objects;

/**
 * One file of a {@link Preset}.
 *
 * @param key         what callers name this file by ("items", "users", "interactions", "tags"…)
 * @param fileName    the file's usual name in the dataset ("u.data"), for pickers and defaults
 * @param description what the file holds and how it is mapped, for people
 * @param hints       what is known of its format (delimiter, encoding, column names of header-less files)
 * @param mapping     its column mapping, or null to guess one from the header
 */
public record PresetFile(String key, DataKind kind, String fileName, String description, FormatHints hints,
                         ColumnMapping mapping) {

    public PresetFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        hints = hints == null ? FormatHints.NONE : hints;
    }
}
