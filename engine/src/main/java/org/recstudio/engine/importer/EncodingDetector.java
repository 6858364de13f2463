package org.recstudio.engine.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The encoding detector for data files, deciding from the first bytes: a byte-order mark, else strict UTF-8, else
 * Windows-1252 or ISO-8859-1; and refuses binary files (NUL bytes, control characters, known archive formats)
 * with a message that says what the file seems to be.
 */
final class EncodingDetector {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    /** The detected encoding, how many BOM bytes to skip, and a note for people. */
    record Detected(Charset charset, int bomLength, String note) {
    }

    static Detected detect(Path file, byte[] b, boolean complete, Charset forced) {
        refuseKnownBinary(file, b);
        Detected bom = bom(b);
        if (bom != null) {
            if (forced != null && !forced.equals(bom.charset())) {
                return new Detected(bom.charset(), bom.bomLength(), bom.charset().name() + ": the file's byte-order "
                        + "mark says so, whatever the chosen " + forced.name());
            }
            return bom;
        }
        Detected utf16 = utf16WithoutBom(file, b);
        if (utf16 != null) {
            return utf16;
        }
        refuseControlCharacters(file, b);
        if (forced != null) {
            long bad = firstUndecodable(b, forced, complete);
            if (bad >= 0) {
                String what = String.format("byte 0x%02X is not valid %s, the encoding chosen for this file. Choose "
                        + "ISO-8859-1 or Windows-1252 (or leave the encoding to detection), or fix the file",
                        b[(int) bad] & 0xff, forced.name());
                throw new ImportException(file, lineOf(b, (int) bad), null, what, null);
            }
            return new Detected(forced, 0, "encoding " + forced.name() + " as chosen");
        }
        long bad = firstUndecodable(b, StandardCharsets.UTF_8, complete);
        if (bad < 0) {
            boolean ascii = true;
            for (byte x : b) {
                if (x < 0) {
                    ascii = false;
                    break;
                }
            }
            return new Detected(StandardCharsets.UTF_8, 0, ascii ? "UTF-8 (the sample is plain ASCII)" : "UTF-8");
        }
        Charset cs = singleByteCharset(b);
        return new Detected(cs, 0, String.format("%s detected: byte 0x%02X on line %d is not valid UTF-8",
                cs.name(), b[(int) bad] & 0xff, lineOf(b, (int) bad)));
    }

    private static Detected bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 with byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE with byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE with byte-order mark");
        }
        return null;
    }

    /** UTF-16 text without a BOM has NUL bytes in every other position; other NUL bytes mean binary data. */
    private static Detected utf16WithoutBom(Path file, byte[] b) {
        int n = Math.min(b.length, 1 << 16) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        int firstNul = -1;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (firstNul < 0) {
                    firstNul = i;
                }
                if ((i & 1) == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        if (firstNul < 0 && n < b.length && b[n] == 0) {
            firstNul = n;
        }
        if (firstNul < 0) {
            return null;
        }
        int half = n / 2;
        if (half > 0 && oddNul > half * 0.4 && evenNul < half * 0.02) {
            return new Detected(StandardCharsets.UTF_16LE, 0, "UTF-16LE detected (no byte-order mark)");
        }
        if (half > 0 && evenNul > half * 0.4 && oddNul < half * 0.02) {
            return new Detected(StandardCharsets.UTF_16BE, 0, "UTF-16BE detected (no byte-order mark)");
        }
        throw new ImportException(file, "contains NUL bytes (the first at byte " + firstNul + "), so it is a binary "
                + "file, not text. Export the data as CSV, TSV or JSON Lines and import that file");
    }

    private static void refuseControlCharacters(Path file, byte[] b) {
        int control = 0;
        int first = -1;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                control++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (control > 8 && control > b.length / 100) {
            throw new ImportException(file, String.format("has %d control characters in its first %d bytes (the "
                    + "first, 0x%02X, at byte %d), so it is a binary file, not text. Export the data as CSV, TSV or "
                    + "JSON Lines and import that file", control, b.length, b[first] & 0xff, first));
        }
    }

    private static void refuseKnownBinary(Path file, byte[] b) {
        String what = null;
        if (starts(b, 'P', 'K', 3, 4)) {
            what = "a ZIP archive (an .xlsx workbook is one too). Extract the data file, or save the sheet as CSV, "
                    + "and import that";
        } else if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            what = "an old Excel/Office document. Save the sheet as CSV and import that";
        } else if (starts(b, 'P', 'A', 'R', '1')) {
            what = "a Parquet file. Export it as CSV or JSON Lines and import that";
        } else if (starts(b, 'S', 'Q', 'L', 'i')) {
            what = "an SQLite database. Export the table as CSV and import that";
        } else if (starts(b, 0x42, 0x5A, 0x68)) {
            what = "a bzip2 archive. Decompress it (or recompress with gzip) and import that";
        } else if (starts(b, 0xFD, '7', 'z', 'X')) {
            what = "an xz archive. Decompress it (or recompress with gzip) and import that";
        }
        if (what != null) {
            throw new ImportException(file, "is " + what);
        }
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first byte {@code cs} cannot decode, or -1; an incomplete tail counts only when complete. */
    static long firstUndecodable(byte[] b, Charset cs, boolean complete) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, complete);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
            } else {
                return -1;
            }
        }
    }

    /** Windows-1252 when the sample has bytes 0x80-0x9F that Windows-1252 defines; else ISO-8859-1. */
    private static Charset singleByteCharset(byte[] b) {
        boolean c1 = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (c >= 0x80 && c <= 0x9F) {
                if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                    return StandardCharsets.ISO_8859_1;
                }
                c1 = true;
            }
        }
        return c1 ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
    }

    static int lineOf(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
