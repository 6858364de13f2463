package org.recstudio.engine.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Writes and reads the payload of one algorithm's models — everything but the header and provenance, which
 * {@link ModelStore} writes around it. A model read back must score bit-identically to the one written.
 */
public interface ModelCodec {

    /**
     * Writes {@code model}'s payload.
     *
     * @throws IllegalArgumentException if {@code model} is not a model of this codec's algorithm
     */
    void write(Model model, DataOutput out) throws IOException;

    /** Reads a payload written by {@link #write}, attaching {@code provenance}. */
    Model read(DataInput in, ModelProvenance provenance) throws IOException;
}
