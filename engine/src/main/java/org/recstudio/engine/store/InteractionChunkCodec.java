package org.recstudio.engine.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The binary format of one interaction chunk stored in H2: columnar little-endian arrays, a dictionary of
 * context strings and a CRC32, so a damaged chunk is detected instead of read as wrong data.
 */
final class InteractionChunkCodec {

    private static final int MAGIC = 0x52534331; // "RSC1"

    private InteractionChunkCodec() {
    }

    static byte[] encode(int n, int[] user, int[] item, int[] event, float[] value, long[] time, String[] context) {
        Map<String, Integer> dict = new HashMap<>();
        int[] ctx = null;
        int dictBytes = 0;
        String[] order = new String[0];
        if (context != null) {
            ctx = new int[n];
            java.util.List<String> list = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String c = context[i];
                if (c == null) {
                    ctx[i] = -1;
                } else {
                    Integer code = dict.get(c);
                    if (code == null) {
                        code = list.size();
                        dict.put(c, code);
                        list.add(c);
                        dictBytes += 4 + c.getBytes(StandardCharsets.UTF_8).length;
                    }
                    ctx[i] = code;
                }
            }
            order = list.toArray(new String[0]);
        }
        boolean hasCtx = order.length > 0;
        int size = 4 + 4 + n * (4 + 4 + 4 + 4 + 8) + 4 + dictBytes + (hasCtx ? 4 * n : 0) + 8;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(n);
        for (int i = 0; i < n; i++) {
            b.putInt(user[i]);
        }
        for (int i = 0; i < n; i++) {
            b.putInt(item[i]);
        }
        for (int i = 0; i < n; i++) {
            b.putInt(event[i]);
        }
        for (int i = 0; i < n; i++) {
            b.putFloat(value[i]);
        }
        for (int i = 0; i < n; i++) {
            b.putLong(time[i]);
        }
        b.putInt(order.length);
        for (String s : order) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            b.putInt(bytes.length).put(bytes);
        }
        if (hasCtx) {
            for (int i = 0; i < n; i++) {
                b.putInt(ctx[i]);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        return b.array();
    }

    /** Decodes {@code data} into the columns at {@code offset}; returns the number of rows. */
    static int decode(byte[] data, String where, InteractionColumns into, int offset, boolean withContext) {
        if (data.length < 20) {
            throw new StoreException("Interaction chunk " + where + " is truncated (" + data.length + " bytes)");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 8);
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getLong(data.length - 8) != crc.getValue() || b.getInt() != MAGIC) {
            throw new StoreException("Interaction chunk " + where + " is damaged (checksum mismatch); "
                    + "restore the workspace from a backup or re-import the dataset");
        }
        int n = b.getInt();
        for (int i = 0; i < n; i++) {
            into.user()[offset + i] = b.getInt();
        }
        for (int i = 0; i < n; i++) {
            into.item()[offset + i] = b.getInt();
        }
        for (int i = 0; i < n; i++) {
            into.event()[offset + i] = b.getInt();
        }
        for (int i = 0; i < n; i++) {
            into.value()[offset + i] = b.getFloat();
        }
        for (int i = 0; i < n; i++) {
            into.time()[offset + i] = b.getLong();
        }
        int dictSize = b.getInt();
        if (withContext && into.context() != null) {
            String[] dict = new String[dictSize];
            for (int d = 0; d < dictSize; d++) {
                int len = b.getInt();
                dict[d] = new String(data, b.position(), len, StandardCharsets.UTF_8);
                b.position(b.position() + len);
            }
            for (int i = 0; i < n; i++) {
                into.context()[offset + i] = dictSize == 0 ? null : code(dict, b.getInt());
            }
        }
        return n;
    }

    private static String code(String[] dict, int c) {
        return c < 0 ? null : dict[c];
    }
}
