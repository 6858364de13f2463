package org.recstudio.engine.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejected rows of one import: the first {@value ImportReport#MAX_SAMPLE} kept in memory, all of them written
 * to a CSV file ({@code file,line,column,reason,content}) in the workspace's {@code reports/} folder, created on
 * the first rejection and deleted again if the import fails, so a failed import leaves no trace.
 */
final class RejectLog implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Path file;
    private final String baseName;
    private final List<RejectedRow> sample = new ArrayList<>();
    private long count;
    private Path reportFile;
    private CSVPrinter printer;
    private boolean keep;

    RejectLog(Path reportsFolder, Path file, String dataset, DataKind kind, Clock clock) {
        this.folder = reportsFolder;
        this.file = file;
        this.baseName = "import-" + dataset + "-" + kind.key() + "-" + STAMP.format(clock.instant());
    }

    /** Records one rejected row. */
    void add(long line, String column, String reason, String content) {
        count++;
        RejectedRow r = new RejectedRow(file, line, column, reason, content);
        if (sample.size() < ImportReport.MAX_SAMPLE) {
            sample.add(r);
        }
        try {
            if (printer == null) {
                open();
            }
            printer.printRecord(r.file(), r.line(), r.column(), r.reason(), r.content());
        } catch (IOException e) {
            throw new ImportException(file, line, column, "cannot write the rejected-rows report in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        Files.createDirectories(folder);
        for (int n = 1; printer == null; n++) {
            Path p = folder.resolve(baseName + (n == 1 ? "" : "-" + n) + ".csv");
            try {
                BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                reportFile = p;
                printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                        .setHeader("file", "line", "column", "reason", "content").get());
            } catch (FileAlreadyExistsException taken) {
                if (n > 1000) {
                    throw taken;
                }
            }
        }
    }

    long count() {
        return count;
    }

    List<RejectedRow> sample() {
        return sample;
    }

    /** The first {@code n} rejections as text, for error messages. */
    String firstFew(int n) {
        return String.join("; ", sample.subList(0, Math.min(n, sample.size())).stream()
                .map(RejectedRow::toString).toList());
    }

    /** The report file, or null while nothing was rejected. */
    Path path() {
        return reportFile;
    }

    /** Writes buffered rows out to the report file. */
    void flush() throws IOException {
        if (printer != null) {
            printer.flush();
        }
    }

    /** Keeps the report file when this log is closed (call once the import committed). */
    Path keep() {
        keep = true;
        return reportFile;
    }

    @Override public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
        if (!keep && reportFile != null) {
            Files.deleteIfExists(reportFile);
        }
    }
}
