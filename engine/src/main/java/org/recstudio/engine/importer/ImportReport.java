package org.recstudio.engine.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one import did: rows read, stored, rejected (with a sample and a full CSV report) and skipped as
 * duplicates, and the dataset's size afterwards.
 *
 * @param rowsRead         data rows read (header excluded); {@code accepted + rejected + duplicates}
 * @param accepted         rows stored
 * @param duplicates       valid rows not stored because the dataset (or this file) already had them
 * @param placeholderItems items created with only an id because interactions named them
 * @param alreadyImported  true when this exact file and mapping were imported before; then nothing changed
 * @param sampleRejected   the first {@value #MAX_SAMPLE} rejected rows
 * @param reportFile       the CSV of all rejected rows in the workspace's {@code reports/} folder; null if none
 * @param notes            what was noticed but did not reject rows ("12 values of column 'price' were not prices
 *                         and were left empty (first: line 3, '…')")
 */
public record ImportReport(String dataset, DataKind kind, Path file, long rowsRead, long accepted, long rejected,
                           long duplicates, long placeholderItems, boolean alreadyImported,
                           List<RejectedRow> sampleRejected, Path reportFile, int datasetUsers, int datasetItems,
                           long datasetInteractions, Duration elapsed, List<String> notes) {

    /** How many rejected rows a report keeps in memory. */
    public static final int MAX_SAMPLE = 1000;

    public ImportReport {
        sampleRejected = List.copyOf(sampleRejected);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Rows per second over the whole import, or 0 when it took no measurable time. */
    public double rowsPerSecond() {
        return elapsed.isZero() ? 0 : rowsRead / (elapsed.toNanos() / 1e9);
    }

    /** "u.data → ml100k: 100,000 read, 100,000 stored, 0 rejected, 0 duplicates". */
    public String summary() {
        return String.format("%s → %s (%s): %,d read, %,d stored, %,d rejected, %,d duplicates%s; dataset now %,d "
                        + "users, %,d items, %,d interactions", file.getFileName(), dataset, kind.key(), rowsRead,
                accepted, rejected, duplicates, alreadyImported ? " (already imported: nothing changed)" : "",
                datasetUsers, datasetItems, datasetInteractions);
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
