package org.recstudio.engine.model;

import java.util.List;

/**
 * Why a model scored an item for a user: a short sentence and the contributions behind it (e.g. the
 * neighbours of item-kNN, the history items of ALS with their share of the score, the matched content terms).
 */
public record Explanation(String summary, List<Contribution> contributions) {

    /** One reason and its contribution to the score; {@code item} is -1 when the reason is not an item. */
    public record Contribution(String reason, int item, double weight) {
    }

    public Explanation {
        contributions = List.copyOf(contributions);
    }
}
