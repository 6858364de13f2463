package org.recstudio.engine.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes primitive arrays for {@link ModelCodec}s: a length, then the elements, big-endian; floats and
 * doubles as their exact bits, so a reloaded model scores bit-identically. Lengths are checked on read, so a
 * damaged file fails with an {@link IOException} instead of an enormous allocation.
 */
public final class ModelIO {

    private static final int CHUNK = 8192;

    private ModelIO() {
    }

    public static void writeInts(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        byte[] buf = new byte[Math.min(a.length, CHUNK) * 4];
        for (int off = 0; off < a.length; off += CHUNK) {
            int n = Math.min(CHUNK, a.length - off);
            for (int i = 0; i < n; i++) {
                putInt(buf, i * 4, a[off + i]);
            }
            out.write(buf, 0, n * 4);
        }
    }

    public static int[] readInts(DataInput in, long maxLength) throws IOException {
        int[] a = new int[length(in, maxLength)];
        byte[] buf = new byte[Math.min(a.length, CHUNK) * 4];
        for (int off = 0; off < a.length; off += CHUNK) {
            int n = Math.min(CHUNK, a.length - off);
            in.readFully(buf, 0, n * 4);
            for (int i = 0; i < n; i++) {
                a[off + i] = getInt(buf, i * 4);
            }
        }
        return a;
    }

    public static void writeFloats(DataOutput out, float[] a) throws IOException {
        out.writeInt(a.length);
        byte[] buf = new byte[Math.min(a.length, CHUNK) * 4];
        for (int off = 0; off < a.length; off += CHUNK) {
            int n = Math.min(CHUNK, a.length - off);
            for (int i = 0; i < n; i++) {
                putInt(buf, i * 4, Float.floatToRawIntBits(a[off + i]));
            }
            out.write(buf, 0, n * 4);
        }
    }

    public static float[] readFloats(DataInput in, long maxLength) throws IOException {
        float[] a = new float[length(in, maxLength)];
        byte[] buf = new byte[Math.min(a.length, CHUNK) * 4];
        for (int off = 0; off < a.length; off += CHUNK) {
            int n = Math.min(CHUNK, a.length - off);
            in.readFully(buf, 0, n * 4);
            for (int i = 0; i < n; i++) {
                a[off + i] = Float.intBitsToFloat(getInt(buf, i * 4));
            }
        }
        return a;
    }

    public static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    public static double[] readDoubles(DataInput in, long maxLength) throws IOException {
        double[] a = new double[length(in, maxLength)];
        for (int i = 0; i < a.length; i++) {
            a[i] = Double.longBitsToDouble(in.readLong());
        }
        return a;
    }

    /** Writes a string that may be null or longer than {@link DataOutput#writeUTF}'s 64 KB limit. */
    public static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > (64 << 20)) {
            throw new IOException("string length " + n + " is out of range: the file is damaged");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads a count written with {@link DataOutput#writeInt} and checks it is in [0, max]. */
    public static int readCount(DataInput in, long max, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException(what + " " + n + " is out of range [0, " + max + "]: the file is damaged");
        }
        return n;
    }

    private static int length(DataInput in, long maxLength) throws IOException {
        return readCount(in, Math.min(maxLength, Integer.MAX_VALUE - 8), "array length");
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** Writes a provenance; params sorted by key so equal provenances give equal bytes. */
    public static void writeProvenance(ModelProvenance p, DataOutput out) throws IOException {
        writeString(out, p.algorithm());
        Map<String, String> params = new TreeMap<>(p.params());
        out.writeInt(params.size());
        for (Map.Entry<String, String> e : params.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        writeString(out, p.dataset());
        out.writeLong(p.datasetVersion());
        writeString(out, p.datasetFingerprint());
        out.writeLong(p.seed());
        writeString(out, p.recstudioVersion());
        out.writeBoolean(p.trainedAt() != null);
        if (p.trainedAt() != null) {
            out.writeLong(p.trainedAt().getEpochSecond());
            out.writeInt(p.trainedAt().getNano());
        }
        out.writeLong(Double.doubleToRawLongBits(p.fitSeconds()));
    }

    /** Reads a provenance written by {@link #writeProvenance}; a missing algorithm or parameter name is damage. */
    public static ModelProvenance readProvenance(DataInput in) throws IOException {
        String algorithm = required(in, "algorithm");
        int n = readCount(in, 10_000, "provenance parameter count");
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            params.put(required(in, "parameter name"), required(in, "parameter value"));
        }
        String dataset = readString(in);
        long version = in.readLong();
        String fingerprint = readString(in);
        long seed = in.readLong();
        String recstudio = readString(in);
        Instant trainedAt = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        double seconds = Double.longBitsToDouble(in.readLong());
        return new ModelProvenance(algorithm, params, dataset, version, fingerprint, seed, recstudio, trainedAt,
                seconds);
    }

    private static String required(DataInput in, String what) throws IOException {
        String s = readString(in);
        if (s == null) {
            throw new IOException("model provenance has no " + what + ": the file is damaged");
        }
        return s;
    }
}
