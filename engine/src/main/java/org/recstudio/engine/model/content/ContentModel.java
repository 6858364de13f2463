package org.recstudio.engine.model.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Explanation.Contribution;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.TopK;

/**
 * A content-based recommender (Lops, de Gemmis &amp; Semeraro 2011): items are compared by the cosine of their
 * content vectors ({@link ItemFeaturizer}), and a user is scored by the cosine between each item and the user's
 * profile, the recency-weighted sum {@code p = Σ w_h x_h} of the vectors of the items in their history
 * ({@link UserProfiles}) — the Rocchio-style profile of Pazzani &amp; Billsus 2007.
 *
 * <p>Because it needs no interactions on the item side, it scores and returns cold items (no interactions at
 * all) as soon as they have metadata. Behaviour at the edges:
 * <ul>
 *   <li>a user with no history (or whose history has no content) gets {@link Float#NEGATIVE_INFINITY} for every
 *       item: the content model cannot score them ({@code hybrid} sends such users to popularity);</li>
 *   <li>an item with no content features scores {@link Float#NEGATIVE_INFINITY} and is never similar to
 *       anything; items that share no feature with the profile score 0;</li>
 *   <li>{@link #similarItems} returns only items that share at least one feature, never the item itself.</li>
 * </ul>
 * Scores are cosines in [0, 1]. Immutable and thread-safe.
 */
public final class ContentModel implements Model {

    private static final int MAGIC = 0x52534354; // "RSCT"
    private static final int FORMAT = 1;
    private static final int EXPLAIN_FEATURES = 8;
    private static final int EXPLAIN_ITEMS = 3;
    /** Contributions best first; ties by reason, then item, so explanations are deterministic. */
    private static final Comparator<Contribution> BY_WEIGHT = Comparator.comparingDouble(Contribution::weight)
            .reversed().thenComparing(Contribution::reason).thenComparingInt(Contribution::item);

    private final ModelProvenance provenance;
    private final ItemVectors vectors;
    private final UserProfiles profiles;

    ContentModel(ModelProvenance provenance, ItemVectors vectors, UserProfiles profiles) {
        this.provenance = provenance;
        this.vectors = vectors;
        this.profiles = profiles;
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return vectors.itemCount();
    }

    @Override public int userCount() {
        return profiles.userCount();
    }

    /** Number of content features (terms, category levels, brands, price buckets, attributes). */
    public int featureCount() {
        return vectors.featureCount();
    }

    /** Whether {@code item} has any content feature (and so can be scored). */
    public boolean hasContent(int item) {
        checkItem(item);
        return vectors.hasContent(item);
    }

    /** Whether {@code user} has a history with content, i.e. gets finite scores from {@link #scoreAll}. */
    public boolean hasProfile(int user) {
        checkUser(user);
        for (int k = profiles.start(user); k < profiles.end(user); k++) {
            if (vectors.hasContent(profiles.item(k))) {
                return true;
            }
        }
        return false;
    }

    /** The cosine similarity of the content of items {@code a} and {@code b}, 0 when either has no content. */
    public double similarity(int a, int b) {
        checkItem(a);
        checkItem(b);
        return vectors.dot(a, b);
    }

    @Override public void scoreAll(int user, float[] out) {
        checkUser(user);
        ModelChecks.requireScores(this, out);
        double[] profile = profile(user);
        double norm = norm(profile);
        if (norm == 0) {
            Arrays.fill(out, Float.NEGATIVE_INFINITY);
            return;
        }
        double[] acc = new double[itemCount()];
        for (int f = 0; f < profile.length; f++) {
            if (profile[f] != 0) {
                vectors.accumulateFeature(f, profile[f] / norm, acc);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors.hasContent(i) ? (float) acc[i] : Float.NEGATIVE_INFINITY;
        }
    }

    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        checkItem(item);
        ModelChecks.requireK(k);
        double[] acc = new double[itemCount()];
        vectors.accumulateItem(item, 1.0, acc);
        float[] scores = new float[itemCount()];
        for (int j = 0; j < scores.length; j++) {
            scores[j] = j != item && acc[j] > 0 ? (float) acc[j] : Float.NEGATIVE_INFINITY;
        }
        return TopK.select(scores, k, allowed);
    }

    /**
     * Why {@code item} scores as it does for {@code user}: the shared features with their share of the cosine
     * (item -1; they add up to the score) followed by the history items that contribute most (their share of the
     * same score). Empty when the user has no profile or the item no content.
     */
    @Override public Optional<Explanation> explain(int user, int item) {
        checkUser(user);
        checkItem(item);
        double[] profile = profile(user);
        double norm = norm(profile);
        if (norm == 0 || !vectors.hasContent(item)) {
            return Optional.empty();
        }
        List<Contribution> features = featureContributions(profile, 1.0 / norm, item);
        List<Contribution> history = new ArrayList<>();
        for (int k = profiles.start(user); k < profiles.end(user); k++) {
            int h = profiles.item(k);
            double c = profiles.weight(k) * vectors.dot(h, item) / norm;
            if (c > 0) {
                history.add(new Contribution("similar to history item", h, c));
            }
        }
        history.sort(BY_WEIGHT);
        double score = features.stream().mapToDouble(Contribution::weight).sum();
        if (features.isEmpty()) {
            return Optional.of(new Explanation("Content: nothing in common with the user's history (score 0)",
                    List.of()));
        }
        List<Contribution> all = new ArrayList<>(features.subList(0, Math.min(EXPLAIN_FEATURES, features.size())));
        all.addAll(history.subList(0, Math.min(EXPLAIN_ITEMS, history.size())));
        return Optional.of(new Explanation(String.format(Locale.ROOT, "Content similarity %.2f to the user's "
                + "history: %s", score, summary(features)), all));
    }

    /** Why {@code other} is similar to {@code item}: the shared features and their share of the cosine. */
    public Explanation explainSimilarity(int item, int other) {
        checkItem(item);
        checkItem(other);
        double[] query = new double[featureCount()];
        vectors.addTo(item, 1.0, query);
        List<Contribution> features = featureContributions(query, 1.0, other);
        if (features.isEmpty()) {
            return new Explanation("No content in common", List.of());
        }
        return new Explanation(String.format(Locale.ROOT, "Content similarity %.2f: %s", vectors.dot(item, other),
                summary(features)), features.subList(0, Math.min(EXPLAIN_FEATURES, features.size())));
    }

    /**
     * The positive {@code scale · query_f · x_item,f}, best first. The shared levels of a category path are one
     * contribution named by the deepest level, and the shared price buckets one named by the item's own bucket.
     */
    private List<Contribution> featureContributions(double[] query, double scale, int item) {
        List<Contribution> out = new ArrayList<>();
        double[] merged = new double[FeatureKind.values().length];
        int[] mergedLabel = new int[merged.length];
        Arrays.fill(mergedLabel, -1);
        float[] mergedValue = new float[merged.length];
        for (int k = vectors.start(item); k < vectors.end(item); k++) {
            int f = vectors.feature(k);
            double c = scale * query[f] * vectors.value(k);
            if (c <= 0) {
                continue;
            }
            FeatureKind kind = vectors.kind(f);
            if (kind == FeatureKind.CATEGORY || kind == FeatureKind.PRICE) {
                int at = kind.ordinal();
                merged[at] += c;
                boolean better = kind == FeatureKind.CATEGORY
                        ? mergedLabel[at] < 0 || vectors.label(f).length() > vectors.label(mergedLabel[at]).length()
                        : vectors.value(k) > mergedValue[at];
                if (better) {
                    mergedLabel[at] = f;
                    mergedValue[at] = vectors.value(k);
                }
            } else {
                out.add(new Contribution(kind.reason(vectors.label(f)), -1, c));
            }
        }
        for (int at = 0; at < merged.length; at++) {
            if (mergedLabel[at] >= 0) {
                out.add(new Contribution(vectors.kind(mergedLabel[at]).reason(vectors.label(mergedLabel[at])), -1,
                        merged[at]));
            }
        }
        out.sort(BY_WEIGHT);
        return out;
    }

    /** The three strongest reasons, plus the strongest term when none of those is a term. */
    private static String summary(List<Contribution> features) {
        List<String> reasons = new ArrayList<>(features.stream().limit(3).map(Contribution::reason).toList());
        if (reasons.stream().noneMatch(r -> r.startsWith("term "))) {
            features.stream().map(Contribution::reason).filter(r -> r.startsWith("term ")).findFirst()
                    .ifPresent(reasons::add);
        }
        return String.join(", ", reasons);
    }

    /** The dense profile vector {@code Σ w_h x_h} of {@code user}. */
    private double[] profile(int user) {
        double[] p = new double[featureCount()];
        for (int k = profiles.start(user); k < profiles.end(user); k++) {
            vectors.addTo(profiles.item(k), profiles.weight(k), p);
        }
        return p;
    }

    private static double norm(double[] v) {
        double sq = 0;
        for (double x : v) {
            sq += x * x;
        }
        return Math.sqrt(sq);
    }

    private void checkUser(int user) {
        ModelChecks.requireUser(this, user);
    }

    private void checkItem(int item) {
        ModelChecks.requireItem(this, item);
    }

    /** Writes the model (not its provenance, which the store keeps) in a versioned binary format. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(itemCount());
        out.writeInt(userCount());
        vectors.write(out);
        profiles.write(out);
    }

    /** Reads a model written by {@link #write}. */
    public static ContentModel read(DataInput in, ModelProvenance provenance) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException(String.format("not a content model: magic %08x, expected %08x", magic, MAGIC));
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("content model format " + format + " is not supported (this build reads "
                    + FORMAT + ")");
        }
        int items = ModelIO.readCount(in, Integer.MAX_VALUE, "content model item count");
        int users = ModelIO.readCount(in, Integer.MAX_VALUE, "content model user count");
        ItemVectors vectors = ItemVectors.read(in, items);
        UserProfiles profiles = UserProfiles.read(in, users, items);
        return new ContentModel(provenance, vectors, profiles);
    }
}
