package org.recstudio.engine.model;

import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.progress.Progress;

/**
 * A recommendation algorithm: fits an immutable {@link Model} from a {@link Dataset} with validated params.
 *
 * <p>Fitting reports progress (per iteration, with the training loss where there is one, via
 * {@link Progress#message}) and checks cancellation between steps. All randomness comes from the seed.
 *
 * @param <P> the params record
 */
public interface Algorithm<P extends Record & Params> {

    /** The short name used by the CLI and studio, e.g. {@code als}. */
    String name();

    /** The params record class (its components drive the CLI {@code --param} keys and the studio form). */
    Class<P> paramsType();

    /** The default params. */
    P defaults();

    /** Fits a model. */
    Model fit(Dataset data, P params, long seed, Progress progress);
}
