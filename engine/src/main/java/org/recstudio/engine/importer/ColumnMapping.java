package org.recstudio.engine.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which column of a file plays which {@link Role} in an import, plus how values are read.
 *
 * <p>Several columns may be ITEM_ATTRIBUTE, USER_ATTRIBUTE or CONTEXT (stored as one JSON object of
 * name → value); several USER_ID (or ITEM_ID) columns form a composite id, stored as a stable 64-bit hash
 * {@code h0123…} of their values (e.g. Open Bandit users are their four feature hashes).
 *
 * @param fixedEvent        the event name of every row when there is no EVENT column ("rating", "play", "click")
 * @param eventNames        raw EVENT values → event names (e.g. "1" → "click", "0" → "impression"); values not
 *                          listed are used as they are
 * @param valueTransform    applied to VALUE
 * @param categoryFlags     columns holding 0/1 flags whose set columns' names become the category labels
 *                          (MovieLens {@code u.item}'s 19 genre flags)
 * @param categorySeparator the separator inside CATEGORY values ("|" for MovieLens genres), or null
 * @param categoryStyle     whether separated values (or a JSON list) are a path or a list of labels
 * @param nullValues        cell values that mean "missing" ("", "?", "\N", "NULL"…), compared exactly
 */
public record ColumnMapping(List<Binding> bindings, String fixedEvent, Map<String, String> eventNames,
                           ValueTransform valueTransform, List<String> categoryFlags, String categorySeparator,
                           CategoryStyle categoryStyle, List<String> nullValues) {

    /** The default "missing" markers. ("NA" is not one: it is Namibia's country code.) */
    public static final List<String> DEFAULT_NULLS = List.of("", "?", "\\N", "NULL", "null", "N/A", "n/a", "NaN",
            "nan");

    public ColumnMapping {
        bindings = List.copyOf(bindings);
        eventNames = eventNames == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(eventNames));
        valueTransform = valueTransform == null ? ValueTransform.RAW : valueTransform;
        categoryFlags = categoryFlags == null ? List.of() : List.copyOf(categoryFlags);
        categorySeparator = categorySeparator == null || categorySeparator.isEmpty() ? null : categorySeparator;
        categoryStyle = categoryStyle == null ? CategoryStyle.PATH : categoryStyle;
        nullValues = nullValues == null ? DEFAULT_NULLS : List.copyOf(nullValues);
        fixedEvent = fixedEvent == null || fixedEvent.isBlank() ? null : fixedEvent.strip();
    }

    /** A mapping guessed from the header names (or, without a header, from the preview values). */
    public static ColumnMapping guess(DataKind kind, FileFormat format) {
        return MappingGuesser.guess(kind, format);
    }

    /** A builder for a mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this mapping. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bindings.addAll(bindings);
        b.fixedEvent = fixedEvent;
        b.eventNames = eventNames;
        b.valueTransform = valueTransform;
        b.categoryFlags = categoryFlags;
        b.categorySeparator = categorySeparator;
        b.categoryStyle = categoryStyle;
        b.nullValues = nullValues;
        return b;
    }

    /** The bindings of {@code role}, in order. */
    public List<Binding> bindingsFor(Role role) {
        return bindings.stream().filter(b -> b.role() == role).toList();
    }

    /**
     * What is wrong with this mapping for a {@code kind} import of a file of {@code format}, as messages for people
     * ("column 'rating' named for VALUE is not in the file (columns: a, b, c)"); empty when it is usable.
     */
    public List<String> validate(DataKind kind, FileFormat format) {
        List<String> out = new ArrayList<>();
        Set<Role> allowed = Role.allowedFor(kind);
        Map<Role, List<Binding>> byRole = new EnumMap<>(Role.class);
        for (Binding b : bindings) {
            byRole.computeIfAbsent(b.role(), r -> new ArrayList<>()).add(b);
            if (b.column() != null && format.columnIndex(b.column()) < 0) {
                out.add("column '" + b.column() + "' named for " + b.role() + " is not in the file (columns: "
                        + columnList(format) + ")");
            } else if (b.column() == null && b.index() >= format.columns().size()) {
                out.add("column " + b.describe() + " bound to " + b.role() + " is not in the file, which has "
                        + format.columns().size() + " column(s): " + columnList(format));
            }
            if (!allowed.contains(b.role())) {
                out.add(b.role() + " (column " + b.describe() + ") does not apply to " + article(kind)
                        + " import; roles there: " + allowed);
            }
        }
        byRole.forEach((role, list) -> {
            if (list.size() > 1 && !role.repeatable()) {
                out.add(role + " is bound to " + list.size() + " columns (" + String.join(", ",
                        list.stream().map(Binding::describe).toList()) + "); bind only one");
            }
        });
        for (Role r : Role.requiredFor(kind)) {
            if (!byRole.containsKey(r)) {
                out.add("no column is bound to " + r + ", which " + article(kind) + " import needs (columns: "
                        + columnList(format) + ")");
            }
        }
        if (kind == DataKind.INTERACTIONS) {
            boolean eventColumn = byRole.containsKey(Role.EVENT);
            if (!eventColumn && fixedEvent == null) {
                out.add("no EVENT column and no fixed event name: bind an EVENT column or set a fixed event such as "
                        + "'rating', 'view' or 'play'");
            } else if (eventColumn && fixedEvent != null) {
                out.add("both an EVENT column and the fixed event '" + fixedEvent + "' are set; keep one");
            }
        }
        if (!categoryFlags.isEmpty() && kind != DataKind.ITEMS) {
            out.add("category flag columns apply to items imports only, not " + kind.key());
        }
        for (String flag : categoryFlags) {
            if (format.columnIndex(flag) < 0) {
                out.add("category flag column '" + flag + "' is not in the file (columns: " + columnList(format)
                        + ")");
            }
        }
        return out;
    }

    /** "an items", "a users", "an interactions". */
    static String article(DataKind kind) {
        return (kind == DataKind.USERS ? "a " : "an ") + kind.key();
    }

    static String columnList(FileFormat format) {
        List<String> cols = format.columns();
        String shown = String.join(", ", cols.subList(0, Math.min(30, cols.size())));
        return cols.size() > 30 ? shown + ", … " + (cols.size() - 30) + " more" : shown;
    }

    /** A mutable builder of a {@link ColumnMapping}; not thread-safe. */
    public static final class Builder {
        private final List<Binding> bindings = new ArrayList<>();
        private String fixedEvent;
        private Map<String, String> eventNames;
        private ValueTransform valueTransform;
        private List<String> categoryFlags;
        private String categorySeparator;
        private CategoryStyle categoryStyle;
        private List<String> nullValues;

        private Builder() {
        }

        /** Binds the column called {@code column} to {@code role}. */
        public Builder bind(Role role, String column) {
            return bind(Binding.of(role, column));
        }

        /** Binds the column at 0-based {@code index} to {@code role}. */
        public Builder bind(Role role, int index) {
            return bind(Binding.at(role, index));
        }

        /** Binds each of {@code columns} to {@code role} (attributes, context, composite ids). */
        public Builder bindAll(Role role, String... columns) {
            for (String c : columns) {
                bind(Binding.of(role, c));
            }
            return this;
        }

        public Builder bind(Binding binding) {
            bindings.add(Objects.requireNonNull(binding, "binding"));
            return this;
        }

        /** Removes every binding of {@code role}. */
        public Builder unbind(Role role) {
            bindings.removeIf(b -> b.role() == role);
            return this;
        }

        /** Removes every binding of the column called {@code column}. */
        public Builder unbind(String column) {
            bindings.removeIf(b -> column.equals(b.column()));
            return this;
        }

        public Builder fixedEvent(String name) {
            this.fixedEvent = name;
            return this;
        }

        public Builder eventNames(Map<String, String> names) {
            this.eventNames = names;
            return this;
        }

        public Builder valueTransform(ValueTransform t) {
            this.valueTransform = t;
            return this;
        }

        public Builder categoryFlags(List<String> columns) {
            this.categoryFlags = columns;
            return this;
        }

        /** How CATEGORY values are split ({@code separator}, null for none) and stored ({@code style}). */
        public Builder category(String separator, CategoryStyle style) {
            this.categorySeparator = separator;
            this.categoryStyle = style;
            return this;
        }

        public Builder nullValues(List<String> values) {
            this.nullValues = values;
            return this;
        }

        public ColumnMapping build() {
            return new ColumnMapping(bindings, fixedEvent, eventNames, valueTransform, categoryFlags,
                    categorySeparator, categoryStyle, nullValues);
        }
    }
}
