package org.recstudio.app.studio.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.engine.importer.Binding;
import org.recstudio.engine.importer.ColumnMapping;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.FileFormat;
import org.recstudio.engine.importer.FormatHints;
import org.recstudio.engine.importer.PresetFile;
import org.recstudio.engine.importer.Role;
import org.recstudio.engine.importer.ValueTransform;

/**
 * One file of an import in the wizard: what it holds, the user's format overrides, the detected format with
 * its preview, and the column mapping being edited, re-validated on every change.
 */
public final class ImportFile {

    private final Path path;
    private final long size;
    private final ObjectProperty<DataKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<PresetFile> presetFile = new SimpleObjectProperty<>(this, "presetFile");
    private final ObjectProperty<Charset> charset = new SimpleObjectProperty<>(this, "charset");
    private final StringProperty delimiter = new SimpleStringProperty(this, "delimiter");
    private final ObjectProperty<Boolean> header = new SimpleObjectProperty<>(this, "header");
    private final ReadOnlyObjectWrapper<FileFormat> format = new ReadOnlyObjectWrapper<>(this, "format");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final StringProperty fixedEvent = new SimpleStringProperty(this, "fixedEvent", "");
    private final ObjectProperty<ValueTransform> valueTransform =
            new SimpleObjectProperty<>(this, "valueTransform", ValueTransform.RAW);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private ColumnMapping base = ColumnMapping.builder().build();
    private DataKind detectedFor;
    private FormatHints detectedWith;

    ImportFile(Path path, long size, DataKind kind) {
        this.path = Objects.requireNonNull(path, "path");
        this.size = size;
        this.kind.set(Objects.requireNonNull(kind, "kind"));
        fixedEvent.addListener((obs, old, now) -> revalidate());
        this.kind.addListener((obs, old, now) -> revalidate());
    }

    public Path path() {
        return path;
    }

    /** The file name, e.g. "ratings.csv". */
    public String name() {
        return path.getFileName().toString();
    }

    /** Bytes on disk. */
    public long size() {
        return size;
    }

    /** What the file holds. */
    public ObjectProperty<DataKind> kindProperty() {
        return kind;
    }

    public DataKind kind() {
        return kind.get();
    }

    /** The preset's description of this file, or null when it is imported without a preset. */
    public ObjectProperty<PresetFile> presetFileProperty() {
        return presetFile;
    }

    /** The encoding chosen by the user, or null to use the detected one. */
    public ObjectProperty<Charset> charsetProperty() {
        return charset;
    }

    /** The delimiter chosen by the user, or null (or "") to use the detected one. */
    public StringProperty delimiterProperty() {
        return delimiter;
    }

    /** Whether the first row is a header, as chosen by the user; null to use the detection. */
    public ObjectProperty<Boolean> headerProperty() {
        return header;
    }

    /** The detected format with the user's overrides, and its preview; null until read. */
    public ReadOnlyObjectProperty<FileFormat> formatProperty() {
        return format.getReadOnlyProperty();
    }

    public FileFormat format() {
        return format.get();
    }

    /** The columns with their roles; edit a row's role to change the mapping. */
    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    /** The event name of every row when no column is bound to EVENT (interactions only). */
    public StringProperty fixedEventProperty() {
        return fixedEvent;
    }

    /** How the VALUE column is transformed (interactions only). */
    public ObjectProperty<ValueTransform> valueTransformProperty() {
        return valueTransform;
    }

    /** What is wrong with the mapping now, for people; empty when the file can be imported. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The format hints: the preset's, with the user's overrides on top. */
    public FormatHints hints() {
        PresetFile p = presetFile.get();
        FormatHints h = p == null ? FormatHints.NONE : p.hints();
        if (charset.get() != null) {
            h = h.withCharset(charset.get());
        }
        if (delimiter.get() != null && !delimiter.get().isEmpty()) {
            h = h.withDelimiter(delimiter.get());
        }
        if (header.get() != null) {
            h = h.withHeader(header.get());
        }
        return h;
    }

    /** Whether the format must be read (again): never read, or the kind or the hints changed since. */
    boolean needsDetection() {
        return format.get() == null || detectedFor != kind.get() || !hints().equals(detectedWith);
    }

    /** Shows the detected {@code f} and starts the mapping from {@code start} (a preset's, or a guess). */
    void apply(FileFormat f, ColumnMapping start, FormatHints usedHints) {
        detectedFor = kind.get();
        detectedWith = usedHints;
        base = start;
        List<ColumnRow> rows = new ArrayList<>();
        List<String> names = f.columns();
        for (int i = 0; i < names.size(); i++) {
            Binding b = bindingOf(start, f, i);
            ColumnRow row = new ColumnRow(i, names.get(i), f.previewColumn(i),
                    b == null ? RoleChoice.IGNORE : new RoleChoice(b.role()), b == null ? null : b.name());
            row.roleProperty().addListener((obs, old, now) -> revalidate());
            rows.add(row);
        }
        format.set(f);
        fixedEvent.set(start.fixedEvent() == null ? "" : start.fixedEvent());
        valueTransform.set(start.valueTransform());
        columns.setAll(rows);
        revalidate();
    }

    private static Binding bindingOf(ColumnMapping m, FileFormat f, int i) {
        for (Binding b : m.bindings()) {
            int at = b.column() != null ? f.columnIndex(b.column()) : b.index();
            if (at == i) {
                return b;
            }
        }
        return null;
    }

    /** The mapping the user has set up: the start mapping's settings with the roles of the rows. */
    public ColumnMapping mapping() {
        ColumnMapping.Builder b = base.toBuilder();
        for (Role r : Role.values()) {
            b.unbind(r);
        }
        boolean eventColumn = false;
        FileFormat f = format.get();
        for (ColumnRow row : columns) {
            Role role = row.roleProperty().get().role();
            if (role == null) {
                continue;
            }
            boolean unique = f == null || f.columns().indexOf(row.name()) == f.columns().lastIndexOf(row.name());
            Binding binding = unique ? Binding.of(role, row.name()) : Binding.at(role, row.index());
            b.bind(row.key() == null ? binding : binding.as(row.key()));
            eventColumn |= role == Role.EVENT;
        }
        String fixed = fixedEvent.get() == null ? "" : fixedEvent.get().strip();
        b.fixedEvent(kind.get() == DataKind.INTERACTIONS && !eventColumn && !fixed.isEmpty() ? fixed : null);
        b.valueTransform(valueTransform.get());
        return b.build();
    }

    /** Whether a column is bound to EVENT (then the fixed event does not apply). */
    public boolean hasEventColumn() {
        return columns.stream().anyMatch(r -> r.roleProperty().get().role() == Role.EVENT);
    }

    void revalidate() {
        FileFormat f = format.get();
        if (f == null) {
            problems.clear();
            return;
        }
        problems.setAll(mapping().validate(kind.get(), f));
    }
}
