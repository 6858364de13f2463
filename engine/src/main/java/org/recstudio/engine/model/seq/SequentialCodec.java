package org.recstudio.engine.model.seq;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;

/** Saves the models of {@link SequentialAlgorithm}: a method tag, then a {@link TransitionModel} or
 * {@link SlistModel}. */
public final class SequentialCodec implements ModelCodec {

    private static final int VERSION = 1;
    private static final int TRANSITIONS = 0;
    private static final int SLIST = 1;

    @Override public void write(Model model, DataOutput out) throws IOException {
        out.writeInt(VERSION);
        if (model instanceof TransitionModel m) {
            out.writeInt(TRANSITIONS);
            ModelIO.writeFloats(out, m.popularity());
            m.contexts().write(out);
            ModelIO.writeInts(out, m.ptr());
            ModelIO.writeInts(out, m.next());
            ModelIO.writeFloats(out, m.probability());
            ModelIO.writeFloats(out, m.rest());
        } else if (model instanceof SlistModel m) {
            out.writeInt(SLIST);
            ModelIO.writeFloats(out, m.popularity());
            m.contexts().write(out);
            ModelIO.writeFloats(out, m.weights());
        } else {
            throw new IllegalArgumentException("expected a TransitionModel or SlistModel, got "
                    + model.getClass().getName());
        }
    }

    @Override public Model read(DataInput in, ModelProvenance provenance) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("sequential payload version " + version + " is not supported (expected " + VERSION
                    + ")");
        }
        int method = in.readInt();
        float[] popularity = ModelIO.readFloats(in, Integer.MAX_VALUE);
        int n = popularity.length;
        Contexts contexts = Contexts.read(in, n);
        try {
            if (method == TRANSITIONS) {
                int[] ptr = ModelIO.readInts(in, n + 1L);
                int[] next = ModelIO.readInts(in, Integer.MAX_VALUE);
                float[] probability = ModelIO.readFloats(in, next.length);
                float[] rest = ModelIO.readFloats(in, n);
                return new TransitionModel(provenance, contexts, ptr, next, probability, rest, popularity);
            }
            if (method == SLIST) {
                return new SlistModel(provenance, contexts, ModelIO.readFloats(in, (long) n * n), popularity);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        throw new IOException("unknown sequential method tag " + method);
    }
}
