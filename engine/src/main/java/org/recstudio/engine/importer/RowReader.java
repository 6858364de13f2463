package org.recstudio.engine.importer;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the data rows of one file (header skipped), with line numbers and the raw bytes read so far. */
interface RowReader extends AutoCloseable {

    /** The next row, or null at the end of the file. */
    Row next();

    /** File bytes read so far (compressed bytes for gzip), for progress. */
    long bytesRead();

    @Override void close() throws IOException;

    /** Opens {@code file} for reading as {@code format} says. */
    static RowReader open(Path file, FileFormat format) throws IOException {
        return format.jsonLines() ? new JsonLinesReader(file, format) : new CsvRowReader(file, format);
    }
}
