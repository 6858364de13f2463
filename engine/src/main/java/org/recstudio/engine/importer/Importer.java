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
 * The importer of catalogs, users and interaction logs from files into a workspace dataset, with one atomic
 * {@link DatasetWriter} transaction per file: an import either completes, or (on error, cancel or a killed
 * process) leaves the workspace exactly as it was.
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
        long start = System.nanoTime();
        Path file = r.file();
        FileFormat format = r.format() != null ? r.format() : FormatSniffer.sniff(file, r.hints());
        ColumnMapping mapping = r.mapping() != null ? r.mapping() : ColumnMapping.guess(r.kind(), format);
        checkMapping(r.kind(), file, format, mapping);
        progress.checkCancelled();
        String fingerprint = Fingerprint.of(file, r.kind(), format, mapping, r.unknownItems(), progress);
        Counts counts = new Counts();
        Notes notes = new Notes();
        Path reportFile = null;
        List<RejectedRow> sample = List.of();
        boolean already;
        try (DatasetWriter writer = DatasetWriter.begin(workspace, r.dataset(), r.kind().key(),
                file.toAbsolutePath().toString(), fingerprint)) {
            already = writer.alreadyImported(r.kind().key(), fingerprint);
            if (!already) {
                try (RejectLog rejects = new RejectLog(workspace.reports(), file, r.dataset(), r.kind(), clock);
                     RowReader reader = RowReader.open(file, format)) {
                    RowHandler handler = handler(r, format, mapping, writer, rejects, notes);
                    readAll(file, reader, handler, rejects, counts, progress);
                    counts.placeholders = handler.placeholders();
                    rejects.flush();
                    writer.commit(counts.accepted, counts.rejected, rejects.path() == null ? null
                            : rejects.path().toString(), summary(r, format, counts, notes.render()));
                    reportFile = rejects.keep();
                    sample = List.copyOf(rejects.sample());
                }
            }
        } catch (IOException e) {
            throw new ImportException(file, 0, null, "cannot be read: " + e.getMessage(), e);
        }
        if (already) {
            return report(r, counts, true, List.of(), null, start, List.of("this file was imported before with the "
                    + "same format and mapping; nothing changed"));
        }
        return report(r, counts, false, sample, reportFile, start, notes.render());
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
     * "interactions", …) to paths; items and users go first, so interactions can refer to them. Each file is its
     * own atomic import; a failure stops the run, keeping the files already imported.
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
        List<ImportReport> out = new ArrayList<>();
        for (PresetFile f : ordered) {
            Path path = files.get(f.key());
            if (path != null) {
                out.add(run(new ImportRequest(dataset, f.kind(), path, null, f.mapping(), policy, f.hints()),
                        progress));
            }
        }
        return out;
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
