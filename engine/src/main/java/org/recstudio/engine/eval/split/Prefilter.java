package org.recstudio.engine.eval.split;

import java.util.Map;
import org.recstudio.engine.data.Dataset;

/** A filter applied to the data before splitting (k-core, event-type selection), stated in the protocol. */
public sealed interface Prefilter permits KCore, EventTypeFilter {

    /** The filtered dataset. */
    Dataset apply(Dataset data);

    /** The filter and its parameters for results and run history. */
    Map<String, Object> describe();
}
