package org.recstudio.engine.model.als;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.BlockExecutor;
import org.recstudio.engine.retrieval.ExactIndex;
import org.recstudio.engine.retrieval.ExactTopK;
import org.recstudio.engine.retrieval.PanelMatrix;
import org.recstudio.engine.retrieval.Similarity;
import org.recstudio.engine.retrieval.VectorMath;

/**
 * A fitted implicit ALS model ({@link AlsAlgorithm}): user and item factors whose dot product is the score,
 * item–item cosine similarity of the item factors, per-history-item explanations and fold-in of new users.
 *
 * <p>Immutable. It keeps the users' training histories (as signed confidences) for {@link #explain}, the item Gram
 * matrix {@code YᵀY} (derived, not stored) for {@link #foldIn}, the item factors in panel layout for
 * {@link #recommend}, and builds a normalised copy for {@link #similarItems} on its first call (derived caches,
 * never visible in results).
 */
public final class AlsModel implements Model {

    private final ModelProvenance provenance;
    private final AlsParams params;
    private final int k;
    private final float[] users;
    private final float[] items;
    private final ImplicitMatrix history;
    private final double[] loss;
    private final double[] gram;
    private final PanelMatrix itemPanels;
    /** The cosine index of {@link #similarItems}, built on first use (a normalised copy of the item factors). */
    private ExactIndex cosine;

    AlsModel(ModelProvenance provenance, AlsParams params, int k, float[] users, float[] items,
             ImplicitMatrix history, double[] loss) {
        if (users.length != history.rows * k || items.length != history.cols * k) {
            throw new IllegalArgumentException("factor shapes " + users.length + "/" + items.length + " do not match "
                    + history.rows + " users × " + history.cols + " items × " + k + " factors");
        }
        this.provenance = provenance;
        this.params = params;
        this.k = k;
        this.users = users;
        this.items = items;
        this.history = history;
        this.loss = loss;
        try (BlockExecutor one = new BlockExecutor(1)) {
            this.gram = Gram.of(items, history.cols, k, one, Progress.NONE);
        }
        this.itemPanels = PanelMatrix.of(items, k);
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    /** The params the model was fitted with. */
    public AlsParams params() {
        return params;
    }

    @Override public int itemCount() {
        return history.cols;
    }

    @Override public int userCount() {
        return history.rows;
    }

    /** The number of latent factors. */
    public int factors() {
        return k;
    }

    /** The normalised training loss after each sweep (a copy). */
    public double[] trainingLoss() {
        return loss.clone();
    }

    /** A copy of the factor of {@code user}. */
    public float[] userFactor(int user) {
        checkUser(user);
        float[] f = new float[k];
        System.arraycopy(users, user * k, f, 0, k);
        return f;
    }

    /** A copy of the factor of {@code item}. */
    public float[] itemFactor(int item) {
        checkItem(item);
        float[] f = new float[k];
        System.arraycopy(items, item * k, f, 0, k);
        return f;
    }

    /** A copy of all item factors, row-major {@code itemCount × factors} (e.g. to build a vector index). */
    public float[] itemFactors() {
        return items.clone();
    }

    /** A copy of all user factors, row-major {@code userCount × factors}. */
    public float[] userFactors() {
        return users.clone();
    }

    @Override public void scoreAll(int user, float[] out) {
        checkUser(user);
        if (out.length != itemCount()) {
            throw new IllegalArgumentException("out has length " + out.length + ", expected " + itemCount());
        }
        float[] q = userFactor(user);
        itemPanels.scoreAll(q, out);
    }

    @Override public List<ScoredItem> recommend(int user, int n, IntPredicate allowed) {
        return recommendFor(userFactor(user), n, allowed);
    }

    /** The top {@code n} allowed items for a user factor, e.g. one from {@link #foldIn}. */
    public List<ScoredItem> recommendFor(float[] userFactor, int n, IntPredicate allowed) {
        if (userFactor.length != k) {
            throw new IllegalArgumentException("user factor has " + userFactor.length + " values, model has " + k);
        }
        return new ExactTopK.Searcher(itemPanels, n).search(userFactor, 0, allowed).drainItems();
    }

    /** The {@code n} allowed items with the highest cosine between item factors, never {@code item} itself. */
    @Override public List<ScoredItem> similarItems(int item, int n, IntPredicate allowed) {
        checkItem(item);
        return cosineIndex().search(itemFactor(item), n, j -> j != item && allowed.test(j));
    }

    private synchronized ExactIndex cosineIndex() {
        if (cosine == null) {
            cosine = new ExactIndex(items, k, Similarity.COSINE);
        }
        return cosine;
    }

    /**
     * A factor for a user given their interactions, without retraining: the exact least-squares answer against
     * the fixed item factors, with the same aggregation and confidence as training (duplicates summed, zero sums
     * dropped). For a training user's own history it reproduces the trained factor of a CHOLESKY model.
     *
     * @param itemIndexes the items interacted with (duplicates allowed)
     * @param strengths   the strength of each interaction (as in {@code CsrMatrix.strength})
     */
    public float[] foldIn(int[] itemIndexes, float[] strengths) {
        ImplicitMatrix row = FoldIn.row(itemIndexes, strengths, itemCount(), params);
        float[] x = new float[k];
        if (row.nnz() > 0) {
            NormalEquations ne = new NormalEquations(k);
            ne.build(gram, params.lambdaFor(row.positives(0)), items, row.col, row.conf, 0, row.nnz());
            ne.solveInto(x, 0, "the folded-in user");
        }
        return x;
    }

    /**
     * Why {@code item} scores as it does for {@code user}, as the {@code implicit} library explains it (after Hu,
     * Koren &amp; Volinsky 2008, §5): with {@code W = YᵀCᵤY + λI}, the score {@code yᵢ·xᵤ} splits into one term
     * per liked history item {@code j}, {@code cⱼ · yᵢᵀW⁻¹yⱼ}. The ten largest are listed with their item, the
     * rest summed in one contribution with item -1, so the contributions add up to the explained score (which is
     * the model's score for a CHOLESKY model; CG factors differ from it by the solver's tolerance).
     */
    @Override public Optional<Explanation> explain(int user, int item) {
        checkUser(user);
        checkItem(item);
        return Optional.of(AlsExplainer.explain(user, item, history, items, gram,
                params.lambdaFor(history.positives(user)), k, score(user, item)));
    }

    /** The model's score of {@code item} for {@code user}: bit for bit the score {@link #recommend} reports. */
    public float score(int user, int item) {
        checkUser(user);
        checkItem(item);
        return VectorMath.sequentialDot(users, user * k, items, item * k, k);
    }

    private void checkUser(int user) {
        if (user < 0 || user >= userCount()) {
            throw new IllegalArgumentException("user index " + user + " outside [0, " + userCount() + ")");
        }
    }

    private void checkItem(int item) {
        if (item < 0 || item >= itemCount()) {
            throw new IllegalArgumentException("item index " + item + " outside [0, " + itemCount() + ")");
        }
    }

    /** Writes the model (not its provenance, which the caller stores) so that {@link #read} restores it exactly. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(AlsModelCodec.MAGIC);
        out.writeInt(AlsModelCodec.FORMAT);
        AlsModelCodec.writeParams(out, params);
        out.writeInt(userCount());
        out.writeInt(itemCount());
        AlsModelCodec.writeDoubles(out, loss);
        AlsModelCodec.writeFloats(out, users);
        AlsModelCodec.writeFloats(out, items);
        AlsModelCodec.writeInts(out, history.ptr);
        AlsModelCodec.writeInts(out, history.col);
        AlsModelCodec.writeFloats(out, history.conf);
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException on a truncated or foreign stream (the message says what was wrong)
     */
    public static AlsModel read(DataInput in, ModelProvenance provenance) throws IOException {
        int magic = in.readInt();
        if (magic != AlsModelCodec.MAGIC) {
            throw new IOException(String.format("not an ALS model: magic 0x%08x, expected 0x%08x", magic,
                    AlsModelCodec.MAGIC));
        }
        int format = in.readInt();
        if (format != AlsModelCodec.FORMAT) {
            throw new IOException("unsupported ALS model format " + format + "; this version reads format "
                    + AlsModelCodec.FORMAT);
        }
        AlsParams params;
        try {
            params = AlsModelCodec.readParams(in);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt ALS model params: " + e.getMessage(), e);
        }
        int nu = in.readInt();
        int ni = in.readInt();
        int k = params.factors();
        if (nu < 0 || ni < 0 || (long) nu * k > Integer.MAX_VALUE - 8 || (long) ni * k > Integer.MAX_VALUE - 8) {
            throw new IOException("corrupt ALS model: " + nu + " users, " + ni + " items at " + k + " factors");
        }
        double[] loss = AlsModelCodec.readDoubles(in, params.iterations());
        float[] users = AlsModelCodec.readFloats(in, nu * k);
        float[] items = AlsModelCodec.readFloats(in, ni * k);
        int[] ptr = AlsModelCodec.readInts(in, nu + 1);
        int[] col = AlsModelCodec.readInts(in, Integer.MAX_VALUE - 8);
        float[] conf = AlsModelCodec.readFloats(in, col.length);
        if (users.length != nu * k || items.length != ni * k || ptr.length != nu + 1 || conf.length != col.length
                || ptr[nu] != col.length) {
            throw new IOException("corrupt ALS model: array lengths do not match " + nu + " users, " + ni + " items");
        }
        for (int u = 0; u < nu; u++) {
            if (ptr[u] > ptr[u + 1] || ptr[u] < 0) {
                throw new IOException("corrupt ALS model: history pointers decrease at user " + u);
            }
        }
        for (int c : col) {
            if (c < 0 || c >= ni) {
                throw new IOException("corrupt ALS model: history item " + c + " outside [0, " + ni + ")");
            }
        }
        return new AlsModel(provenance, params, k, users, items, new ImplicitMatrix(nu, ni, ptr, col, conf), loss);
    }
}
