package org.recstudio.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/**
 * Apache Spark MLlib's implicit ALS as an {@link Algorithm}, so that the {@link org.recstudio.engine.eval.Evaluator}
 * tunes, fits, ranks and scores it exactly as it does RecStudio's models (same split, same validation, same metric
 * code, same bootstrap). Each fit runs Spark in a child JVM ({@link SparkAls}, {@code local[2]}) on the interactions
 * of the given dataset (strength = rating) and wraps the factors it returns. Needs the {@code spark} profile.
 */
public final class SparkAlsAlgorithm implements Algorithm<SparkAlsAlgorithm.SparkParams> {

    /** The name in evaluation requests. */
    public static final String NAME = "spark-als";

    /**
     * Spark's {@code ALS} settings: {@code rank}, {@code maxIter}, {@code regParam} (which Spark scales by each
     * row's number of ratings) and {@code alpha} (confidence 1 + alpha·rating).
     *
     * @param factors        the rank, 1–1024
     * @param iterations     the number of sweeps, 1–1000
     * @param regularization Spark's {@code regParam}, ≥ 0
     * @param alpha          Spark's {@code alpha}, ≥ 0
     */
    public record SparkParams(int factors, int iterations, double regularization, double alpha) implements Params {

        public SparkParams {
            if (factors < 1 || factors > 1024) {
                throw new IllegalArgumentException("factors must be in [1, 1024], got " + factors);
            }
            if (iterations < 1 || iterations > 1000) {
                throw new IllegalArgumentException("iterations must be in [1, 1000], got " + iterations);
            }
            if (!(regularization >= 0) || !Double.isFinite(regularization)) {
                throw new IllegalArgumentException("regularization must be finite and >= 0, got " + regularization);
            }
            if (!(alpha >= 0) || !Double.isFinite(alpha)) {
                throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
            }
        }

        /** Rank 64, 15 iterations, regParam 0.1, alpha 1: the settings of {@code shared/benchmarks/anchors.md}. */
        public static SparkParams defaults() {
            return new SparkParams(64, 15, 0.1, 1.0);
        }
    }

    @Override public String name() {
        return NAME;
    }

    @Override public Class<SparkParams> paramsType() {
        return SparkParams.class;
    }

    @Override public SparkParams defaults() {
        return SparkParams.defaults();
    }

    @Override public Model fit(Dataset data, SparkParams params, long seed, Progress progress) {
        if (!SparkAls.available()) {
            throw new IllegalStateException("Spark MLlib is not on the class path: build and run the benchmarks "
                    + "with -Pbenchmarks,spark");
        }
        long t0 = System.nanoTime();
        progress.checkCancelled();
        try {
            SparkAls.Result r = SparkAls.fit(data, params.factors(), params.iterations(), params.regularization(),
                    params.alpha(), seed, 1);
            ModelProvenance provenance = Provenances.of(NAME + " (Spark MLlib " + r.version() + ")", params, data,
                    seed, t0);
            return new FactorModel(provenance, data.userCount(), data.itemCount(), params.factors(), r.users(),
                    r.items());
        } catch (IOException e) {
            throw new UncheckedIOException("Spark ALS fit failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** A model scoring user {@code u} and item {@code i} by the dot product of their factors. */
    private record FactorModel(ModelProvenance provenance, int userCount, int itemCount, int rank, float[] users,
                               float[] items) implements Model {

        @Override public void scoreAll(int user, float[] out) {
            if (user < 0 || user >= userCount) {
                throw new IllegalArgumentException("user index " + user + " outside [0, " + userCount + ")");
            }
            int u = user * rank;
            for (int i = 0; i < itemCount; i++) {
                int o = i * rank;
                float s = 0;
                for (int f = 0; f < rank; f++) {
                    s += users[u + f] * items[o + f];
                }
                out[i] = s;
            }
        }
    }
}
