package org.recstudio.engine.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The guesser of a {@link ColumnMapping} from header names (userId, user_id, reviewerID, movieId, asin, rating,
 * overall, unixReviewTime…), or, for a file without a header, from the position and values of its columns.
 */
final class MappingGuesser {

    private static final int MAX_GUESSED_CONTEXT = 8;
    private static final int MAX_CONTEXT_TEXT = 40;

    private MappingGuesser() {
    }

    static ColumnMapping guess(DataKind kind, FileFormat format) {
        List<String> cols = format.columns();
        Role[] roles = new Role[cols.size()];
        boolean generic = !format.header() && !format.jsonLines() && isGenericNames(cols);
        if (generic) {
            positional(kind, format, roles);
        } else {
            byName(kind, format, roles);
        }
        ColumnMapping.Builder b = ColumnMapping.builder();
        List<Integer> leftover = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != null) {
                b.bind(Binding.of(roles[i], cols.get(i)));
            } else if (!isIndexColumn(format, i)) {
                leftover.add(i);
            }
        }
        Role rest = switch (kind) {
            case ITEMS -> Role.ITEM_ATTRIBUTE;
            case USERS -> Role.USER_ATTRIBUTE;
            case INTERACTIONS -> Role.CONTEXT;
        };
        for (int i : leftover) {
            boolean fitsContext = leftover.size() <= MAX_GUESSED_CONTEXT
                    && averageLength(format, i) <= MAX_CONTEXT_TEXT && !personal(cols.get(i));
            if (rest != Role.CONTEXT || fitsContext) {
                b.bind(Binding.of(rest, cols.get(i)));
            }
        }
        if (kind == DataKind.INTERACTIONS && !contains(roles, Role.EVENT)) {
            b.fixedEvent(eventFor(format, roles));
        }
        int cat = indexOf(roles, Role.CATEGORY);
        if (cat >= 0) {
            categoryStyle(format, cat, b);
        }
        return b.build();
    }

    private static boolean isGenericNames(List<String> cols) {
        for (int i = 0; i < cols.size(); i++) {
            if (!cols.get(i).equals("column" + (i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static void byName(DataKind kind, FileFormat format, Role[] roles) {
        List<String> norm = format.columns().stream().map(ColumnNames::normalise).toList();
        boolean items = kind == DataKind.ITEMS;
        boolean interactions = kind == DataKind.INTERACTIONS;
        if (kind != DataKind.ITEMS) {
            claim(format, norm, roles, Role.USER_ID, ColumnNames.USER);
        }
        if (kind != DataKind.USERS) {
            claim(format, norm, roles, Role.ITEM_ID, ColumnNames.ITEM);
        }
        if (items || kind == DataKind.USERS) {
            claim(format, norm, roles, items ? Role.ITEM_ID : Role.USER_ID, List.of("id", "key", "code"));
        }
        if (interactions) {
            claim(format, norm, roles, Role.EVENT, ColumnNames.EVENT);
            claim(format, norm, roles, Role.VALUE, ColumnNames.VALUE);
            claim(format, norm, roles, Role.TIMESTAMP, ColumnNames.TIMESTAMP);
        }
        if (items) {
            claim(format, norm, roles, Role.TITLE, ColumnNames.TITLE);
            claim(format, norm, roles, Role.DESCRIPTION, ColumnNames.DESCRIPTION);
            claim(format, norm, roles, Role.CATEGORY, ColumnNames.CATEGORY);
            claim(format, norm, roles, Role.BRAND, ColumnNames.BRAND);
            claim(format, norm, roles, Role.PRICE, ColumnNames.PRICE);
            claim(format, norm, roles, Role.CREATED_AT, ColumnNames.CREATED);
            claim(format, norm, roles, Role.IN_STOCK, ColumnNames.IN_STOCK);
        }
    }

    /**
     * Gives {@code role} to the unclaimed column whose name comes first in {@code names}, if its preview values
     * fit the role (a "price" column of "low"/"high" is not a PRICE). Ids, values and timestamps are claimed by
     * name alone: their bad values are rejected row by row.
     */
    private static void claim(FileFormat format, List<String> norm, Role[] roles, Role role, List<String> names) {
        int best = -1;
        int rank = Integer.MAX_VALUE;
        for (int i = 0; i < norm.size(); i++) {
            int r = names.indexOf(norm.get(i));
            if (roles[i] == null && r >= 0 && r < rank && fits(format, i, role)) {
                best = i;
                rank = r;
            }
        }
        if (best >= 0) {
            roles[best] = role;
        }
    }

    private static boolean fits(FileFormat format, int col, Role role) {
        List<String> values = format.previewColumn(col).stream().map(String::strip).filter(v -> !v.isEmpty()
                && !ColumnMapping.DEFAULT_NULLS.contains(v)).toList();
        if (values.isEmpty()) {
            return true;
        }
        long ok = switch (role) {
            case PRICE -> values.stream().filter(v -> !Double.isNaN(Prices.parse(v))).count();
            case CREATED_AT -> Timestamps.detect(values) != null ? values.size() : 0;
            default -> values.size();
        };
        return ok >= 0.5 * values.size();
    }

    /** Whether a column name suggests personal data (names, e-mail), which is not guessed into context. */
    private static boolean personal(String column) {
        String n = ColumnNames.normalise(column);
        return n.contains("name") || n.contains("email") || n.contains("phone") || n.contains("address");
    }

    /** Without names: ids first, then numbers as value and epoch times as timestamp. */
    private static void positional(DataKind kind, FileFormat format, Role[] roles) {
        int n = roles.length;
        switch (kind) {
            case USERS -> roles[0] = Role.USER_ID;
            case ITEMS -> {
                roles[0] = Role.ITEM_ID;
                if (n > 1 && !mostlyNumeric(format, 1)) {
                    roles[1] = Role.TITLE;
                }
            }
            case INTERACTIONS -> {
                roles[0] = Role.USER_ID;
                if (n > 1) {
                    roles[1] = Role.ITEM_ID;
                }
                for (int i = 2; i < n; i++) {
                    Timestamps.Kind t = Timestamps.detect(format.previewColumn(i));
                    boolean epochLike = t != null && t != Timestamps.Kind.EPOCH_SECONDS || minValue(format, i) > 1e8;
                    if (t != null && epochLike && !contains(roles, Role.TIMESTAMP)) {
                        roles[i] = Role.TIMESTAMP;
                    } else if (mostlyNumeric(format, i) && !contains(roles, Role.VALUE)) {
                        roles[i] = Role.VALUE;
                    }
                }
            }
        }
    }

    private static String eventFor(FileFormat format, Role[] roles) {
        int v = indexOf(roles, Role.VALUE);
        if (v < 0) {
            return "interaction";
        }
        String name = ColumnNames.normalise(format.columns().get(v));
        return switch (name) {
            case "rating", "ratings", "overall", "stars", "score" -> "rating";
            case "weight", "plays", "playcount", "listencount" -> "play";
            case "click", "clicks", "clicked" -> "click";
            case "quantity", "qty", "amount", "revenue" -> "purchase";
            case "duration", "watchtime" -> "watch";
            default -> maxValue(format, v) <= 10 ? "rating" : "interaction";
        };
    }

    private static void categoryStyle(FileFormat format, int col, ColumnMapping.Builder b) {
        List<String> values = format.previewColumn(col);
        if (values.isEmpty() || format.jsonLines()) {
            b.category(null, CategoryStyle.PATH);
            return;
        }
        for (Map.Entry<String, CategoryStyle> e : List.of(Map.entry(" > ", CategoryStyle.PATH),
                Map.entry(">", CategoryStyle.PATH), Map.entry("|", CategoryStyle.LIST),
                Map.entry(";", CategoryStyle.LIST), Map.entry("/", CategoryStyle.PATH))) {
            long with = values.stream().filter(v -> v.contains(e.getKey())).count();
            if (with >= 0.3 * values.size()) {
                b.category(e.getKey().strip(), e.getValue());
                return;
            }
        }
        b.category(null, CategoryStyle.PATH);
    }

    private static boolean isIndexColumn(FileFormat format, int i) {
        String name = ColumnNames.normalise(format.columns().get(i));
        return (i == 0 && ColumnNames.INDEX.contains(name) && format.header()) && mostlyNumeric(format, i);
    }

    private static boolean mostlyNumeric(FileFormat format, int i) {
        List<String> v = format.previewColumn(i).stream().filter(s -> !s.isBlank()).toList();
        return !v.isEmpty() && v.stream().filter(s -> Numbers.isNumeric(s.strip())).count() >= 0.9 * v.size();
    }

    private static double minValue(FileFormat format, int i) {
        return format.previewColumn(i).stream().mapToDouble(s -> Numbers.parseDouble(s.strip()))
                .filter(d -> !Double.isNaN(d)).min().orElse(Double.NaN);
    }

    private static double maxValue(FileFormat format, int i) {
        return format.previewColumn(i).stream().mapToDouble(s -> Numbers.parseDouble(s.strip()))
                .filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
    }

    private static double averageLength(FileFormat format, int i) {
        return format.previewColumn(i).stream().mapToInt(String::length).average().orElse(0);
    }

    private static boolean contains(Role[] roles, Role r) {
        return indexOf(roles, r) >= 0;
    }

    private static int indexOf(Role[] roles, Role r) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == r) {
                return i;
            }
        }
        return -1;
    }
}
