package org.recstudio.engine.model.hybrid;

import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.hybrid.HybridParams.ColdUserStrategy;

/**
 * The rule of a switching hybrid: which interaction counts make an item or a user cold, what scores cold users,
 * and how branch scores are put on one scale.
 *
 * @param coldItem      items with fewer training interactions than this are scored by content
 * @param coldUser      users with fewer training interactions than this are scored by {@code coldUsers}
 * @param coldUsers     popularity, or content (falling back to popularity when the user has no content history)
 * @param normalization the per-user normalisation of each branch's scores
 */
public record Thresholds(
        @Doc("Items with fewer training interactions than this are scored by content; >= 0") int coldItem,
        @Doc("Users with fewer training interactions than this are cold; >= 0") int coldUser,
        @Doc("POPULARITY or CONTENT for cold users") ColdUserStrategy coldUsers,
        @Doc("MIN_MAX or Z_SCORE") ScoreNormalization normalization) implements Params {

    public Thresholds {
        if (coldItem < 0 || coldUser < 0) {
            throw new IllegalArgumentException("thresholds must be >= 0, got coldItem " + coldItem + ", coldUser "
                    + coldUser);
        }
        if (coldUsers == null || normalization == null) {
            throw new IllegalArgumentException("coldUsers and normalization must be set, got " + coldUsers + ", "
                    + normalization);
        }
    }

    /** The defaults of {@link HybridParams#defaults()}: 5 interactions per item, 3 per user, popularity, min-max. */
    public static Thresholds defaults() {
        return of(HybridParams.defaults());
    }

    /** The switching rule of {@code params}. */
    public static Thresholds of(HybridParams params) {
        return new Thresholds(params.coldItemThreshold(), params.coldUserThreshold(), params.coldUsers(),
                params.normalization());
    }
}
