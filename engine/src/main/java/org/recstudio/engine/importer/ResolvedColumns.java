package org.recstudio.engine.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link ColumnMapping} resolved against one file's columns: the 0-based index of each role's column(s). */
final class ResolvedColumns {

    final List<String> names;
    final int[] user;
    final int[] item;
    final int event;
    final int value;
    final int time;
    final int title;
    final int description;
    final int category;
    final int brand;
    final int price;
    final int created;
    final int inStock;
    final Group attributes;
    final Group userAttributes;
    final Group context;
    final Group flags;

    /** Several columns stored together under names (attributes, context, category flags). */
    record Group(int[] columns, String[] names) {
        int size() {
            return columns.length;
        }
    }

    ResolvedColumns(DataKind kind, FileFormat format, ColumnMapping m) {
        this.names = format.columns();
        this.user = all(format, m, Role.USER_ID);
        this.item = all(format, m, Role.ITEM_ID);
        this.event = one(format, m, Role.EVENT);
        this.value = one(format, m, Role.VALUE);
        this.time = one(format, m, Role.TIMESTAMP);
        this.title = one(format, m, Role.TITLE);
        this.description = one(format, m, Role.DESCRIPTION);
        this.category = one(format, m, Role.CATEGORY);
        this.brand = one(format, m, Role.BRAND);
        this.price = one(format, m, Role.PRICE);
        this.created = one(format, m, Role.CREATED_AT);
        this.inStock = one(format, m, Role.IN_STOCK);
        this.attributes = group(format, m, kind == DataKind.ITEMS ? Role.ITEM_ATTRIBUTE : Role.USER_ATTRIBUTE);
        this.userAttributes = group(format, m, Role.USER_ATTRIBUTE);
        this.context = group(format, m, Role.CONTEXT);
        List<Integer> flagCols = new ArrayList<>();
        for (String f : m.categoryFlags()) {
            flagCols.add(format.columnIndex(f));
        }
        this.flags = new Group(flagCols.stream().mapToInt(Integer::intValue).toArray(),
                flagCols.stream().map(names::get).toArray(String[]::new));
    }

    /** The column name of index {@code col}, or null for -1. */
    String name(int col) {
        return col < 0 ? null : names.get(col);
    }

    /** The column name of a (possibly composite) id, "a+b" for several. */
    String name(int[] cols) {
        return cols.length == 0 ? null : String.join("+", Arrays.stream(cols).mapToObj(names::get).toList());
    }

    private static int index(FileFormat format, Binding b) {
        return b.column() != null ? format.columnIndex(b.column()) : b.index();
    }

    private static int one(FileFormat format, ColumnMapping m, Role role) {
        List<Binding> bs = m.bindingsFor(role);
        return bs.isEmpty() ? -1 : index(format, bs.getFirst());
    }

    private static int[] all(FileFormat format, ColumnMapping m, Role role) {
        return m.bindingsFor(role).stream().mapToInt(b -> index(format, b)).toArray();
    }

    private static Group group(FileFormat format, ColumnMapping m, Role role) {
        List<Binding> bs = m.bindingsFor(role);
        int[] cols = new int[bs.size()];
        String[] keys = new String[bs.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = index(format, bs.get(i));
            keys[i] = bs.get(i).name() != null ? bs.get(i).name() : format.columns().get(cols[i]);
        }
        return new Group(cols, keys);
    }
}
