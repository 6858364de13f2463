package org.recstudio.engine.model.ease;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.DenseItemWeights;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.UserItemMatrix;

/**
 * A fitted EASE model: the dense item-item weights {@code B} (row {@code i}: how item {@code i} in a history
 * raises every item) and the users' interaction values. Scores are {@code x_u · B}; fallback: a user with no
 * history gets items by popularity (number of users).
 */
public final class EaseModel implements Model {

    private final ModelProvenance provenance;
    private final UserItemMatrix x;
    private final float[] b;
    private final DenseItemWeights weights;
    /** A user's interaction values as {@link DenseItemWeights} entries (indexes into {@code x}). */
    private final DenseItemWeights.Entries history;
    private final float[] popularity;

    EaseModel(ModelProvenance provenance, UserItemMatrix x, float[] b, float[] popularity) {
        int n = x.cols();
        if (b.length != (long) n * n || popularity.length != n) {
            throw new IllegalArgumentException("inconsistent EASE model: " + n + " items, " + b.length
                    + " weights, " + popularity.length + " popularity scores");
        }
        this.provenance = provenance;
        this.x = x;
        this.b = b;
        this.weights = new DenseItemWeights(b, n);
        this.history = new DenseItemWeights.Entries() {
            @Override public int item(int e) {
                return x.col(e);
            }

            @Override public float weight(int e) {
                return x.value(e);
            }
        };
        this.popularity = popularity;
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return x.cols();
    }

    @Override public int userCount() {
        return x.rows();
    }

    @Override public void scoreAll(int user, float[] out) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireScores(this, out);
        if (x.rowLength(user) == 0) {
            System.arraycopy(popularity, 0, out, 0, out.length);
            return;
        }
        weights.score(history, x.start(user), x.end(user), out);
    }

    /** The {@code k} allowed items that {@code item} raises most: the largest weights of its row of {@code B}. */
    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        ModelChecks.requireItem(this, item);
        ModelChecks.requireK(k);
        return weights.similarItems(item, k, allowed);
    }

    /** The weight {@code B_ij}: how much item {@code i} in a history raises item {@code j}. */
    public float weight(int i, int j) {
        ModelChecks.requireItem(this, i);
        ModelChecks.requireItem(this, j);
        return weights.weight(i, j);
    }

    /** The history items with their contributions {@code x_ui · B_ij} to the score of {@code item}. */
    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        if (x.rowLength(user) == 0) {
            return Optional.of(new Explanation("Popular item (no history yet)", List.of(
                    new Explanation.Contribution("users who interacted with it", -1, popularity[item]))));
        }
        List<Explanation.Contribution> parts =
                weights.contributions(history, x.start(user), x.end(user), item,
                        e -> "history item weight");
        return Optional.of(new Explanation("Linear weights from " + parts.size() + " history item"
                + (parts.size() == 1 ? "" : "s"), parts));
    }

    UserItemMatrix interactions() {
        return x;
    }

    float[] weights() {
        return b;
    }

    float[] popularity() {
        return popularity;
    }
}
