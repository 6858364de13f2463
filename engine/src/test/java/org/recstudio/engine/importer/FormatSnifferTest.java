package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recstudio.engine.importer.ImportFixtures.bytes;
import static org.recstudio.engine.importer.ImportFixtures.gzip;
import static org.recstudio.engine.importer.ImportFixtures.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatSnifferTest {

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", "\t", ";", "|", "::"})
    void detectsDelimiters(String d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            sb.append(i).append(d).append(i * 7).append(d).append(i % 5 + 1).append(d).append(978300760 + i)
                    .append('\n');
        }
        FileFormat f = FormatSniffer.sniff(write(dir, "r.dat", sb.toString()));
        assertEquals(d, f.delimiter());
        assertFalse(f.header());
        assertEquals(List.of("column1", "column2", "column3", "column4"), f.columns());
        assertEquals(List.of("1", "7", "2", "978300761"), f.preview().getFirst());
    }

    @Test
    void respectsQuotedFieldsWithDelimitersAndLineBreaks() {
        String text = "movieId,title,genres\n"
                + "1,\"American President, The (1995)\",Comedy|Drama\n"
                + "2,\"A \"\"quoted\"\" title\",Drama\n"
                + "3,\"Two\nlines\",Comedy\n"
                + "4,Plain,Action\n";
        FileFormat f = FormatSniffer.sniff(write(dir, "movies.csv", text));
        assertEquals(",", f.delimiter());
        assertEquals('"', f.quote());
        assertTrue(f.header());
        assertEquals(List.of("movieId", "title", "genres"), f.columns());
        assertEquals("American President, The (1995)", f.preview().get(0).get(1));
        assertEquals("A \"quoted\" title", f.preview().get(1).get(1));
        assertEquals("Two\nlines", f.preview().get(2).get(1));
        assertEquals(4, f.preview().size());
    }

    @Test
    void headerDetectedFromNumericColumnsOrKnownNames() {
        assertTrue(FormatSniffer.sniff(write(dir, "a.csv", "a,b\nx,1\ny,2\n")).header(), "text over numbers");
        assertTrue(FormatSniffer.sniff(write(dir, "b.csv", "user,item\nalice,book\nbob,pen\n")).header(),
                "known names");
        assertFalse(FormatSniffer.sniff(write(dir, "c.csv", "alice,book\nbob,pen\ncarol,cup\n")).header());
        assertFalse(FormatSniffer.sniff(write(dir, "d.csv", "1,2\n3,4\n")).header());
    }

    @Test
    void hintsOverrideDetection() {
        Path p = write(dir, "u.user", "1|24|M|technician|85711\n2|53|F|other|94043\n");
        FileFormat f = FormatSniffer.sniff(p, FormatHints.headerless("|", null, "user_id", "age", "gender",
                "occupation", "zip"));
        assertEquals(List.of("user_id", "age", "gender", "occupation", "zip"), f.columns());
        assertEquals(FileFormat.NO_QUOTE, f.quote());
        assertEquals(2, f.preview().size());
    }

    @Test
    void utf8VersusLatin1AndWindows1252() {
        String text = "id|title\n1|Toy Story\n2|Misérables, Les (1995)\n";
        FileFormat utf8 = FormatSniffer.sniff(write(dir, "utf8.txt", text, StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        FileFormat latin = FormatSniffer.sniff(write(dir, "latin.txt", text, StandardCharsets.ISO_8859_1));
        assertEquals(StandardCharsets.ISO_8859_1, latin.charset());
        assertTrue(latin.notes().stream().anyMatch(n -> n.contains("byte 0xE9 on line 3")), latin.notes()::toString);
        assertEquals("Misérables, Les (1995)", latin.preview().get(1).get(1));
        Charset cp1252 = Charset.forName("windows-1252");
        FileFormat win = FormatSniffer.sniff(write(dir, "win.txt", "id|title\n1|“Smart” quotes\n", cp1252));
        assertEquals(cp1252, win.charset());
        assertEquals("“Smart” quotes", win.preview().getFirst().get(1));
    }

    @Test
    void forcedEncodingThatDoesNotDecodeIsAnError() {
        Path p = write(dir, "latin.txt", "id|title\n1|Café\n", StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class,
                () -> FormatSniffer.sniff(p, FormatHints.NONE.withCharset(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("byte 0xE9 is not valid UTF-8"), e.getMessage());
    }

    @Test
    void byteOrderMarksAreHonouredAndStripped() {
        byte[] body = "user_id,item_id\nu1,i1\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        FileFormat f = FormatSniffer.sniff(bytes(dir, "bom.csv", withBom));
        assertEquals(List.of("user_id", "item_id"), f.columns());
        FileFormat utf16 = FormatSniffer.sniff(write(dir, "u16.csv", "\uFEFFuser_id;item_id\nu1;i1\n",
                StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16LE, utf16.charset());
        assertEquals(List.of("user_id", "item_id"), utf16.columns());
    }

    @Test
    void gzipIsDetectedByMagicBytesNotName() {
        FileFormat f = FormatSniffer.sniff(gzip(dir, "ratings.bin", "1::1193::5::978300760\n1::661::3::978302109\n"));
        assertTrue(f.gzip());
        assertEquals("::", f.delimiter());
        assertEquals(4, f.columns().size());
    }

    @Test
    void jsonLinesColumnsAreTheUnionOfKeys() {
        FileFormat f = FormatSniffer.sniff(gzip(dir, "reviews.json.gz",
                "{\"overall\": 5.0, \"reviewerID\": \"A1\", \"asin\": \"B1\", \"unixReviewTime\": 1529193600}\n"
                        + "{\"overall\": 4.0, \"reviewerID\": \"A2\", \"asin\": \"B1\", \"vote\": \"3\", "
                        + "\"unixReviewTime\": 1528934400}\n"));
        assertTrue(f.jsonLines());
        assertEquals(List.of("overall", "reviewerID", "asin", "unixReviewTime", "vote"), f.columns());
        assertEquals("5.0", f.preview().getFirst().getFirst());
        ImportException array = assertThrows(ImportException.class,
                () -> FormatSniffer.sniff(write(dir, "a.json", "[{\"a\": 1}]")));
        assertTrue(array.getMessage().contains("JSON array, not JSON Lines"), array.getMessage());
    }

    @Test
    void binaryAndEmptyFilesAreRefused() {
        byte[] binary = new byte[4096];
        new SplittableRandom(1).nextBytes(binary);
        Path binaryFile = bytes(dir, "x.bin", binary);
        ImportException bin = assertThrows(ImportException.class, () -> FormatSniffer.sniff(binaryFile));
        assertTrue(bin.getMessage().contains("binary file"), bin.getMessage());
        ImportException zip = assertThrows(ImportException.class,
                () -> FormatSniffer.sniff(bytes(dir, "x.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})));
        assertTrue(zip.getMessage().contains("ZIP archive"), zip.getMessage());
        ImportException empty = assertThrows(ImportException.class, () -> FormatSniffer.sniff(write(dir, "e.csv", "")));
        assertTrue(empty.getMessage().contains("e.csv") && empty.getMessage().contains("is empty"), empty.getMessage());
        ImportException blank = assertThrows(ImportException.class,
                () -> FormatSniffer.sniff(write(dir, "b.csv", "\n\n  \n")));
        assertTrue(blank.getMessage().contains("only blank lines"), blank.getMessage());
        ImportException missing = assertThrows(ImportException.class, () -> FormatSniffer.sniff(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void tenMegabyteSingleLineIsSniffedFromABoundedPrefix() {
        String big = "x".repeat(10 << 20);
        FileFormat f = FormatSniffer.sniff(write(dir, "big.csv", "item_id,title,description\n1,Big," + big
                + "\n2,Small,short\n"));
        assertEquals(",", f.delimiter());
        assertTrue(f.header());
        assertEquals(List.of("item_id", "title", "description"), f.columns());
        FileFormat only = FormatSniffer.sniff(write(dir, "one.txt", "a\t" + big));
        assertEquals("\t", only.delimiter());
        assertTrue(only.notes().stream().anyMatch(n -> n.contains("longer than the 1 MB sample")),
                only.notes()::toString);
    }

    @Test
    void unbalancedQuotesTurnQuotingOff() {
        FileFormat f = FormatSniffer.sniff(write(dir, "artists.dat",
                "id\tname\n1\tMALICE MIZER\n1686\t\"Weird Al\" Yankovic\n3\tBand\n"));
        assertEquals(FileFormat.NO_QUOTE, f.quote());
        assertEquals("\"Weird Al\" Yankovic", f.preview().get(1).get(1));
    }
}
