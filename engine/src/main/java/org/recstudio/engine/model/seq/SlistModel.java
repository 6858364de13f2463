package org.recstudio.engine.model.seq;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.DenseItemWeights;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ScoredItem;

/**
 * A fitted SLIST model: dense item-item weights {@code B} and each user's current-session input (the distinct
 * items of the last {@code window} positions of their last session, weighted {@code exp(-d / δ)} by distance
 * {@code d} from its end). Scores are {@code input · B}; fallback: a user with no history gets items by their
 * share of all interactions.
 */
public final class SlistModel implements Model {

    private final ModelProvenance provenance;
    private final Contexts contexts;
    private final float[] b;
    private final DenseItemWeights weights;
    /** The current-session inputs as {@link DenseItemWeights} entries (indexes into {@code contexts}). */
    private final DenseItemWeights.Entries session;
    private final float[] popularity;

    SlistModel(ModelProvenance provenance, Contexts contexts, float[] b, float[] popularity) {
        int n = popularity.length;
        if (b.length != (long) n * n) {
            throw new IllegalArgumentException("inconsistent SLIST model: " + n + " items but " + b.length
                    + " weights");
        }
        this.provenance = provenance;
        this.contexts = contexts;
        this.b = b;
        this.weights = new DenseItemWeights(b, n);
        this.session = new DenseItemWeights.Entries() {
            @Override public int item(int e) {
                return contexts.item()[e];
            }

            @Override public float weight(int e) {
                return contexts.weight()[e];
            }
        };
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
        weights.score(session, contexts.start(user), contexts.end(user), out);
    }

    /** The {@code k} allowed items that {@code item} in a session raises most (its row of {@code B}). */
    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        ModelChecks.requireItem(this, item);
        ModelChecks.requireK(k);
        return weights.similarItems(item, k, allowed);
    }

    /** The weight {@code B_ij}. */
    public float weight(int i, int j) {
        ModelChecks.requireItem(this, i);
        ModelChecks.requireItem(this, j);
        return weights.weight(i, j);
    }

    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        if (contexts.start(user) == contexts.end(user)) {
            return Optional.of(new Explanation("Popular item (no history yet)", List.of(
                    new Explanation.Contribution("share of all interactions", -1, popularity[item]))));
        }
        List<Explanation.Contribution> parts =
                weights.contributions(session, contexts.start(user), contexts.end(user), item,
                        c -> String.format(java.util.Locale.ROOT, "recent item (position weight %.3f)",
                        contexts.weight()[c]));
        return Optional.of(new Explanation("Session weights from " + parts.size() + " recent item"
                + (parts.size() == 1 ? "" : "s"), parts));
    }

    Contexts contexts() {
        return contexts;
    }

    float[] weights() {
        return b;
    }

    float[] popularity() {
        return popularity;
    }
}
