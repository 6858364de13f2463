package org.recstudio.engine.model.pop;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;

/** Saves {@link PopularityModel}s: user count, global scores, user segments, segment names and scores. */
public final class PopularityCodec implements ModelCodec {

    private static final int VERSION = 1;

    @Override public void write(Model model, DataOutput out) throws IOException {
        if (!(model instanceof PopularityModel m)) {
            throw new IllegalArgumentException("expected a PopularityModel, got " + model.getClass().getName());
        }
        out.writeInt(VERSION);
        ModelIO.writeString(out, m.mode().name());
        out.writeInt(m.userCount());
        ModelIO.writeFloats(out, m.global());
        ModelIO.writeInts(out, m.userSegments());
        out.writeInt(m.segmentNames().size());
        for (int s = 0; s < m.segmentNames().size(); s++) {
            ModelIO.writeString(out, m.segmentNames().get(s));
            ModelIO.writeFloats(out, m.segmentScores()[s]);
        }
    }

    @Override public Model read(DataInput in, ModelProvenance provenance) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("popularity payload version " + version + " is not supported (expected " + VERSION
                    + ")");
        }
        PopularityParams.Mode mode;
        try {
            mode = PopularityParams.Mode.valueOf(ModelIO.readString(in));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("unknown popularity mode in the model file", e);
        }
        int users = ModelIO.readCount(in, Integer.MAX_VALUE, "user count");
        float[] global = ModelIO.readFloats(in, Integer.MAX_VALUE);
        int[] segments = ModelIO.readInts(in, users);
        int n = ModelIO.readCount(in, 1_000_000, "segment count");
        List<String> names = new ArrayList<>(n);
        float[][] scores = new float[n][];
        for (int s = 0; s < n; s++) {
            names.add(ModelIO.readString(in));
            scores[s] = ModelIO.readFloats(in, global.length);
        }
        try {
            return new PopularityModel(provenance, mode, users, global, segments, names, scores);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
