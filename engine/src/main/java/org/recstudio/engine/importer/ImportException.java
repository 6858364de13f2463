package org.recstudio.engine.importer;

import java.nio.file.Path;

/**
 * An import that cannot go on because of a whole-file problem (empty, binary, wrong delimiter, missing mapped
 * column, undecodable bytes, too many bad rows…); nothing was stored.
 *
 * <p>The message names the file, and the line and column when known, and says what to do.
 */
public final class ImportException extends RuntimeException {

    private final Path file;
    private final long line;
    private final String column;

    /** A problem with {@code file} as a whole. */
    public ImportException(Path file, String message) {
        this(file, 0, null, message, null);
    }

    /** A problem with {@code file} at {@code line} (1-based, 0 when unknown) and {@code column} (null when none). */
    public ImportException(Path file, long line, String column, String message, Throwable cause) {
        super(where(file, line, column) + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private ImportException(ImportException e, String suffix) {
        super(e.getMessage() + suffix, e.getCause());
        this.file = e.file;
        this.line = e.line;
        this.column = e.column;
    }

    /** This problem, saying that none of the files of a multi-file import unit was stored. */
    ImportException notingUnit(java.util.List<Path> files) {
        String names = String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList());
        return new ImportException(this, ". Nothing was imported: the " + files.size() + " files (" + names
                + ") are imported together or not at all");
    }

    private static String where(Path file, long line, String column) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (line > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("line ").append(line);
        }
        if (column != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("column '").append(column).append('\'');
        }
        return sb.isEmpty() ? "" : sb + ": ";
    }

    /** The file at fault, or null. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when not tied to a line. */
    public long line() {
        return line;
    }

    /** The column at fault, or null. */
    public String column() {
        return column;
    }
}
