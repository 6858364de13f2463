package org.recstudio.app.studio.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.store.ItemRecord;

/**
 * What the Inspect screen shows, computed from a loaded model and its dataset: a user's history, the model's
 * top-k for the user (never an item of the history) with explanations, and an item's similar items.
 */
final class Recommendations {

    /** The history list stops after this many interactions (newest first). */
    static final int MAX_HISTORY = 1000;
    /** Items named in a one-line explanation. */
    private static final int NAMED = 2;

    private Recommendations() {
    }

    /** The users of {@code d}, most active first. */
    static List<UserChoice> users(Dataset d) {
        CsrMatrix m = d.byUser();
        List<UserChoice> out = new ArrayList<>(d.userCount());
        for (int u = 0; u < d.userCount(); u++) {
            out.add(new UserChoice(d.users().id(u), m.rowLength(u)));
        }
        out.sort(Comparator.comparingInt(UserChoice::interactions).reversed().thenComparing(UserChoice::id));
        return out;
    }

    /** The items of {@code d}, most interacted first. */
    static List<ItemChoice> items(Dataset d) {
        CsrMatrix m = d.byItem();
        List<ItemChoice> out = new ArrayList<>(d.itemCount());
        for (int i = 0; i < d.itemCount(); i++) {
            out.add(new ItemChoice(d.items().id(i), title(d, i), category(d, i), m.rowLength(i)));
        }
        out.sort(Comparator.comparingInt(ItemChoice::interactions).reversed().thenComparing(ItemChoice::id));
        return out;
    }

    /** The interactions of user {@code userId} in {@code d}, newest first (at most {@link #MAX_HISTORY}). */
    static List<HistoryRow> history(Dataset d, String userId) {
        int u = d.users().indexOf(userId);
        if (u < 0) {
            return List.of();
        }
        CsrMatrix m = d.byUser();
        List<HistoryRow> out = new ArrayList<>();
        for (int k = m.end(u) - 1; k >= m.start(u) && out.size() < MAX_HISTORY; k--) {
            int i = m.col(k);
            float v = m.value(k);
            out.add(new HistoryRow(Formats.time(m.time(k)), d.items().id(i), title(d, i),
                    d.eventType(m.event(k)).name(), Float.isNaN(v) ? "" : Formats.decimal(v, 3)));
        }
        return out;
    }

    /** The top {@code k} of model {@code lm} for {@code userId}, leaving out the user's history. */
    static SideResult forUser(LoadedModel lm, String userId, int k) {
        Dataset d = lm.data();
        Model m = lm.model();
        int u = d.users().indexOf(userId);
        if (u < 0) {
            return SideResult.note("User " + userId + " is not in dataset " + d.name() + " of model " + lm.name()
                    + ".");
        }
        if (u >= m.userCount()) {
            return SideResult.note("User " + userId + " joined " + d.name() + " after model " + lm.name()
                    + " was trained; train it again to include them.");
        }
        IntPredicate known = i -> i < m.itemCount();
        List<ScoredItem> top = m.recommend(u, k, known.and(ItemFilters.unseen(d.byUser(), u)));
        List<RecommendationRow> rows = new ArrayList<>(top.size());
        int rank = 1;
        for (ScoredItem s : top) {
            Optional<Explanation> e = m.explain(u, s.item());
            rows.add(new RecommendationRow(rank++, d.items().id(s.item()), title(d, s.item()),
                    category(d, s.item()), s.score(), why(e, d), details(e, d)));
        }
        List<String> notes = new ArrayList<>();
        if (d.byUser().rowLength(u) == 0) {
            notes.add("User " + userId + " has no history: this is the model's fallback ranking.");
        }
        staleNote(lm).ifPresent(notes::add);
        return new SideResult(rows, String.join(" ", notes));
    }

    /** The {@code k} items model {@code lm} finds most similar to {@code itemId}, or why it cannot say. */
    static SideResult similarTo(LoadedModel lm, String itemId, int k) {
        Dataset d = lm.data();
        Model m = lm.model();
        int item = d.items().indexOf(itemId);
        if (item < 0) {
            return SideResult.note("Item " + itemId + " is not in dataset " + d.name() + " of model " + lm.name()
                    + ".");
        }
        if (item >= m.itemCount()) {
            return SideResult.note("Item " + itemId + " was added to " + d.name() + " after model " + lm.name()
                    + " was trained.");
        }
        List<ScoredItem> similar;
        try {
            similar = m.similarItems(item, k, i -> i != item && i < m.itemCount());
        } catch (UnsupportedOperationException e) {
            return SideResult.note("Model " + lm.name() + " does not define item similarity ("
                    + lm.info().algorithm() + " ranks items for users but does not compare items).");
        }
        List<RecommendationRow> rows = new ArrayList<>(similar.size());
        int rank = 1;
        for (ScoredItem s : similar) {
            rows.add(new RecommendationRow(rank++, d.items().id(s.item()), title(d, s.item()), category(d, s.item()),
                    s.score(), "", ""));
        }
        String note = rows.isEmpty() ? "Model " + lm.name() + " finds no item similar to " + itemId
                + " (it has no neighbours)." : "";
        return new SideResult(rows, staleNote(lm).map(s -> note.isEmpty() ? s : note + " " + s).orElse(note));
    }

    private static Optional<String> staleNote(LoadedModel lm) {
        return lm.stale() ? Optional.of("Model " + lm.name() + " was trained on version " + lm.info().datasetVersion()
                + " of " + lm.data().name() + ", which is now version " + lm.data().info().version() + ".")
                : Optional.empty();
    }

    /**
     * A one-line explanation: the first history items behind the score ("Alpine Jacket, Trail Boots and 3 more"),
     * else the model's summary ("Popular overall").
     */
    static String why(Optional<Explanation> e, Dataset d) {
        if (e.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        int items = 0;
        for (Explanation.Contribution c : e.get().contributions()) {
            if (c.item() >= 0 && c.item() < d.itemCount()) {
                items++;
                if (named.size() < NAMED) {
                    named.add(label(d, c.item()));
                }
            }
        }
        if (named.isEmpty()) {
            return e.get().summary();
        }
        return String.join(", ", named) + (items > named.size() ? " and " + (items - named.size()) + " more" : "");
    }

    /** The explanation's summary, then one line per contribution with its weight. */
    static String details(Optional<Explanation> e, Dataset d) {
        if (e.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(e.get().summary());
        for (Explanation.Contribution c : e.get().contributions()) {
            sb.append("\n\u2022 ");
            if (c.item() >= 0 && c.item() < d.itemCount()) {
                sb.append(label(d, c.item())).append(" (").append(d.items().id(c.item())).append(")");
                if (!c.reason().isBlank()) {
                    sb.append(" \u2014 ").append(c.reason());
                }
            } else {
                sb.append(c.reason());
            }
            sb.append(": ").append(String.format(Locale.ROOT, "%.4g", c.weight()));
        }
        return sb.toString();
    }

    private static String label(Dataset d, int item) {
        String t = title(d, item);
        return t.isEmpty() ? d.items().id(item) : t;
    }

    static String title(Dataset d, int item) {
        if (!d.hasMetadata()) {
            return "";
        }
        ItemRecord r = d.item(item);
        return r.title() == null ? "" : r.title();
    }

    static String category(Dataset d, int item) {
        if (!d.hasMetadata()) {
            return "";
        }
        ItemRecord r = d.item(item);
        return r.category() == null ? "" : r.category();
    }
}
