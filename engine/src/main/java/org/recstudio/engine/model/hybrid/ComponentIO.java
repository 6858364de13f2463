package org.recstudio.engine.model.hybrid;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
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
        ModelIO.writeProvenance(model.provenance(), out);
        codec.write(model, out);
    }

    static Model read(DataInput in, Function<String, ModelCodec> codecs) throws IOException {
        ModelProvenance provenance = ModelIO.readProvenance(in);
        ModelCodec codec;
        try {
            codec = codecs.apply(provenance.algorithm());
        } catch (IllegalArgumentException e) {
            throw new IOException("hybrid component of algorithm '" + provenance.algorithm() + "' cannot be read: "
                    + e.getMessage(), e);
        }
        return codec.read(in, provenance);
    }

}
