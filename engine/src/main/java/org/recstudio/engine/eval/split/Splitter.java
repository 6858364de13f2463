package org.recstudio.engine.eval.split;

import java.util.Map;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.progress.Progress;

/**
 * An evaluation protocol: decides which interactions are held out for testing, and carves the validation split
 * from the training data the same way.
 *
 * <p>Temporal splitters ({@link LeaveLastN}, {@link GlobalCut}, {@link UserHoldout}) never train on the future of a
 * held-out interaction; {@link RandomHoldout} does, and says so ({@link #leaksFuture()}).
 */
public sealed interface Splitter permits LeaveLastN, GlobalCut, UserHoldout, RandomHoldout {

    /** The protocol name as the CLI spells it, e.g. {@code leave-last-out}. */
    String name();

    /** The protocol and its parameters for results and run history (always includes {@code leaks_future}). */
    Map<String, Object> describe();

    /** Whether training data can contain interactions later than held-out ones. */
    boolean leaksFuture();

    /** Decides train/held-out for every interaction of {@code data}. */
    Assignment assign(Dataset data, long seed);

    /** The splitter that carves the validation split out of {@code train}, split from {@code data} (default: this one). */
    default Splitter forValidation(Dataset data, Dataset train) {
        return this;
    }

    /**
     * Splits {@code data} into train and test, with a validation split carved from train.
     *
     * @param relevanceThreshold held-out interactions with a raw value below it are not relevant (NaN: all are;
     *                           interactions without a value are always relevant)
     */
    default Split split(Dataset data, double relevanceThreshold, long seed, Progress progress) {
        progress.update("Splitting " + name(), 0, 2);
        Split outer = Splits.build(this, data, assign(data, seed), relevanceThreshold, progress);
        progress.checkCancelled();
        progress.update("Splitting " + name(), 1, 2);
        Splitter inner = forValidation(data, outer.train());
        Split validation = Splits.build(inner, outer.train(), inner.assign(outer.train(), seed + 1),
                relevanceThreshold, progress);
        progress.update("Splitting " + name(), 2, 2);
        return new Split(outer.train(), outer.test(), validation, outer.report());
    }
}
