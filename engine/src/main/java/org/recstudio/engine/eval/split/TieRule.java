package org.recstudio.engine.eval.split;

/**
 * How a temporal splitter orders interactions that share a timestamp when it picks the held-out ones.
 *
 * <p>MovieLens users rate many items in the same second, so "the last interaction" is often not defined by time
 * alone (Woolridge et al. 2021, "Sequence or Pseudo-Sequence?"). Each rule is a documented choice; every result
 * states the one it used.
 */
public enum TieRule {
    /**
     * Ties ordered by external item id ascending (numeric ids compared as numbers), the convention of common
     * harnesses: comparable with them, but a sequence model can learn the id order within a second.
     */
    ITEM_ID("item-id"),
    /** Ties ordered by a seeded random permutation per user: no id order to learn, reproducible under the seed. */
    RANDOM("random"),
    /** The whole last-timestamp group is held out as a multi-item test set: nothing tied is split across train/test. */
    LAST_GROUP("last-group");

    private final String label;

    TieRule(String label) {
        this.label = label;
    }

    /** The CLI/JSON spelling, e.g. {@code item-id}. */
    public String label() {
        return label;
    }

    /** The rule spelled {@code text} ({@code item-id|random|last-group}, case and '_' / '-' insensitive). */
    public static TieRule parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (TieRule r : values()) {
            if (r.label.equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown tie rule '" + text + "': use item-id, random or last-group");
    }
}
