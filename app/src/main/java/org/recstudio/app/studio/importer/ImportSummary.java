package org.recstudio.app.studio.importer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.importer.ImportReport;
import org.recstudio.engine.importer.RejectedRow;

/**
 * What the files of one wizard run did together: the summed counts, the dataset's totals afterwards, the
 * rejected rows kept in memory and the rejected-rows CSV reports written into the workspace.
 */
public record ImportSummary(String dataset, List<ImportReport> reports, long rowsRead, long accepted, long rejected,
                            long duplicates, long placeholders, int users, int items, long interactions,
                            List<RejectedRow> rejectedSample, List<Path> reportFiles, List<String> notes) {

    public ImportSummary {
        reports = List.copyOf(reports);
        rejectedSample = List.copyOf(rejectedSample);
        reportFiles = List.copyOf(reportFiles);
        notes = List.copyOf(notes);
    }

    /** Sums {@code reports} (at least one, all into the same dataset, in the order they ran). */
    public static ImportSummary of(List<ImportReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("an import summary needs at least one report");
        }
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        long duplicates = 0;
        long placeholders = 0;
        List<RejectedRow> sample = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ImportReport r : reports) {
            read += r.rowsRead();
            accepted += r.accepted();
            rejected += r.rejected();
            duplicates += r.duplicates();
            placeholders += r.placeholderItems();
            sample.addAll(r.sampleRejected());
            if (r.reportFile() != null) {
                files.add(r.reportFile());
            }
            String prefix = reports.size() > 1 ? r.file().getFileName() + ": " : "";
            r.notes().forEach(n -> notes.add(prefix + n));
        }
        ImportReport last = reports.getLast();
        return new ImportSummary(last.dataset(), reports, read, accepted, rejected, duplicates, placeholders,
                last.datasetUsers(), last.datasetItems(), last.datasetInteractions(), sample, files, notes);
    }

    /** Whether every file had been imported before, so nothing changed. */
    public boolean nothingChanged() {
        return reports.stream().allMatch(ImportReport::alreadyImported);
    }

    /** "shop now has 943 users · 1,682 items · 100,000 interactions". */
    public String totals() {
        return dataset + " now has " + Formats.count(users) + " users \u00b7 " + Formats.count(items) + " items \u00b7 "
                + Formats.count(interactions) + " interactions";
    }

    /** "Imported ratings.csv into shop in 1.2 s" (or "2 files"). */
    public String headline() {
        String what = reports.size() == 1 ? reports.getFirst().file().getFileName().toString()
                : reports.size() + " files";
        if (nothingChanged()) {
            return what + " had already been imported into " + dataset + " with the same format and mapping: "
                    + "nothing changed.";
        }
        long millis = reports.stream().mapToLong(r -> r.elapsed().toMillis()).sum();
        String took = millis < 1000 ? Formats.count(millis) + " ms" : Formats.decimal(millis / 1000.0, 1) + " s";
        return "Imported " + what + " into " + dataset + " in " + took + ".";
    }

    /**
     * Writes all rejected rows to {@code target} as one CSV ({@code file,line,column,reason,content}): a copy
     * of the single report, or the reports joined under one header.
     *
     * @throws IOException when there is no report to save or writing fails
     */
    public void saveRejected(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        if (reportFiles.isEmpty()) {
            throw new IOException("no rows were rejected, so there is no report to save");
        }
        if (reportFiles.size() == 1) {
            Files.copy(reportFiles.getFirst(), target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (Path p : reportFiles) {
                try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    String header = in.readLine();
                    if (first && header != null) {
                        out.write(header);
                        out.newLine();
                    }
                    first = false;
                    in.transferTo(out);
                }
            }
        }
    }
}
