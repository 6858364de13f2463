package org.recstudio.engine.model.hybrid;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Explanation.Contribution;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.model.content.ContentModel;
import org.recstudio.engine.model.hybrid.HybridParams.ColdUserStrategy;

/**
 * A switching hybrid (Burke 2002): each item is scored for each user by one component chosen from the training
 * interaction counts — see {@link HybridModel#switching}.
 *
 * <p>Scores: a cold user gets the chosen component's scores normalised over all items. A warm user gets the
 * collaborative scores normalised over the warm items and the content scores normalised over the cold items,
 * so the two branches share one scale; an item its branch cannot score gets {@link Float#NEGATIVE_INFINITY}.
 * Under {@link ColdUserStrategy#CONTENT}, a cold user whom content cannot score (no history with content) gets
 * popularity. {@link #similarItems} uses content for cold items and the collaborative model otherwise (content
 * when the collaborative model defines no item similarity).
 */
final class SwitchingHybrid implements HybridModel {

    static final int MAGIC = 0x52534859; // "RSHY"
    static final int FORMAT = 1;
    static final int KIND = 1;

    private final ModelProvenance provenance;
    private final Model collaborative;
    private final Model content;
    private final Model popularity;
    private final Thresholds rule;
    private final int[] itemInteractions;
    private final int[] userInteractions;

    private SwitchingHybrid(ModelProvenance provenance, Model collaborative, Model content, Model popularity,
                            Thresholds rule, int[] itemInteractions, int[] userInteractions) {
        Components.requireCompatible(List.of(collaborative, content, popularity), userInteractions.length,
                itemInteractions.length);
        this.provenance = provenance;
        this.collaborative = collaborative;
        this.content = content;
        this.popularity = popularity;
        this.rule = rule;
        this.itemInteractions = itemInteractions;
        this.userInteractions = userInteractions;
    }

    static SwitchingHybrid of(ModelProvenance provenance, Model collaborative, Model content, Model popularity,
                              Thresholds rule, Dataset data) {
        return new SwitchingHybrid(provenance, collaborative, content, popularity, rule,
                rowLengths(data.byItem()), rowLengths(data.byUser()));
    }

    private static int[] rowLengths(CsrMatrix m) {
        int[] n = new int[m.rows()];
        for (int r = 0; r < n.length; r++) {
            n[r] = m.rowLength(r);
        }
        return n;
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return itemInteractions.length;
    }

    @Override public int userCount() {
        return userInteractions.length;
    }

    @Override public List<Model> components() {
        return List.of(collaborative, content, popularity);
    }

    /** The switching rule. */
    Thresholds rule() {
        return rule;
    }

    @Override public void scoreAll(int user, float[] out) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireScores(this, out);
        float[] result;
        if (isColdUser(user)) {
            float[] raw = rule.coldUsers() == ColdUserStrategy.CONTENT ? Components.scores(content, user) : null;
            if (raw == null || !Components.anyFinite(raw)) {
                raw = Components.scores(popularity, user);
            }
            result = rule.normalization().apply(raw, null);
        } else {
            boolean[] warm = new boolean[itemCount()];
            boolean[] cold = new boolean[itemCount()];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = !isColdItem(i);
                cold[i] = !warm[i];
            }
            result = rule.normalization().apply(Components.scores(collaborative, user), warm);
            float[] coldScores = rule.normalization().apply(Components.scores(content, user), cold);
            for (int i = 0; i < result.length; i++) {
                if (cold[i]) {
                    result[i] = coldScores[i];
                }
            }
        }
        System.arraycopy(result, 0, out, 0, out.length);
    }

    @Override public Branch branch(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        if (isColdUser(user)) {
            return rule.coldUsers() == ColdUserStrategy.CONTENT && contentScores(user)
                    ? Branch.CONTENT : Branch.POPULARITY;
        }
        return isColdItem(item) ? Branch.CONTENT : Branch.COLLABORATIVE;
    }

    @Override public List<ScoredItem> similarItems(int item, int k, IntPredicate allowed) {
        ModelChecks.requireItem(this, item);
        if (isColdItem(item)) {
            return content.similarItems(item, k, allowed);
        }
        try {
            return collaborative.similarItems(item, k, allowed);
        } catch (UnsupportedOperationException e) {
            // the Model contract's way of saying "no item similarity": content serves instead, as documented
            return content.similarItems(item, k, allowed);
        }
    }

    /** Names the branch and why it was taken, then the component's own explanation. */
    @Override public Optional<Explanation> explain(int user, int item) {
        Branch branch = branch(user, item);
        Model component = switch (branch) {
            case COLLABORATIVE -> collaborative;
            case CONTENT -> content;
            default -> popularity;
        };
        String why = switch (branch) {
            case COLLABORATIVE -> String.format(Locale.ROOT, "the item has %d training interactions (cold below "
                    + "%d) and the user %d (cold below %d)", itemInteractions[item], rule.coldItem(),
                    userInteractions[user], rule.coldUser());
            case CONTENT -> isColdUser(user)
                    ? String.format(Locale.ROOT, "the user has %d training interactions, fewer than the cold-user "
                    + "threshold %d", userInteractions[user], rule.coldUser())
                    : String.format(Locale.ROOT, "the item has %d training interactions, fewer than the cold-item "
                    + "threshold %d", itemInteractions[item], rule.coldItem());
            default -> String.format(Locale.ROOT, "the user has %d training interactions, fewer than the cold-user "
                    + "threshold %d%s", userInteractions[user], rule.coldUser(),
                    rule.coldUsers() == ColdUserStrategy.CONTENT ? ", and no history content can use" : "");
        };
        String head = "Scored by " + component.provenance().algorithm() + " (" + branch.name().toLowerCase(Locale.ROOT)
                + " branch) because " + why;
        Optional<Explanation> inner = component.explain(user, item);
        List<Contribution> contributions = new ArrayList<>();
        float[] scores = new float[itemCount()];
        scoreAll(user, scores);
        contributions.add(new Contribution("branch: " + branch.name().toLowerCase(Locale.ROOT) + " (normalised "
                + "score)", -1, scores[item]));
        inner.ifPresent(e -> contributions.addAll(e.contributions()));
        return Optional.of(new Explanation(inner.map(e -> head + ". " + e.summary()).orElse(head), contributions));
    }

    private boolean isColdUser(int user) {
        return userInteractions[user] < rule.coldUser();
    }

    private boolean isColdItem(int item) {
        return itemInteractions[item] < rule.coldItem();
    }

    private boolean contentScores(int user) {
        return content instanceof ContentModel cm ? cm.hasProfile(user)
                : Components.anyFinite(Components.scores(content, user));
    }

    @Override public void write(DataOutput out, Function<String, ModelCodec> codecs) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeByte(KIND);
        out.writeInt(rule.coldItem());
        out.writeInt(rule.coldUser());
        out.writeByte(rule.coldUsers().ordinal());
        out.writeByte(rule.normalization().ordinal());
        ModelIO.writeInts(out, itemInteractions);
        ModelIO.writeInts(out, userInteractions);
        for (Model m : components()) {
            ComponentIO.write(m, out, codecs);
        }
    }

    static SwitchingHybrid readBody(DataInput in, ModelProvenance provenance, Function<String, ModelCodec> codecs)
            throws IOException {
        int coldItem = in.readInt();
        int coldUser = in.readInt();
        ColdUserStrategy strategy = enumAt(ColdUserStrategy.values(), in.readUnsignedByte(), "cold-user strategy");
        ScoreNormalization norm = enumAt(ScoreNormalization.values(), in.readUnsignedByte(), "normalization");
        Thresholds rule;
        try {
            rule = new Thresholds(coldItem, coldUser, strategy, norm);
        } catch (IllegalArgumentException e) {
            throw new IOException("hybrid thresholds are invalid: " + e.getMessage() + ": the file is damaged", e);
        }
        int[] items = ModelIO.readInts(in, Integer.MAX_VALUE);
        int[] users = ModelIO.readInts(in, Integer.MAX_VALUE);
        Model collaborative = ComponentIO.read(in, codecs);
        Model content = ComponentIO.read(in, codecs);
        Model popularity = ComponentIO.read(in, codecs);
        try {
            return new SwitchingHybrid(provenance, collaborative, content, popularity, rule, items, users);
        } catch (IllegalArgumentException e) {
            throw new IOException("hybrid components do not fit together: " + e.getMessage(), e);
        }
    }

    static <E extends Enum<E>> E enumAt(E[] values, int ordinal, String what) throws IOException {
        if (ordinal >= values.length) {
            throw new IOException("hybrid " + what + " " + ordinal + " is unknown: the file is damaged");
        }
        return values[ordinal];
    }
}
