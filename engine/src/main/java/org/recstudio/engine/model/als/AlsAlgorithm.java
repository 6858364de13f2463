package org.recstudio.engine.model.als;

import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.retrieval.BlockExecutor;

/**
 * Implicit-feedback alternating least squares: Hu, Koren &amp; Volinsky 2008, "Collaborative Filtering for
 * Implicit Feedback Datasets" (ICDM), with the conjugate-gradient row solver of Takács, Pilászy &amp; Tikk 2011
 * ("Applications of the conjugate gradient method for implicit feedback collaborative filtering", RecSys) or an
 * exact Cholesky solve ({@link AlsParams}).
 *
 * <p>Each sweep recomputes the item factors from the user factors, then the user factors from the item
 * factors (Spark MLlib's order), so the final user factors are the best response to the final item factors — the
 * same answer {@link AlsModel#foldIn} gives. Both halves share the Gram matrix of the fixed side (the "YᵀY
 * trick") and run on a fixed pool in deterministic blocks: the same data, params and seed give bit-identical
 * factors for any thread count. Progress reports each sweep with the training loss
 * {@code [Σ c(p − x·y)² + λ(Σ|x|² + Σ|y|²)] / Σ c} over all cells; cancellation is checked between blocks.
 */
public final class AlsAlgorithm implements Algorithm<AlsParams> {

    /** The registry name. */
    public static final String NAME = "als";

    /** The scale of the uniform random initial factors, as in the {@code implicit} library. */
    static final double INIT_SCALE = 0.01;

    @Override public String name() {
        return NAME;
    }

    @Override public Class<AlsParams> paramsType() {
        return AlsParams.class;
    }

    @Override public AlsParams defaults() {
        return AlsParams.defaults();
    }

    @Override public AlsModel fit(Dataset data, AlsParams params, long seed, Progress progress) {
        long t0 = System.nanoTime();
        ImplicitMatrix byUser = ImplicitMatrix.of(data.byUser(), params);
        progress.checkCancelled();
        ImplicitMatrix byItem = byUser.transpose();
        int k = params.factors();
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] users = initial(byUser.rows, k, rnd.split());
        float[] items = initial(byItem.rows, k, rnd.split());
        double[] loss = train(byUser, byItem, users, items, params, progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ModelProvenance provenance = new ModelProvenance(NAME, params.asMap(), data.name(), data.info().version(),
                data.fingerprint(), seed, version(), Instant.now(), seconds);
        return new AlsModel(provenance, params, k, users, items, byUser, loss);
    }

    /** Uniform random factors in [0, INIT_SCALE). */
    static float[] initial(int rows, int k, SplittableRandom rnd) {
        float[] f = new float[rows * k];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (rnd.nextDouble() * INIT_SCALE);
        }
        return f;
    }

    /**
     * Runs the sweeps in place on {@code users} and {@code items}.
     *
     * @return the normalised training loss after each sweep
     */
    static double[] train(ImplicitMatrix byUser, ImplicitMatrix byItem, float[] users, float[] items, AlsParams params,
                          Progress progress) {
        int n = params.iterations();
        double cells = (double) byUser.rows * byUser.cols + byUser.excessConfidence();
        double[] loss = new double[n];
        progress.update(NAME.toUpperCase(Locale.ROOT), 0, n);
        try (BlockExecutor ex = new BlockExecutor(params.effectiveThreads())) {
            RowSolver[] solvers = new RowSolver[ex.threads()];
            for (int w = 0; w < solvers.length; w++) {
                solvers[w] = new RowSolver(params.factors());
            }
            for (int it = 0; it < n; it++) {
                progress.checkCancelled();
                HalfStep.run(byItem, users, items, params, ex, solvers, progress, false);
                double raw = HalfStep.run(byUser, items, users, params, ex, solvers, progress, true);
                loss[it] = cells == 0 ? 0 : raw / cells;
                progress.message(String.format(Locale.ROOT, "ALS iteration %d/%d: training loss %.6f", it + 1, n,
                        loss[it]));
                progress.update(NAME.toUpperCase(Locale.ROOT), it + 1, n);
            }
        }
        return loss;
    }

    private static String version() {
        String v = AlsAlgorithm.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
