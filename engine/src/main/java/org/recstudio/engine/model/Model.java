package org.recstudio.engine.model;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * A fitted recommender: immutable, over the dense user and item indexes of the dataset it was fitted on.
 *
 * <p>{@code allowed} decides which items may be returned; callers build it with {@link ItemFilters} (which
 * excludes the user's already-seen items unless asked). Results never hold duplicates, never more than
 * {@code k} items, best first, ties broken by the lower item index.
 */
public interface Model {

    /** What produced this model. */
    ModelProvenance provenance();

    /** Number of items the model scores (the dataset's item count at fit time). */
    int itemCount();

    /** Number of users the model knows (the dataset's user count at fit time). */
    int userCount();

    /**
     * Writes the score of every item for {@code user} into {@code out} (length {@link #itemCount()});
     * items the model cannot score get {@link Float#NEGATIVE_INFINITY}.
     *
     * @throws IllegalArgumentException if {@code user} is outside [0, userCount)
     */
    void scoreAll(int user, float[] out);

    /** The top {@code k} allowed items for {@code user}. */
    default List<ScoredItem> recommend(int user, int k, IntPredicate allowed) {
        float[] scores = new float[itemCount()];
        scoreAll(user, scores);
        return TopK.select(scores, k, allowed);
    }

    /** The {@code k} allowed items most similar to {@code item}, where the model defines similarity. */
    default List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        throw new UnsupportedOperationException(provenance().algorithm() + " does not define item similarity");
    }

    /** Why {@code item} scores as it does for {@code user}, where the model can say. */
    default Optional<Explanation> explain(int user, int item) {
        return Optional.empty();
    }
}
