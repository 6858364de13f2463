package org.recstudio.engine.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import org.recstudio.engine.store.StoreException;

/**
 * The binary layout of a saved model ({@code model.bin}): magic {@code RSMODEL\0}, format version, algorithm
 * name, provenance, the algorithm's payload ({@link ModelCodec}) and a trailing SHA-256 of everything before it.
 *
 * <p>Reading checks the whole file's checksum before parsing anything, so a damaged or edited file is reported
 * with its path instead of being half-read.
 */
final class ModelFile {

    static final byte[] MAGIC = {'R', 'S', 'M', 'O', 'D', 'E', 'L', 0};
    static final int FORMAT_VERSION = 1;
    private static final int DIGEST_BYTES = 32;

    private ModelFile() {
    }

    /** Writes {@code model} to {@code file}; returns the hex SHA-256 written in the trailer. */
    static String write(Path file, Model model, ModelCodec codec) throws IOException {
        MessageDigest sha = sha256();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(raw, sha));
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            ModelIO.writeString(out, model.provenance().algorithm());
            ModelIO.writeProvenance(model.provenance(), out);
            codec.write(model, out);
            out.flush();
            byte[] digest = sha.digest();
            raw.write(digest);
            raw.flush();
            return HexFormat.of().formatHex(digest);
        }
    }

    /**
     * Reads the model in {@code file} after checking its checksum against its trailer and {@code expectedSha}.
     *
     * @throws StoreException if the file is missing, damaged, modified or not a model file
     */
    static Model read(Path file, String expectedSha, Function<String, ModelCodec> codecs) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Model file " + file + " is missing. Delete the model and train it again.");
        }
        long size = Files.size(file);
        if (size < MAGIC.length + 4 + DIGEST_BYTES) {
            throw corrupt(file, "it is only " + size + " bytes long");
        }
        String actual = verify(file, size);
        if (expectedSha != null && !expectedSha.equalsIgnoreCase(actual)) {
            throw corrupt(file, "its SHA-256 is " + actual + " but the workspace recorded " + expectedSha);
        }
        try (CountingInputStream counting = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            DataInputStream in = new DataInputStream(counting);
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw corrupt(file, "it is not a RecStudio model file");
            }
            int format = in.readInt();
            if (format > FORMAT_VERSION || format < 1) {
                throw new StoreException("Model file " + file + " has format version " + format + "; this RecStudio "
                        + "reads versions up to " + FORMAT_VERSION + ". Upgrade RecStudio to load it.");
            }
            String algorithm = ModelIO.readString(in);
            ModelProvenance provenance = ModelIO.readProvenance(in);
            ModelCodec codec = codecs.apply(algorithm);
            Model model = codec.read(in, provenance);
            if (counting.count != size - DIGEST_BYTES) {
                throw corrupt(file, "the " + algorithm + " payload ended at byte " + counting.count + " of "
                        + (size - DIGEST_BYTES));
            }
            return model;
        } catch (java.io.EOFException e) {
            throw corrupt(file, "it ends early");
        }
    }

    private static String verify(Path file, long size) throws IOException {
        MessageDigest sha = sha256();
        byte[] trailer = new byte[DIGEST_BYTES];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long left = size - DIGEST_BYTES;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw corrupt(file, "it ends early");
                }
                sha.update(buf, 0, n);
                left -= n;
            }
            new DataInputStream(in).readFully(trailer);
        }
        byte[] digest = sha.digest();
        if (!MessageDigest.isEqual(digest, trailer)) {
            throw corrupt(file, "its content does not match its SHA-256 checksum");
        }
        return HexFormat.of().formatHex(digest);
    }

    private static StoreException corrupt(Path file, String why) {
        return new StoreException("Model file " + file + " is corrupt or was modified: " + why
                + ". Delete the model and train it again.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
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
