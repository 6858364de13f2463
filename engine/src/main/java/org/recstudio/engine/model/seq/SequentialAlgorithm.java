package org.recstudio.engine.model.seq;

import java.util.Arrays;
import java.util.function.LongSupplier;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.DenseSpd;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.progress.Progress;

/**
 * Sequence-aware recommendation from the order of each user's interactions (time, then item index, as the
 * {@link Dataset} orders them), with two methods:
 * <ul>
 *   <li>TRANSITIONS — a first-order Markov chain over items with popularity smoothing, scored from the user's
 *   last few distinct items with exponentially decaying weights (the item-to-item core of Rendle et al.,
 *   "Factorizing personalized Markov chains for next-basket recommendation", WWW 2010; see {@link
 *   TransitionModel});</li>
 *   <li>SLIST — Choi, Kim, Lee, Shim &amp; Lee, "Session-aware Linear Item-Item Models for Session-based
 *   Recommendation" (WWW 2021): SLIS (whole-session co-occurrence, EASE-like) and SLIT (past items → future
 *   items) combined with weight α in one closed form (see {@link SlistSolver}, {@link SlistModel}).</li>
 * </ul>
 * Each user's history is one session unless {@code sessionGapHours} splits it; the user's current context is
 * their last session. SLIST needs dense item × item matrices and refuses catalogues that do not fit the heap.
 */
public final class SequentialAlgorithm implements Algorithm<SequentialParams> {

    static final String NAME = "sequential";

    private final LongSupplier maxHeap;

    /** The sequential algorithm, SLIST checked against the JVM's maximum heap. */
    public SequentialAlgorithm() {
        this(() -> Runtime.getRuntime().maxMemory());
    }

    /** The sequential algorithm with SLIST checked against {@code maxHeap} bytes. */
    public SequentialAlgorithm(LongSupplier maxHeap) {
        this.maxHeap = maxHeap;
    }

    @Override public String name() {
        return NAME;
    }

    @Override public Class<SequentialParams> paramsType() {
        return SequentialParams.class;
    }

    @Override public SequentialParams defaults() {
        return SequentialParams.defaults();
    }

    @Override public Model fit(Dataset data, SequentialParams params, long seed, Progress progress) {
        long start = System.nanoTime();
        int n = data.itemCount();
        if (params.method() == SequentialParams.Method.SLIST) {
            DenseSpd.requireHeap("SLIST", n, SlistSolver.BYTES_PER_CELL, maxHeap.getAsLong(),
                    "the sparse sequential method TRANSITIONS (--param method=TRANSITIONS)");
        }
        Sessions sessions = Sessions.of(data, params.sessionGapHours());
        float[] popularity = new float[n];
        for (int i = 0; i < n; i++) {
            popularity[i] = data.size() == 0 ? 0f : (float) ((double) data.byItem().rowLength(i) / data.size());
        }
        progress.checkCancelled();
        if (params.method() == SequentialParams.Method.SLIST) {
            float[] b = SlistSolver.solve(sessions, n, params, progress);
            Contexts contexts = Contexts.byPosition(sessions, data.userCount(), params.window(),
                    params.positionDecay());
            return new SlistModel(provenance(params, data, seed, start), contexts, b, popularity);
        }
        progress.update("Counting transitions", 0, 1);
        Contexts contexts = Contexts.byRank(sessions, data.userCount(), params.historyLength(),
                params.recencyDecay());
        TransitionModel model = transitions(sessions, n, params, popularity, contexts,
                provenance(params, data, seed, start));
        progress.update("Counting transitions", 1, 1);
        return model;
    }

    private static ModelProvenance provenance(SequentialParams params, Dataset data, long seed, long start) {
        return Provenances.of(NAME, params, data, seed, start);
    }

    /** Counts the direct transitions {@code i → j} ({@code i ≠ j}) within sessions and smooths them. */
    static TransitionModel transitions(Sessions s, int n, SequentialParams params, float[] popularity,
                                       Contexts contexts, ModelProvenance provenance) {
        long[] keys = new long[s.item().length];
        int m = 0;
        for (int x = 0; x < s.count(); x++) {
            for (int k = s.start(x); k + 1 < s.end(x); k++) {
                int a = s.item()[k];
                int b = s.item()[k + 1];
                if (a != b) {
                    keys[m++] = (long) a * n + b;
                }
            }
        }
        Arrays.sort(keys, 0, m);
        int[] ptr = new int[n + 1];
        int[] next = new int[m];
        float[] count = new float[m];
        int distinct = 0;
        for (int k = 0; k < m; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                next[distinct] = (int) (keys[k] % n);
                ptr[(int) (keys[k] / n) + 1]++;
                distinct++;
            }
            count[distinct - 1]++;
        }
        for (int i = 0; i < n; i++) {
            ptr[i + 1] += ptr[i];
        }
        double beta = params.smoothing();
        float[] probability = new float[distinct];
        float[] rest = new float[n];
        for (int i = 0; i < n; i++) {
            double out = 0;
            for (int a = ptr[i]; a < ptr[i + 1]; a++) {
                out += count[a];
            }
            double denominator = out + beta;
            for (int a = ptr[i]; a < ptr[i + 1]; a++) {
                probability[a] = (float) (count[a] / denominator);
            }
            rest[i] = denominator > 0 ? (float) (beta / denominator) : 0f;
        }
        return new TransitionModel(provenance, contexts, ptr, Arrays.copyOf(next, distinct), probability, rest,
                popularity);
    }
}
