package org.recstudio.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.ItemRecord;

/**
 * The row handler of catalog (items) files. Only a missing id (or an unreadable row) rejects a row; a field that cannot
 * be read (a price that is not a price, an HTML fragment as title, a date out of range) is left empty and
 * counted in the report's notes. Later rows with an id already seen in this file are counted as duplicates.
 */
final class ItemRows extends RowHandler {

    /** The longest description stored; longer ones are clipped (and counted). */
    static final int MAX_DESCRIPTION = 1_000_000;
    /** 1800-01-01: the earliest creation date accepted. */
    private static final long MIN_CREATED = -5_364_662_400_000L;

    private final ColumnMapping mapping;
    private final BitSet seen = new BitSet();
    private final long maxTime;
    private final Object[] attrValues;
    private final String[] attrNames;
    private Timestamps.Kind createdKind;

    ItemRows(Setup s, ColumnMapping mapping, Clock clock) {
        super(s);
        this.mapping = mapping;
        this.maxTime = clock.millis() + Duration.ofDays(1).toMillis();
        int n = cols.attributes.size();
        this.attrNames = Arrays.copyOf(cols.attributes.names(), n + 2);
        this.attrValues = new Object[n + 2];
        attrNames[n] = "raw_title";
        attrNames[n + 1] = "genres";
        this.createdKind = cols.created >= 0 ? Timestamps.detect(format.previewColumn(cols.created)) : null;
    }

    @Override Outcome handleValid(Row row) {
        String id = cells.id(row, cols.item);
        if (id == null) {
            return reject(row, cols.name(cols.item), "the item id is empty");
        }
        Outcome longId = tooLong(row, cols.name(cols.item), id, DatasetWriter.MAX_ID_LENGTH, "item id");
        if (longId != null) {
            return longId;
        }
        int existing = writer.itemIndex(id);
        if (existing >= 0 && seen.get(existing)) {
            return Outcome.DUPLICATE;
        }
        int n = cols.attributes.size();
        for (int i = 0; i < n; i++) {
            int c = cols.attributes.columns()[i];
            JsonNode node = row.node(c);
            attrValues[i] = node != null && node.isContainerNode() ? node : cells.text(row, c);
        }
        attrValues[n] = null;
        attrValues[n + 1] = null;
        String title = cells.text(row, cols.title);
        if (looksLikeHtml(title)) {
            notes.add("titles were HTML fragments, not titles: left empty, the raw text kept as attribute "
                    + "'raw_title'", row.line(), title);
            attrValues[n] = title;
            title = null;
        }
        List<String> labels = categoryLabels(row);
        String category = category(labels);
        String brand = cells.text(row, cols.brand);
        Outcome tooLong = tooLong(row, cols.name(cols.title), title, DatasetWriter.MAX_TEXT_LENGTH, "title");
        if (tooLong == null) {
            tooLong = tooLong(row, cols.name(cols.category), category, DatasetWriter.MAX_TEXT_LENGTH, "category");
        }
        if (tooLong == null) {
            tooLong = tooLong(row, cols.name(cols.brand), brand, DatasetWriter.MAX_BRAND_LENGTH, "brand");
        }
        if (tooLong != null) {
            return tooLong;
        }
        ItemRecord r = new ItemRecord(id, title, description(row), category, brand,
                price(row), created(row), inStock(row), JsonText.object(attrNames, attrValues, n + 2), false);
        seen.set(writer.putItem(r));
        return Outcome.ACCEPTED;
    }

    private String description(Row row) {
        if (cols.description < 0) {
            return null;
        }
        JsonNode node = row.node(cols.description);
        String d;
        if (node != null && node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(p -> {
                String s = p.asText().strip();
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            });
            d = parts.isEmpty() ? null : String.join("\n", parts);
        } else {
            d = cells.text(row, cols.description);
        }
        if (d != null && d.length() > MAX_DESCRIPTION) {
            notes.add("descriptions were longer than " + MAX_DESCRIPTION + " characters and were clipped", row.line(),
                    null);
            d = d.substring(0, MAX_DESCRIPTION);
        }
        return d;
    }

    private List<String> categoryLabels(Row row) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < cols.flags.size(); i++) {
            String v = cells.text(row, cols.flags.columns()[i]);
            if ("1".equals(v) || "true".equalsIgnoreCase(v)) {
                labels.add(cols.flags.names()[i]);
            }
        }
        if (cols.category < 0) {
            return labels;
        }
        JsonNode node = row.node(cols.category);
        if (node != null && node.isArray()) {
            node.forEach(p -> addLabel(labels, p.asText()));
            return labels;
        }
        String text = cells.text(row, cols.category);
        if (text == null) {
            return labels;
        }
        String sep = mapping.categorySeparator();
        if (sep == null) {
            addLabel(labels, text);
        } else {
            for (int from = 0; from <= text.length(); ) {
                int to = text.indexOf(sep, from);
                to = to < 0 ? text.length() : to;
                addLabel(labels, text.substring(from, to));
                from = to + sep.length();
            }
        }
        return labels;
    }

    private void addLabel(List<String> labels, String raw) {
        String s = unescape(raw.strip());
        if (!s.isEmpty() && !cells.isNull(s)) {
            labels.add(s);
        }
    }

    private String category(List<String> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        int n = cols.attributes.size();
        if (mapping.categoryStyle() == CategoryStyle.LIST) {
            if (labels.size() > 1) {
                attrValues[n + 1] = JsonText.array(labels);
            }
            return String.join(" | ", labels);
        }
        List<String> path = new ArrayList<>();
        for (String l : labels) {
            if (path.isEmpty() || !path.getLast().equals(l)) {
                path.add(l);
            }
        }
        return String.join(" > ", path);
    }

    private Double price(Row row) {
        String p = cells.text(row, cols.price);
        if (p == null) {
            return null;
        }
        double v = Prices.parse(p);
        if (Double.isNaN(v)) {
            notes.add("values of column '" + cols.name(cols.price) + "' were not prices and were left empty",
                    row.line(), p);
            return null;
        }
        return v;
    }

    private Long created(Row row) {
        String t = cells.text(row, cols.created);
        if (t == null) {
            return null;
        }
        if (createdKind == null) {
            createdKind = Timestamps.detect(List.of(t));
        }
        long ms = createdKind == null ? Timestamps.INVALID : Timestamps.parse(createdKind, t);
        if (ms == Timestamps.INVALID || ms < MIN_CREATED || ms > maxTime) {
            notes.add("values of column '" + cols.name(cols.created) + "' were not dates between 1800 and tomorrow "
                    + "and were left empty", row.line(), t);
            return null;
        }
        return ms;
    }

    private Boolean inStock(Row row) {
        String s = cells.text(row, cols.inStock);
        if (s == null) {
            return null;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "yes", "y", "in stock", "instock", "available" -> {
                return true;
            }
            case "false", "f", "0", "no", "n", "out of stock", "outofstock", "unavailable", "sold out" -> {
                return false;
            }
            default -> {
                notes.add("values of column '" + cols.name(cols.inStock) + "' were not true/false and were left empty",
                        row.line(), s);
                return null;
            }
        }
    }

    /** Whether a title is really markup, like Amazon Magazine's {@code <span class="a-size-medium …"}. */
    static boolean looksLikeHtml(String title) {
        return title != null && title.length() > 1 && title.charAt(0) == '<'
                && (Character.isLetter(title.charAt(1)) || title.charAt(1) == '/');
    }

    /** Decodes the few HTML entities found in scraped categories ({@code &amp;} and friends). */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&nbsp;", " ");
    }
}
