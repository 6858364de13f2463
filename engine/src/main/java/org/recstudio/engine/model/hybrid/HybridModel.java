package org.recstudio.engine.model.hybrid;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.Provenances;

/**
 * A hybrid recommender over other models (Burke 2002, "Hybrid Recommender Systems: Survey and Experiments"):
 * either a <em>switching</em> hybrid, which picks one component per user and item — content for cold items,
 * popularity or content for cold users, the collaborative model otherwise — or a <em>weighted</em> blend of any
 * models, their scores normalised per user and summed with weights.
 *
 * <p>Components are any {@link Model}s fitted on the same data. Immutable; thread-safe when its components are.
 * Persist with {@link #write} / {@link #read}: each component is written with its provenance through its own
 * {@code write(DataOutput)} / {@code static read(DataInput, ModelProvenance)}.
 */
public sealed interface HybridModel extends Model permits SwitchingHybrid, WeightedHybrid {

    /** Which component scores an item for a user. */
    enum Branch {
        /** The collaborative model: a warm user and a warm item. */
        COLLABORATIVE,
        /** The content model: a cold item, or a cold user under {@link HybridParams.ColdUserStrategy#CONTENT}. */
        CONTENT,
        /** Popularity: a cold user. */
        POPULARITY,
        /** Every component of a weighted blend. */
        BLEND
    }

    /** Which component scores {@code item} for {@code user}. */
    Branch branch(int user, int item);

    /** The component models, in the order of the factory arguments. */
    List<Model> components();

    /**
     * Writes the hybrid and its components (not its own provenance, which the store keeps), each component through
     * the codec {@link Algorithms} registers for its algorithm.
     */
    default void write(DataOutput out) throws IOException {
        write(out, Algorithms::codec);
    }

    /** Writes the hybrid, each component through {@code codecs.apply(component's algorithm)}. */
    void write(DataOutput out, Function<String, ModelCodec> codecs) throws IOException;

    /** Reads a hybrid written by {@link #write(DataOutput)}. */
    static HybridModel read(DataInput in, ModelProvenance provenance) throws IOException {
        return read(in, provenance, Algorithms::codec);
    }

    /** Reads a hybrid written by {@link #write(DataOutput, Function)} with the same codecs. */
    static HybridModel read(DataInput in, ModelProvenance provenance, Function<String, ModelCodec> codecs)
            throws IOException {
        int magic = in.readInt();
        if (magic != SwitchingHybrid.MAGIC) {
            throw new IOException(String.format("not a hybrid model: magic %08x, expected %08x", magic,
                    SwitchingHybrid.MAGIC));
        }
        int format = in.readInt();
        if (format != SwitchingHybrid.FORMAT) {
            throw new IOException("hybrid model format " + format + " is not supported (this build reads "
                    + SwitchingHybrid.FORMAT + ")");
        }
        int kind = in.readUnsignedByte();
        return switch (kind) {
            case SwitchingHybrid.KIND -> SwitchingHybrid.readBody(in, provenance, codecs);
            case WeightedHybrid.KIND -> WeightedHybrid.readBody(in, provenance, codecs);
            default -> throw new IOException("unknown hybrid kind " + kind + ": the file is damaged");
        };
    }

    /**
     * A switching hybrid: for users with fewer than {@code thresholds.coldUser()} interactions in {@code data},
     * {@code popularity} (or {@code content}); otherwise {@code content} for items with fewer than
     * {@code thresholds.coldItem()} interactions and {@code collaborative} for the rest.
     *
     * @param data the training data of the components, for the interaction counts
     * @throws IllegalArgumentException if a component does not match {@code data}'s users and items
     */
    static HybridModel switching(Model collaborative, Model content, Model popularity, Thresholds thresholds,
                                 Dataset data) {
        ModelProvenance p = Provenances.of(HybridAlgorithm.NAME, thresholds, data,
                collaborative.provenance().seed(), System.nanoTime());
        return SwitchingHybrid.of(p, collaborative, content, popularity, thresholds, data);
    }

    /** A weighted blend of {@code models}, min-max normalised per user. */
    static HybridModel blend(List<Model> models, List<Double> weights) {
        return blend(models, weights, ScoreNormalization.MIN_MAX);
    }

    /**
     * A weighted blend: per user, each model's scores are normalised over the items it can score, an item it
     * cannot score taking its lowest normalised score, and summed with {@code weights}.
     *
     * @throws IllegalArgumentException if the models differ in users or items, or the weights are invalid
     */
    static HybridModel blend(List<Model> models, List<Double> weights, ScoreNormalization normalization) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a blend needs at least one model, got none");
        }
        ModelProvenance first = models.getFirst().provenance();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("mode", HybridParams.Mode.WEIGHTED.name());
        params.put("components", models.stream().map(m -> m.provenance().algorithm())
                .collect(Collectors.joining(",")));
        params.put("weights", weights.stream().map(String::valueOf).collect(Collectors.joining(",")));
        params.put("normalization", normalization.name());
        ModelProvenance p = new ModelProvenance(HybridAlgorithm.NAME, params, first.dataset(),
                first.datasetVersion(), first.datasetFingerprint(), first.seed(), Provenances.RECSTUDIO_VERSION,
                Instant.now(), 0.0);
        return WeightedHybrid.of(p, models, weights, normalization);
    }
}
