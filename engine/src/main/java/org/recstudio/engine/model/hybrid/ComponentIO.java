package org.recstudio.engine.model.hybrid;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;

/**
 * Writes and reads the component models of a hybrid: the component's provenance, then its payload through the
 * {@link ModelCodec} of its algorithm (by default the one registered in {@link Algorithms}), so any saveable
 * model of the engine can be a component.
 */
final class ComponentIO {

    private ComponentIO() {
    }

    static void write(Model model, DataOutput out, Function<String, ModelCodec> codecs) throws IOException {
        ModelCodec codec = codecs.apply(model.provenance().algorithm());
        writeProvenance(model.provenance(), out);
        codec.write(model, out);
    }

    static Model read(DataInput in, Function<String, ModelCodec> codecs) throws IOException {
        ModelProvenance provenance = readProvenance(in);
        ModelCodec codec;
        try {
            codec = codecs.apply(provenance.algorithm());
        } catch (IllegalArgumentException e) {
            throw new IOException("hybrid component of algorithm '" + provenance.algorithm() + "' cannot be read: "
                    + e.getMessage(), e);
        }
        return codec.read(in, provenance);
    }

    /** Writes a provenance; params sorted by key so equal provenances give equal bytes. */
    static void writeProvenance(ModelProvenance p, DataOutput out) throws IOException {
        ModelIO.writeString(out, p.algorithm());
        Map<String, String> params = new TreeMap<>(p.params());
        out.writeInt(params.size());
        for (Map.Entry<String, String> e : params.entrySet()) {
            ModelIO.writeString(out, e.getKey());
            ModelIO.writeString(out, e.getValue());
        }
        ModelIO.writeString(out, p.dataset());
        out.writeLong(p.datasetVersion());
        ModelIO.writeString(out, p.datasetFingerprint());
        out.writeLong(p.seed());
        ModelIO.writeString(out, p.recstudioVersion());
        out.writeBoolean(p.trainedAt() != null);
        if (p.trainedAt() != null) {
            out.writeLong(p.trainedAt().getEpochSecond());
            out.writeInt(p.trainedAt().getNano());
        }
        out.writeLong(Double.doubleToRawLongBits(p.fitSeconds()));
    }

    static ModelProvenance readProvenance(DataInput in) throws IOException {
        String algorithm = required(in, "algorithm");
        int n = ModelIO.readCount(in, 10_000, "provenance parameter count");
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            params.put(required(in, "parameter name"), required(in, "parameter value"));
        }
        String dataset = ModelIO.readString(in);
        long version = in.readLong();
        String fingerprint = ModelIO.readString(in);
        long seed = in.readLong();
        String recstudio = ModelIO.readString(in);
        Instant trainedAt = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        double seconds = Double.longBitsToDouble(in.readLong());
        return new ModelProvenance(algorithm, params, dataset, version, fingerprint, seed, recstudio, trainedAt,
                seconds);
    }

    private static String required(DataInput in, String what) throws IOException {
        String s = ModelIO.readString(in);
        if (s == null) {
            throw new IOException("hybrid component provenance has no " + what + ": the file is damaged");
        }
        return s;
    }
}
