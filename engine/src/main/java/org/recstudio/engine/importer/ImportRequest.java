package org.recstudio.engine.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to import into a workspace dataset.
 *
 * @param format       how the file is stored; null to detect it with {@link FormatSniffer} (using {@code hints})
 * @param mapping      which column plays which role; null to guess it with {@link ColumnMapping#guess}
 * @param unknownItems what an interactions import does with items the catalog lacks; null means PLACEHOLDER
 * @param hints        what is known of the format when {@code format} is null; null means none
 */
public record ImportRequest(String dataset, DataKind kind, Path file, FileFormat format, ColumnMapping mapping,
                            UnknownItemPolicy unknownItems, FormatHints hints) {

    public ImportRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        unknownItems = unknownItems == null ? UnknownItemPolicy.PLACEHOLDER : unknownItems;
        hints = hints == null ? FormatHints.NONE : hints;
    }

    /** The same as the canonical constructor without hints. */
    public ImportRequest(String dataset, DataKind kind, Path file, FileFormat format, ColumnMapping mapping,
                         UnknownItemPolicy unknownItems) {
        this(dataset, kind, file, format, mapping, unknownItems, FormatHints.NONE);
    }

    /** Imports {@code file} with a detected format and a guessed mapping, creating placeholders for unknown items. */
    public static ImportRequest of(String dataset, DataKind kind, Path file) {
        return new ImportRequest(dataset, kind, file, null, null, UnknownItemPolicy.PLACEHOLDER, FormatHints.NONE);
    }

    /** Imports {@code file} with a detected format and the given mapping and unknown-item policy. */
    public static ImportRequest of(String dataset, DataKind kind, Path file, ColumnMapping mapping,
                                   UnknownItemPolicy unknownItems) {
        return new ImportRequest(dataset, kind, file, null, mapping, unknownItems, FormatHints.NONE);
    }

    public ImportRequest withFormat(FileFormat f) {
        return new ImportRequest(dataset, kind, file, f, mapping, unknownItems, hints);
    }

    public ImportRequest withMapping(ColumnMapping m) {
        return new ImportRequest(dataset, kind, file, format, m, unknownItems, hints);
    }

    public ImportRequest withUnknownItems(UnknownItemPolicy p) {
        return new ImportRequest(dataset, kind, file, format, mapping, p, hints);
    }

    public ImportRequest withHints(FormatHints h) {
        return new ImportRequest(dataset, kind, file, format, mapping, unknownItems, h);
    }
}
