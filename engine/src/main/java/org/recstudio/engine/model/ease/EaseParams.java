package org.recstudio.engine.model.ease;

import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.UserItemMatrix;

/** Hyperparameters of {@link EaseAlgorithm}. */
public record EaseParams(
        @Doc("L2 regularisation λ added to the diagonal of the item-item Gram matrix (> 0); larger for denser "
                + "data") double lambda,
        @Doc("The value of a (user, item) pair: BINARY (as in the paper), COUNT or STRENGTH")
        UserItemMatrix.Value value,
        @Doc("Threads for the Gram matrix; 0 uses every core (results do not depend on it)") int threads)
        implements Params {

    public EaseParams {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be > 0 and finite, got " + lambda);
        }
        if (value == null) {
            throw new IllegalArgumentException("value must be set");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = every core), got " + threads);
        }
    }

    /** λ = 500 on a binary matrix: a usual starting point; tune it on validation data (larger for denser data). */
    public static EaseParams defaults() {
        return new EaseParams(500, UserItemMatrix.Value.BINARY, 0);
    }
}
