package org.recstudio.engine.model.itemknn;

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
 * A fitted item-kNN model: the users' interaction values and each item's top-N neighbours.
 *
 * <p>Scores are {@code Σ_{i in history} x_ui · sim(i, j)}; items no history item has as a neighbour score 0.
 * Fallback: a user with no history gets items by popularity (number of users who used them).
 * {@link #similarItems} returns an item's kept neighbours only.
 */
public final class ItemKnnModel implements Model {

    private final ModelProvenance provenance;
    private final UserItemMatrix x;
    private final int[] ptr;
    private final int[] neighbour;
    private final float[] similarity;
    private final float[] popularity;

    ItemKnnModel(ModelProvenance provenance, UserItemMatrix x, int[] ptr, int[] neighbour, float[] similarity,
                 float[] popularity) {
        if (ptr.length != x.cols() + 1 || neighbour.length != ptr[x.cols()] || similarity.length != neighbour.length
                || popularity.length != x.cols()) {
            throw new IllegalArgumentException("inconsistent item-kNN model: " + x.cols() + " items, "
                    + ptr.length + " row pointers, " + neighbour.length + " neighbours, " + popularity.length
                    + " popularity scores");
        }
        for (int nb : neighbour) {
            if (nb < 0 || nb >= x.cols()) {
                throw new IllegalArgumentException("neighbour " + nb + " is outside [0, " + x.cols() + ")");
            }
        }
        this.provenance = provenance;
        this.x = x;
        this.ptr = ptr;
        this.neighbour = neighbour;
        this.similarity = similarity;
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
        double[] acc = new double[out.length];
        for (int k = x.start(user); k < x.end(user); k++) {
            int i = x.col(k);
            double v = x.value(k);
            for (int a = ptr[i]; a < ptr[i + 1]; a++) {
                acc[neighbour[a]] += v * similarity[a];
            }
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = (float) acc[j];
        }
    }

    /** The {@code k} allowed items among {@code item}'s neighbours, by similarity. */
    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        ModelChecks.requireItem(this, item);
        ModelChecks.requireK(k);
        float[] scores = new float[itemCount()];
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int a = ptr[item]; a < ptr[item + 1]; a++) {
            scores[neighbour[a]] = similarity[a];
        }
        return TopK.select(scores, k, allowed);
    }

    /** The similarity of {@code j} as a neighbour of {@code i}, 0 when it is not one of {@code i}'s top-N. */
    public float similarity(int i, int j) {
        ModelChecks.requireItem(this, i);
        ModelChecks.requireItem(this, j);
        for (int a = ptr[i]; a < ptr[i + 1]; a++) {
            if (neighbour[a] == j) {
                return similarity[a];
            }
        }
        return 0;
    }

    /** The history items that have {@code item} as a neighbour, by contribution {@code x_ui · sim(i, item)}. */
    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        if (x.rowLength(user) == 0) {
            return Optional.of(new Explanation("Popular item (no history yet)", List.of(
                    new Explanation.Contribution("users who interacted with it", -1, popularity[item]))));
        }
        List<Explanation.Contribution> parts = new ArrayList<>();
        for (int k = x.start(user); k < x.end(user); k++) {
            int i = x.col(k);
            for (int a = ptr[i]; a < ptr[i + 1]; a++) {
                if (neighbour[a] == item) {
                    parts.add(new Explanation.Contribution(String.format(java.util.Locale.ROOT,
                            "similar to a history item (similarity %.3f × strength %.3g)", similarity[a], x.value(k)),
                            i, x.value(k) * similarity[a]));
                }
            }
        }
        parts.sort(Comparator.comparingDouble((Explanation.Contribution c) -> -c.weight())
                .thenComparingInt(Explanation.Contribution::item));
        String summary = parts.isEmpty() ? "Not a neighbour of any item in the history"
                : "Similar to " + parts.size() + " item" + (parts.size() == 1 ? "" : "s") + " in the history";
        return Optional.of(new Explanation(summary, parts));
    }

    UserItemMatrix interactions() {
        return x;
    }

    int[] ptr() {
        return ptr;
    }

    int[] neighbours() {
        return neighbour;
    }

    float[] similarities() {
        return similarity;
    }

    float[] popularity() {
        return popularity;
    }
}
