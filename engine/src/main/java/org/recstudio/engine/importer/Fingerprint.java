package org.recstudio.engine.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.recstudio.engine.progress.Progress;

/**
 * The identity of one import: SHA-256 over the file's bytes, then over that hash with the kind, the reading
 * format and the mapping. Re-importing the same file the same way gives the same fingerprint, so it is
 * recognised as already imported; a changed byte or mapping gives a new one.
 *
 * <p>The whole file is hashed in a first pass before anything is stored (SHA-256 runs at several hundred MB/s,
 * a small share of an import), because a cheaper size + time + partial hash could miss an edit in the middle.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Path file, DataKind kind, FileFormat format, ColumnMapping mapping, UnknownItemPolicy policy,
                     Progress progress) {
        MessageDigest fileHash = sha256();
        long size = size(file);
        String stage = "Checking " + file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long done = 0;
            int chunks = 0;
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                fileHash.update(buf, 0, n);
                done += n;
                if ((++chunks & 63) == 0) {
                    progress.checkCancelled();
                    progress.update(stage, done, size);
                }
            }
        } catch (IOException e) {
            throw new ImportException(file, 0, null, "cannot be read: " + e.getMessage(), e);
        }
        MessageDigest all = sha256();
        String key = String.join("\n", HexFormat.of().formatHex(fileHash.digest()), kind.key(), format.readingKey(),
                mapping.toString(), kind == DataKind.INTERACTIONS ? policy.name() : "");
        return HexFormat.of().formatHex(all.digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java SE runtime has", e);
        }
    }
}
