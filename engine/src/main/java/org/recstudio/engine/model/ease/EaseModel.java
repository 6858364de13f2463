package org.recstudio.engine.model.ease;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.TopK;
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
        int n = out.length;
        Arrays.fill(out, 0f);
        for (int k = x.start(user); k < x.end(user); k++) {
            int row = x.col(k) * n;
            float v = x.value(k);
            for (int j = 0; j < n; j++) {
                out[j] += v * b[row + j];
            }
        }
    }

    /** The {@code k} allowed items that {@code item} raises most: the largest weights of its row of {@code B}. */
    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        ModelChecks.requireItem(this, item);
        ModelChecks.requireK(k);
        int n = itemCount();
        float[] row = Arrays.copyOfRange(b, item * n, item * n + n);
        row[item] = Float.NEGATIVE_INFINITY;
        return TopK.select(row, k, allowed);
    }

    /** The weight {@code B_ij}: how much item {@code i} in a history raises item {@code j}. */
    public float weight(int i, int j) {
        ModelChecks.requireItem(this, i);
        ModelChecks.requireItem(this, j);
        return b[i * itemCount() + j];
    }

    /** The history items with their contributions {@code x_ui · B_ij} to the score of {@code item}. */
    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        if (x.rowLength(user) == 0) {
            return Optional.of(new Explanation("Popular item (no history yet)", List.of(
                    new Explanation.Contribution("users who interacted with it", -1, popularity[item]))));
        }
        List<Explanation.Contribution> parts = new ArrayList<>();
        for (int k = x.start(user); k < x.end(user); k++) {
            float w = x.value(k) * b[x.col(k) * itemCount() + item];
            if (w != 0) {
                parts.add(new Explanation.Contribution("history item weight", x.col(k), w));
            }
        }
        parts.sort(Comparator.comparingDouble((Explanation.Contribution c) -> -Math.abs(c.weight()))
                .thenComparingInt(Explanation.Contribution::item));
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
