package org.recstudio.engine.importer;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Byte-level access to data files: transparently gunzips (by magic bytes, not by name), counts the raw bytes
 * read for progress, and reads bounded prefixes for format detection.
 */
final class TextInput {

    private static final int BUFFER = 1 << 16;

    private TextInput() {
    }

    /** The first bytes of a file's (decompressed) content, and whether they are all of it. */
    record Prefix(byte[] bytes, boolean gzip, boolean complete) {
    }

    /** An open file: {@code data} yields the decompressed bytes; {@link #rawBytesRead()} counts file bytes. */
    static final class Opened implements AutoCloseable {
        private final Counting raw;
        private final InputStream data;
        private final boolean gzip;

        private Opened(Counting raw, InputStream data, boolean gzip) {
            this.raw = raw;
            this.data = data;
            this.gzip = gzip;
        }

        InputStream data() {
            return data;
        }

        boolean gzip() {
            return gzip;
        }

        long rawBytesRead() {
            return raw.count;
        }

        @Override public void close() throws IOException {
            data.close();
        }
    }

    /** Opens {@code file}, gunzipping it when it starts with the gzip magic bytes. */
    static Opened open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, Files.exists(file) ? "is not a regular file; choose a data file"
                    : "does not exist; check the path");
        }
        Counting raw = new Counting(Files.newInputStream(file));
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        try {
            buffered.mark(2);
            int b0 = buffered.read();
            int b1 = buffered.read();
            buffered.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new Opened(raw, new GZIPInputStream(buffered, BUFFER), true);
            }
            return new Opened(raw, buffered, false);
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    /** Reads at most {@code max} bytes of the (decompressed) content of {@code file}. */
    static Prefix prefix(Path file, int max) {
        try (Opened in = open(file)) {
            byte[] bytes = in.data().readNBytes(max);
            boolean complete = bytes.length < max || in.data().read() < 0;
            return new Prefix(bytes, in.gzip(), complete);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "does not exist; check the path");
        } catch (EOFException | ZipException e) {
            throw new ImportException(file, 0, null, "the gzip data is damaged or ends early (" + e.getMessage()
                    + "); the file is probably truncated: download or copy it again", e);
        } catch (IOException e) {
            throw new ImportException(file, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
