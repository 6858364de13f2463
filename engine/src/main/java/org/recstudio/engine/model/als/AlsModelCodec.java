package org.recstudio.engine.model.als;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The binary layout of an {@link AlsModel}: a magic number and format version, the params, the loss per sweep,
 * the user and item factors and the user histories (signed confidences), all big-endian as {@link DataOutput}
 * writes them. Arrays are written in 64 KiB chunks rather than value by value.
 */
final class AlsModelCodec {

    /** "ALS1". */
    static final int MAGIC = 0x414C5331;
    static final int FORMAT = 1;
    private static final int CHUNK = 1 << 16;

    private AlsModelCodec() {
    }

    static void writeParams(DataOutput out, AlsParams p) throws IOException {
        out.writeInt(p.factors());
        out.writeInt(p.iterations());
        out.writeDouble(p.regularization());
        out.writeBoolean(p.scaleRegularization());
        out.writeDouble(p.alpha());
        out.writeUTF(p.confidence().name());
        out.writeDouble(p.epsilon());
        out.writeUTF(p.solver().name());
        out.writeInt(p.cgSteps());
        out.writeInt(p.threads());
    }

    static AlsParams readParams(DataInput in) throws IOException {
        return new AlsParams(in.readInt(), in.readInt(), in.readDouble(), in.readBoolean(), in.readDouble(),
                AlsParams.Confidence.valueOf(in.readUTF()), in.readDouble(), AlsParams.Solver.valueOf(in.readUTF()),
                in.readInt(), in.readInt());
    }

    static void writeFloats(DataOutput out, float[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        for (int i = 0; i < a.length; ) {
            buf.clear();
            int n = Math.min(a.length - i, CHUNK / 4);
            buf.asFloatBuffer().put(a, i, n);
            out.write(buf.array(), 0, n * 4);
            i += n;
        }
    }

    static float[] readFloats(DataInput in, int maxLength) throws IOException {
        int len = length(in, maxLength);
        float[] a = new float[len];
        byte[] bytes = new byte[CHUNK];
        for (int i = 0; i < len; ) {
            int n = Math.min(len - i, CHUNK / 4);
            in.readFully(bytes, 0, n * 4);
            ByteBuffer.wrap(bytes, 0, n * 4).asFloatBuffer().get(a, i, n);
            i += n;
        }
        return a;
    }

    static void writeInts(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        for (int i = 0; i < a.length; ) {
            buf.clear();
            int n = Math.min(a.length - i, CHUNK / 4);
            buf.asIntBuffer().put(a, i, n);
            out.write(buf.array(), 0, n * 4);
            i += n;
        }
    }

    static int[] readInts(DataInput in, int maxLength) throws IOException {
        int len = length(in, maxLength);
        int[] a = new int[len];
        byte[] bytes = new byte[CHUNK];
        for (int i = 0; i < len; ) {
            int n = Math.min(len - i, CHUNK / 4);
            in.readFully(bytes, 0, n * 4);
            ByteBuffer.wrap(bytes, 0, n * 4).asIntBuffer().get(a, i, n);
            i += n;
        }
        return a;
    }

    static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    static double[] readDoubles(DataInput in, int maxLength) throws IOException {
        double[] a = new double[length(in, maxLength)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    private static int length(DataInput in, int maxLength) throws IOException {
        int len = in.readInt();
        if (len < 0 || len > maxLength) {
            throw new IOException("corrupt ALS model: array length " + len + " outside [0, " + maxLength + "]");
        }
        return len;
    }
}
