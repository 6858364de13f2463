package org.recstudio.engine.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A strict decoding {@link Reader} for imports: bytes the charset cannot decode become U+FFFD and are remembered
 * by line, so the row holding them is rejected with its line number instead of the whole import failing or
 * storing garbage silently. It also drops a leading byte-order mark and refuses runaway rows (an unclosed
 * quote swallowing the rest of a huge file) before they exhaust memory.
 */
final class DecodingReader extends Reader {

    /** The longest row accepted, in characters (about 64 MB of heap). */
    static final long MAX_ROW_CHARS = 32L << 20;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final long maxRowChars;
    private boolean eof;
    private boolean flushed;
    private boolean start = true;
    private long line = 1;
    private long charsSinceMark;
    private long markLine = 1;
    private long[] badLines = new long[16];
    private int[] badByte = new int[16];
    private int badHead;
    private int badTail;

    /** Thrown when one row grows beyond the limit. */
    static final class RowTooLongException extends IOException {
        final long line;

        RowTooLongException(long line, long max) {
            super("a single row starting on line " + line + " is longer than " + max + " characters");
            this.line = line;
        }
    }

    DecodingReader(InputStream in, Charset charset) {
        this(in, charset, MAX_ROW_CHARS);
    }

    DecodingReader(InputStream in, Charset charset, long maxRowChars) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxRowChars = maxRowChars;
        bytes.flip();
    }

    @Override public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        int counted = off;
        while (out.hasRemaining()) {
            if (flushed) {
                break;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                counted = countLines(cbuf, counted, out.position());
                remember(line, bytes.get(bytes.position()) & 0xff);
                bytes.position(bytes.position() + r.length());
                out.put('\uFFFD');
            } else if (r.isUnderflow()) {
                if (eof) {
                    if (decoder.flush(out).isOverflow()) {
                        break;
                    }
                    flushed = true;
                } else if (out.position() > off) {
                    break;
                } else {
                    fill();
                }
            } else {
                break;
            }
        }
        int n = out.position() - off;
        if (n == 0) {
            return flushed ? -1 : 0;
        }
        if (start) {
            start = false;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                n--;
                if (counted > off) {
                    counted--;
                }
                if (n == 0) {
                    return read(cbuf, off, len);
                }
            }
        }
        countLines(cbuf, counted, off + n);
        charsSinceMark += n;
        if (charsSinceMark > maxRowChars) {
            throw new RowTooLongException(markLine, maxRowChars);
        }
        return n;
    }

    private int countLines(char[] cbuf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cbuf[i] == '\n') {
                line++;
            }
        }
        return to;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void remember(long atLine, int byteValue) {
        if (badTail > badHead && badLines[badTail - 1] == atLine) {
            return;
        }
        if (badTail == badLines.length) {
            int live = badTail - badHead;
            if (live * 2 < badLines.length) {
                System.arraycopy(badLines, badHead, badLines, 0, live);
                System.arraycopy(badByte, badHead, badByte, 0, live);
            } else {
                badLines = Arrays.copyOf(Arrays.copyOfRange(badLines, badHead, badTail), live * 2);
                badByte = Arrays.copyOf(Arrays.copyOfRange(badByte, badHead, badTail), live * 2);
            }
            badHead = 0;
            badTail = live;
        }
        badLines[badTail] = atLine;
        badByte[badTail++] = byteValue;
    }

    /**
     * Marks the start of a new row at {@code rowLine}, for the runaway-row limit, and answers whether lines
     * {@code fromLine..toLine} of the row just read held undecodable bytes: the first one as "byte 0xE9", or null.
     */
    String rowDone(long fromLine, long toLine, long rowLine) {
        charsSinceMark = 0;
        markLine = rowLine;
        String found = null;
        while (badHead < badTail && badLines[badHead] <= toLine) {
            if (found == null && badLines[badHead] >= fromLine) {
                found = String.format("byte 0x%02X", badByte[badHead]);
            }
            badHead++;
        }
        return found;
    }

    @Override public void close() throws IOException {
        in.close();
    }
}
