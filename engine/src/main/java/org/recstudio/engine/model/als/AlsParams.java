package org.recstudio.engine.model.als;

import java.util.LinkedHashMap;
import java.util.Map;
import org.recstudio.engine.model.Params;

/**
 * Hyperparameters of implicit-feedback ALS ({@link AlsAlgorithm}).
 *
 * <p>Each interaction's strength {@code w} (the event weight, times the value for valued events such as ratings;
 * duplicates of one user–item pair summed) becomes a preference {@code p = 1} with confidence {@code c}:
 * {@link Confidence#LINEAR} {@code c = 1 + alpha·w} (Hu, Koren &amp; Volinsky 2008, eq. 1) or {@link
 * Confidence#LOG} {@code c = 1 + alpha·log(1 + w/epsilon)} (their eq. 6). A negative sum is a dislike:
 * {@code p = 0} with the confidence of {@code |w|}; a zero sum is ignored.
 *
 * @param factors        the rank of the factorisation, 1–1024
 * @param iterations     the number of full sweeps (items then users), 1–1000
 * @param regularization the L2 weight λ on every factor, ≥ 0
 * @param scaleRegularization whether each row's λ is multiplied by its number of positive interactions (the
 *                       "weighted-λ" of Zhou et al. 2008, "Large-scale parallel collaborative filtering for the
 *                       Netflix prize", which Spark MLlib applies); off, as in the {@code implicit} library
 * @param alpha          the confidence slope, ≥ 0
 * @param confidence     how strength maps to confidence
 * @param epsilon        the scale of {@link Confidence#LOG}, &gt; 0 (unused by LINEAR)
 * @param solver         {@link Solver#CG} (fast, warm-started) or {@link Solver#CHOLESKY} (exact)
 * @param cgSteps        conjugate-gradient steps per row and sweep, 1–64 (unused by CHOLESKY)
 * @param threads        worker threads, 0 for every available core; the result does not depend on it
 */
public record AlsParams(int factors, int iterations, double regularization, boolean scaleRegularization, double alpha,
                        Confidence confidence, double epsilon, Solver solver, int cgSteps, int threads)
        implements Params {

    /** How interaction strength becomes confidence. */
    public enum Confidence {
        /** {@code 1 + alpha·w}. */
        LINEAR,
        /** {@code 1 + alpha·log(1 + w/epsilon)}. */
        LOG
    }

    /** How each row's least-squares problem is solved. */
    public enum Solver {
        /**
         * A few conjugate-gradient steps from the previous factor (Takács, Pilászy &amp; Tikk 2011, "Applications
         * of the conjugate gradient method for implicit feedback collaborative filtering"), as the {@code
         * implicit} library does: O(n·k) per step instead of O(n·k² + k³).
         */
        CG,
        /**
         * The exact normal-equation solution by Cholesky factorisation in double ({@link DenseCholesky}; see there
         * why not Smile's LAPACK binding): O(n·k² + k³) per row.
         */
        CHOLESKY
    }

    public AlsParams {
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
        if (confidence == null) {
            throw new IllegalArgumentException("confidence must be LINEAR or LOG, got null");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon);
        }
        if (solver == null) {
            throw new IllegalArgumentException("solver must be CG or CHOLESKY, got null");
        }
        if (cgSteps < 1 || cgSteps > 64) {
            throw new IllegalArgumentException("cgSteps must be in [1, 64], got " + cgSteps);
        }
        if (threads < 0 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [0, 1024] (0 = all cores), got " + threads);
        }
    }

    /**
     * Rank 64, 15 iterations, λ 0.1 (not scaled), alpha 1.0, LINEAR confidence (epsilon 1.0 for LOG), CG with 3
     * steps, all cores. Rank, iterations, λ and alpha are those of the Spark MLlib comparison in {@code
     * docs/benchmarks/algorithms.md}; alpha 1 keeps ratings and counts near their raw scale, where the paper's
     * alpha 40 suits raw watch counts; 3 CG steps is {@code implicit}'s default.
     */
    public static AlsParams defaults() {
        return new AlsParams(64, 15, 0.1, false, 1.0, Confidence.LINEAR, 1.0, Solver.CG, 3, 0);
    }

    /** The effective number of worker threads on this machine. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The λ of a row with {@code positives} positive interactions (scaled: at least one's worth). */
    public double lambdaFor(int positives) {
        return scaleRegularization ? regularization * Math.max(1, positives) : regularization;
    }

    /** The confidence {@code c ≥ 1} of a positive strength {@code w}. */
    public double confidenceOf(double w) {
        return confidence == Confidence.LINEAR ? 1 + alpha * w : 1 + alpha * Math.log1p(w / epsilon);
    }

    /** The components as strings by name, for provenance. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("factors", Integer.toString(factors));
        m.put("iterations", Integer.toString(iterations));
        m.put("regularization", Double.toString(regularization));
        m.put("scaleRegularization", Boolean.toString(scaleRegularization));
        m.put("alpha", Double.toString(alpha));
        m.put("confidence", confidence.name());
        m.put("epsilon", Double.toString(epsilon));
        m.put("solver", solver.name());
        m.put("cgSteps", Integer.toString(cgSteps));
        m.put("threads", Integer.toString(threads));
        return m;
    }

    /** These params with another solver. */
    public AlsParams withSolver(Solver s) {
        return new AlsParams(factors, iterations, regularization, scaleRegularization, alpha, confidence, epsilon, s,
                cgSteps, threads);
    }

    /** These params with another thread count. */
    public AlsParams withThreads(int t) {
        return new AlsParams(factors, iterations, regularization, scaleRegularization, alpha, confidence, epsilon,
                solver, cgSteps, t);
    }

    /** These params with another iteration count. */
    public AlsParams withIterations(int n) {
        return new AlsParams(factors, n, regularization, scaleRegularization, alpha, confidence, epsilon, solver,
                cgSteps, threads);
    }
}
