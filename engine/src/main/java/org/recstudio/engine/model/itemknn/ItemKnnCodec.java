package org.recstudio.engine.model.itemknn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.UserItemMatrix;

/** Saves {@link ItemKnnModel}s: interactions, neighbour rows, similarities and the popularity fallback. */
public final class ItemKnnCodec implements ModelCodec {

    private static final int VERSION = 1;

    @Override public void write(Model model, DataOutput out) throws IOException {
        if (!(model instanceof ItemKnnModel m)) {
            throw new IllegalArgumentException("expected an ItemKnnModel, got " + model.getClass().getName());
        }
        out.writeInt(VERSION);
        m.interactions().write(out);
        ModelIO.writeInts(out, m.ptr());
        ModelIO.writeInts(out, m.neighbours());
        ModelIO.writeFloats(out, m.similarities());
        ModelIO.writeFloats(out, m.popularity());
    }

    @Override public Model read(DataInput in, ModelProvenance provenance) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("item-kNN payload version " + version + " is not supported (expected " + VERSION
                    + ")");
        }
        UserItemMatrix x = UserItemMatrix.read(in);
        int[] ptr = ModelIO.readInts(in, x.cols() + 1L);
        int[] neighbours = ModelIO.readInts(in, Integer.MAX_VALUE);
        float[] sims = ModelIO.readFloats(in, neighbours.length);
        float[] popularity = ModelIO.readFloats(in, x.cols());
        try {
            return new ItemKnnModel(provenance, x, ptr, neighbours, sims, popularity);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
