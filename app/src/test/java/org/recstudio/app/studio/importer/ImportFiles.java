package org.recstudio.app.studio.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real CSV files for import tests, written into a test's temporary folder. */
final class ImportFiles {

    private ImportFiles() {
    }

    static final String[] EVENTS = {"view", "view", "view", "click", "cart", "purchase"};

    /**
     * An interactions CSV with a header ({@code user_id,item_id,event,timestamp}), {@code rows} good rows over
     * 2024 and three bad ones: a missing user, an unreadable time and a row with too few fields.
     */
    static Path clicks(Path dir, String name, int rows) {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("user_id,item_id,event,timestamp\n");
            long t0 = 1_704_067_200L; // 2024-01-01T00:00:00Z
            for (int i = 0; i < rows; i++) {
                int user = (i * 7919) % Math.max(1, rows / 9);
                int item = (int) Math.floor(Math.pow((i * 104729L) % 10_000 / 10_000.0, 2.2) * Math.max(1, rows / 15));
                w.write("u" + user + ",sku-" + item + "," + EVENTS[i % EVENTS.length] + ","
                        + (t0 + (long) i * 86_400L * 300 / Math.max(1, rows)) + "\n");
                if (i == rows / 4) {
                    w.write(",sku-1,view," + t0 + "\n");
                }
                if (i == rows / 2) {
                    w.write("u1,sku-2,click,yesterday\n");
                }
                if (i == 3 * rows / 4) {
                    w.write("u2,sku-3\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
