package org.recstudio.engine.model.ease;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.UserItemMatrix;

/** Saves {@link EaseModel}s: interactions, the dense weights and the popularity fallback. */
public final class EaseCodec implements ModelCodec {

    private static final int VERSION = 1;

    @Override public void write(Model model, DataOutput out) throws IOException {
        if (!(model instanceof EaseModel m)) {
            throw new IllegalArgumentException("expected an EaseModel, got " + model.getClass().getName());
        }
        out.writeInt(VERSION);
        m.interactions().write(out);
        ModelIO.writeFloats(out, m.weights());
        ModelIO.writeFloats(out, m.popularity());
    }

    @Override public Model read(DataInput in, ModelProvenance provenance) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("EASE payload version " + version + " is not supported (expected " + VERSION + ")");
        }
        UserItemMatrix x = UserItemMatrix.read(in);
        float[] b = ModelIO.readFloats(in, (long) x.cols() * x.cols());
        float[] popularity = ModelIO.readFloats(in, x.cols());
        try {
            return new EaseModel(provenance, x, b, popularity);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
