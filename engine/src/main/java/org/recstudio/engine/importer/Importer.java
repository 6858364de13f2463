package org.recstudio.engine.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.workspace.Workspace;

/**
 * The importer of catalogs, users and interaction logs from files into a workspace dataset through one
 * {@link DatasetWriter} per import unit (one file, or several with {@link #runAll}): an import either completes,
 * or (on error, cancel or a killed process) leaves the workspace exactly as it was.
 *
 * <p>Files are streamed, never loaded whole. Bad rows are rejected into the report; whole-file problems, and
 * files where more than half of the rows are bad, raise an {@link ImportException} and store nothing.
 */
public final class Importer {

    /** Rows read before the first check that most rows are not being rejected. */
    static final int EARLY_CHECK_ROWS = 1000;
    private static final int PROGRESS_EVERY = 8192;

    private final Workspace workspace;
    private final Clock clock;

    public Importer(Workspace workspace) {
        this(workspace, Clock.systemUTC());
    }

    /** An importer whose "now" (for future-timestamp checks and report names) comes from {@code clock}. */
    public Importer(Workspace workspace, Clock clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports one file.
     *
     * @throws ImportException for whole-file problems; nothing is stored then
     * @throws org.recstudio.engine.progress.CancelledException when {@code progress} is cancelled; nothing is stored
     */
    public ImportReport run(ImportRequest r, Progress progress) {
        return runAll(List.of(r), progress).getFirst();
    }

    /**
     * Imports several files into one dataset as one unit: they become visible together when the last one is in,
     * or (on an error in any of them, a cancel or a killed process) none of them does. Files already imported
     * with the same content and mapping are skipped. The reports come in the order of {@code requests}.
     *
     * @throws ImportException for a whole-file problem in any file (its message says that nothing was stored)
     */
    public List<ImportReport> runAll(List<ImportRequest> requests, Progress progress) {
        if (requests.isEmpty()) {
            return List.of();
        }
        String dataset = requests.getFirst().dataset();
        for (ImportRequest r : requests) {
            if (!r.dataset().equals(dataset)) {
                throw new IllegalArgumentException("one import unit goes into one dataset, not " + dataset + " and "
                        + r.dataset());
            }
        }
        org.recstudio.engine.store.DatasetWriter.checkName(dataset);
        long start = System.nanoTime();
        List<Prepared> prepared = new ArrayList<>();
        for (ImportRequest r : requests) { // whole-file problems of any file stop the import before anything is written
            Path file = r.file();
            FileFormat format = r.format() != null ? r.format() : FormatSniffer.sniff(file, r.hints());
            ColumnMapping mapping = r.mapping() != null ? r.mapping() : ColumnMapping.guess(r.kind(), format);
            checkMapping(r.kind(), file, format, mapping);
            progress.checkCancelled();
            prepared.add(new Prepared(r, format, mapping));
        }
        for (Prepared p : prepared) {
            p.fingerprint = Fingerprint.of(p.request.file(), p.request.kind(), p.format, p.mapping,
                    p.request.unknownItems(), progress);
        }
        List<RejectLog> logs = new ArrayList<>();
        try (DatasetWriter writer = DatasetWriter.open(workspace, dataset)) {
            try {
                for (Prepared p : prepared) {
                    ImportRequest r = p.request;
                    if (writer.alreadyImported(r.kind().key(), p.fingerprint)) {
                        p.already = true;
                        continue;
                    }
                    writer.startFile(r.kind().key(), r.file().toAbsolutePath().toString(), p.fingerprint);
                    RejectLog rejects = new RejectLog(workspace.reports(), r.file(), dataset, r.kind(), clock);
                    logs.add(rejects);
                    try (RowReader reader = RowReader.open(r.file(), p.format)) {
                        RowHandler handler = handler(r, p.format, p.mapping, writer, rejects, p.notes);
                        readAll(r.file(), reader, handler, rejects, p.counts, progress);
                        p.counts.placeholders = handler.placeholders();
                        rejects.flush();
                        writer.finishFile(p.counts.accepted, p.counts.rejected, rejects.path() == null ? null
                                : rejects.path().toString(), summary(r, p.format, p.counts, p.notes.render()));
                    } catch (IOException e) {
                        throw new ImportException(r.file(), 0, null, "cannot be read: " + e.getMessage(), e);
                    }
                }
                progress.checkCancelled();
                writer.publish();
                for (int i = 0, l = 0; i < prepared.size(); i++) {
                    Prepared p = prepared.get(i);
                    if (!p.already) {
                        RejectLog rejects = logs.get(l++);
                        p.reportFile = rejects.keep();
                        p.sample = List.copyOf(rejects.sample());
                    }
                }
            } catch (ImportException e) {
                throw prepared.size() > 1 ? e.notingUnit(requests.stream().map(ImportRequest::file).toList()) : e;
            } finally {
                closeAll(logs);
            }
        }
        List<ImportReport> out = new ArrayList<>();
        for (Prepared p : prepared) {
            out.add(p.already
                    ? report(p.request, p.counts, true, List.of(), null, start, List.of("this file was imported "
                            + "before with the same format and mapping; nothing changed"))
                    : report(p.request, p.counts, false, p.sample, p.reportFile, start, p.notes.render()));
        }
        return out;
    }

    private static void closeAll(List<RejectLog> logs) {
        for (RejectLog l : logs) {
            try {
                l.close();
            } catch (IOException e) {
                // a report that cannot be closed or deleted is swept from reports/ when the workspace is next opened
            }
        }
    }

    /** One file of an import unit, with what was worked out about it. */
    private static final class Prepared {
        final ImportRequest request;
        final FileFormat format;
        final ColumnMapping mapping;
        final Counts counts = new Counts();
        final Notes notes = new Notes();
        String fingerprint;
        boolean already;
        Path reportFile;
        List<RejectedRow> sample = List.of();

        Prepared(ImportRequest request, FileFormat format, ColumnMapping mapping) {
            this.request = request;
            this.format = format;
            this.mapping = mapping;
        }
    }

    private RowHandler handler(ImportRequest r, FileFormat format, ColumnMapping mapping, DatasetWriter writer,
                               RejectLog rejects, Notes notes) {
        RowHandler.Setup setup = new RowHandler.Setup(format, new ResolvedColumns(r.kind(), format, mapping),
                new Cells(mapping.nullValues()), writer, rejects, notes);
        return switch (r.kind()) {
            case ITEMS -> new ItemRows(setup, mapping, clock);
            case USERS -> new UserRows(setup);
            case INTERACTIONS -> new InteractionRows(setup, mapping, r.unknownItems(), r.dataset(), clock);
        };
    }

    private void readAll(Path file, RowReader reader, RowHandler handler, RejectLog rejects, Counts c,
                         Progress progress) {
        long size = Fingerprint.size(file);
        String stage = "Importing " + file.getFileName();
        progress.update(stage, 0, size);
        for (Row row = reader.next(); row != null; row = reader.next()) {
            c.read++;
            switch (handler.handle(row)) {
                case ACCEPTED -> c.accepted++;
                case DUPLICATE -> c.duplicates++;
                case REJECTED -> c.rejected++;
            }
            if ((c.read & 1023) == 0) {
                progress.checkCancelled();
                if (c.read % PROGRESS_EVERY == 0) {
                    progress.update(stage, reader.bytesRead(), size);
                }
            }
            if (c.read == EARLY_CHECK_ROWS && c.rejected * 2 > c.read) {
                throw tooManyRejected(file, rejects, c, "of the first " + EARLY_CHECK_ROWS + " rows");
            }
        }
        progress.update(stage, size, size);
        if (c.read == 0) {
            throw new ImportException(file, "has no data rows (only a header, or blank lines): choose a file with "
                    + "data");
        }
        if (c.rejected * 2 > c.read) {
            throw tooManyRejected(file, rejects, c, "of " + String.format("%,d", c.read) + " rows");
        }
    }

    private static ImportException tooManyRejected(Path file, RejectLog rejects, Counts c, String of) {
        return new ImportException(file, String.format("%,d %s were rejected, so nothing was imported. First problems: "
                + "%s. Check the format (delimiter, header, encoding) and the column mapping", c.rejected, of,
                rejects.firstFew(3)));
    }

    /** Refuses mappings that cannot work before anything is read, naming the columns the file does have. */
    static void checkMapping(DataKind kind, Path file, FileFormat format, ColumnMapping mapping) {
        Set<String> used = new HashSet<>();
        mapping.bindings().forEach(b -> used.add(b.column() != null ? b.column() : "#" + b.index()));
        if (!format.jsonLines() && format.columns().size() == 1 && (kind == DataKind.INTERACTIONS || used.size() > 1)) {
            String first = format.preview().isEmpty() ? format.columns().getFirst()
                    : format.preview().getFirst().getFirst();
            String likely = likelyDelimiter(first, format.delimiter());
            String advice = likely == null ? "Choose the file's delimiter"
                    : "The delimiter is probably '" + FileFormat.printable(likely) + "': choose it";
            throw new ImportException(file, 1, null, "has only one column with delimiter '"
                    + FileFormat.printable(format.delimiter()) + "' (first row: '" + clip(first) + "'), but "
                    + ColumnMapping.article(kind) + " import needs several. " + advice + " and import again", null);
        }
        List<String> problems = mapping.validate(kind, format);
        if (!problems.isEmpty()) {
            throw new ImportException(file, "the column mapping does not fit this file: "
                    + String.join("; ", problems));
        }
    }

    private static String likelyDelimiter(String text, String current) {
        String best = null;
        int bestCount = 0;
        for (String d : LayoutDetector.CANDIDATES) {
            int n = text.split(Pattern.quote(d), -1).length - 1;
            if (!d.equals(current) && n > bestCount && !(d.equals(":") && text.contains("::"))) {
                best = d;
                bestCount = n;
            }
        }
        return best;
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private String summary(ImportRequest r, FileFormat format, Counts c, List<String> notes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().key());
        m.put("rowsRead", c.read);
        m.put("accepted", c.accepted);
        m.put("rejected", c.rejected);
        m.put("duplicates", c.duplicates);
        m.put("placeholderItems", c.placeholders);
        m.put("format", format.describe());
        m.put("unknownItems", r.unknownItems().name());
        m.put("notes", notes);
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write import summary as JSON: " + e.getMessage(), e);
        }
    }

    private ImportReport report(ImportRequest r, Counts c, boolean already, List<RejectedRow> sample, Path reportFile,
                                long start, List<String> notes) {
        DatasetInfo info = workspace.datasets().find(r.dataset()).orElse(null);
        return new ImportReport(r.dataset(), r.kind(), r.file(), c.read, c.accepted, c.rejected, c.duplicates,
                c.placeholders, already, sample, reportFile, info == null ? 0 : info.users(),
                info == null ? 0 : info.items(), info == null ? 0 : info.interactions(), ImportReport.since(start),
                notes);
    }

    /**
     * Imports the files of a named {@link Preset}: {@code files} maps the preset's file keys ("items", "users",
     * "interactions", …) to paths; items and users go first, so interactions can refer to them. All files are one
     * import unit ({@link #runAll}): a failure in any of them stores none of them.
     */
    public List<ImportReport> runPreset(String preset, String dataset, Map<String, Path> files,
                                        UnknownItemPolicy policy, Progress progress) {
        Preset p = Presets.find(preset).orElseThrow(() -> new ImportException(null, "There is no preset '" + preset
                + "'. Presets: " + String.join(", ", Presets.all().stream().map(Preset::name).toList())));
        List<String> keys = p.files().stream().map(PresetFile::key).toList();
        if (files.isEmpty()) {
            throw new ImportException(null, "Preset '" + p.name() + "' needs at least one file; its file keys: "
                    + keys);
        }
        for (String k : files.keySet()) {
            if (!keys.contains(k)) {
                throw new ImportException(files.get(k), "file key '" + k + "' is not part of preset '" + p.name()
                        + "'; its file keys: " + keys);
            }
        }
        List<PresetFile> ordered = new ArrayList<>(p.files());
        ordered.sort(Comparator.comparingInt(f -> f.kind() == DataKind.INTERACTIONS ? 1 : 0));
        List<ImportRequest> requests = new ArrayList<>();
        for (PresetFile f : ordered) {
            Path path = files.get(f.key());
            if (path != null) {
                requests.add(new ImportRequest(dataset, f.kind(), path, null, f.mapping(), policy, f.hints()));
            }
        }
        return runAll(requests, progress);
    }

    /** Row counts of one import. */
    private static final class Counts {
        long read;
        long accepted;
        long rejected;
        long duplicates;
        long placeholders;
    }
}
