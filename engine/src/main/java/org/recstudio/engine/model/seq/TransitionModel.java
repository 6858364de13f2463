package org.recstudio.engine.model.seq;

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

/**
 * A fitted first-order transition model: for each item, the smoothed probability of each next item, and for
 * each user their last distinct items with recency weights.
 *
 * <p>{@code P(j | i) = (T_ij + β · pop_j) / (out_i + β)}, with {@code T_ij} the times {@code j} directly followed
 * {@code i} in a session, {@code out_i = Σ_j T_ij} and {@code pop_j} item {@code j}'s share of all interactions.
 * A user's score for {@code j} is {@code Σ_r decay^r · P(j | i_r)} over their last distinct items
 * {@code i_0, i_1, …} (most recent first). Fallback: a user with no history gets {@code pop_j}.
 */
public final class TransitionModel implements Model {

    private final ModelProvenance provenance;
    private final Contexts contexts;
    private final int[] ptr;
    private final int[] next;
    private final float[] probability;
    private final float[] rest;
    private final float[] popularity;

    TransitionModel(ModelProvenance provenance, Contexts contexts, int[] ptr, int[] next, float[] probability,
                    float[] rest, float[] popularity) {
        int n = popularity.length;
        if (ptr.length != n + 1 || next.length != ptr[n] || probability.length != next.length || rest.length != n) {
            throw new IllegalArgumentException("inconsistent transition model: " + n + " items, " + ptr.length
                    + " row pointers, " + next.length + " transitions, " + rest.length + " smoothing weights");
        }
        for (int j : next) {
            if (j < 0 || j >= n) {
                throw new IllegalArgumentException("next item " + j + " is outside [0, " + n + ")");
            }
        }
        this.provenance = provenance;
        this.contexts = contexts;
        this.ptr = ptr;
        this.next = next;
        this.probability = probability;
        this.rest = rest;
        this.popularity = popularity;
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return popularity.length;
    }

    @Override public int userCount() {
        return contexts.users();
    }

    @Override public void scoreAll(int user, float[] out) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireScores(this, out);
        if (contexts.start(user) == contexts.end(user)) {
            System.arraycopy(popularity, 0, out, 0, out.length);
            return;
        }
        double[] acc = new double[out.length];
        double smoothing = 0;
        for (int c = contexts.start(user); c < contexts.end(user); c++) {
            int i = contexts.item()[c];
            double w = contexts.weight()[c];
            smoothing += w * rest[i];
            for (int a = ptr[i]; a < ptr[i + 1]; a++) {
                acc[next[a]] += w * probability[a];
            }
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = (float) (acc[j] + smoothing * popularity[j]);
        }
    }

    /** The {@code k} allowed items that most often directly followed {@code item}, by transition probability. */
    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        ModelChecks.requireItem(this, item);
        ModelChecks.requireK(k);
        float[] scores = new float[itemCount()];
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int a = ptr[item]; a < ptr[item + 1]; a++) {
            scores[next[a]] = probability[a];
        }
        return TopK.select(scores, k, allowed);
    }

    /** The user's recent items with their contributions {@code decay^r · P(item | i_r)}. */
    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        if (contexts.start(user) == contexts.end(user)) {
            return Optional.of(new Explanation("Popular item (no history yet)", List.of(
                    new Explanation.Contribution("share of all interactions", -1, popularity[item]))));
        }
        List<Explanation.Contribution> parts = new ArrayList<>();
        double smoothing = 0;
        for (int c = contexts.start(user); c < contexts.end(user); c++) {
            int i = contexts.item()[c];
            float w = contexts.weight()[c];
            smoothing += w * rest[i];
            for (int a = ptr[i]; a < ptr[i + 1]; a++) {
                if (next[a] == item) {
                    parts.add(new Explanation.Contribution(String.format(java.util.Locale.ROOT,
                            "often follows a recent item (P = %.3f, recency weight %.3f)", probability[a], w), i,
                            w * probability[a]));
                }
            }
        }
        parts.sort(Comparator.comparingDouble((Explanation.Contribution c) -> -c.weight())
                .thenComparingInt(Explanation.Contribution::item));
        if (smoothing > 0) {
            parts.add(new Explanation.Contribution("popularity smoothing", -1, smoothing * popularity[item]));
        }
        long direct = parts.stream().filter(p -> p.item() >= 0).count();
        return Optional.of(new Explanation(direct == 0 ? "Never followed the recent items (popularity only)"
                : "Followed " + direct + " of the user's recent items", parts));
    }

    Contexts contexts() {
        return contexts;
    }

    int[] ptr() {
        return ptr;
    }

    int[] next() {
        return next;
    }

    float[] probability() {
        return probability;
    }

    float[] rest() {
        return rest;
    }

    float[] popularity() {
        return popularity;
    }
}
