package org.recstudio.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.ease.EaseAlgorithm;
import org.recstudio.engine.model.ease.EaseCodec;
import org.recstudio.engine.model.itemknn.ItemKnnAlgorithm;
import org.recstudio.engine.model.itemknn.ItemKnnCodec;
import org.recstudio.engine.model.pop.PopularityAlgorithm;
import org.recstudio.engine.model.pop.PopularityCodec;
import org.recstudio.engine.model.seq.SequentialAlgorithm;
import org.recstudio.engine.model.seq.SequentialCodec;
import org.recstudio.engine.progress.Progress;

/**
 * The registry of algorithms by name, each with the {@link ModelCodec} that saves its models: the one place the
 * CLI, the studio, evaluation and {@link ModelStore} look algorithms up.
 *
 * <p>Built in: {@code popularity} (alias {@code pop}), {@code itemknn}, {@code ease} and {@code sequential}
 * (alias {@code seq}). {@code als}, {@code content} and {@code hybrid} are registered when their classes are on
 * the class path, by convention: {@code model.<pkg>.<Name>Algorithm} with a public no-argument constructor, and
 * either a {@code <Name>Codec} implementing {@link ModelCodec} or a {@code <Name>Model} with
 * {@code write(DataOutput)} and a static {@code read(DataInput, ModelProvenance)}. Registered algorithms must not
 * use this class from their constructors. The list is immutable.
 */
public final class Algorithms {

    /** One registered algorithm, the codec of its models (null when they cannot be saved) and its aliases. */
    public record Registration(Algorithm<?> algorithm, ModelCodec codec, List<String> aliases) {
        public Registration {
            aliases = List.copyOf(aliases);
        }

        public String name() {
            return algorithm.name();
        }
    }

    private static final List<Registration> ALL = build();

    private Algorithms() {
    }

    private static List<Registration> build() {
        List<Registration> list = new ArrayList<>();
        list.add(new Registration(new PopularityAlgorithm(), new PopularityCodec(), List.of("pop")));
        list.add(new Registration(new ItemKnnAlgorithm(), new ItemKnnCodec(), List.of("knn", "item-knn")));
        list.add(new Registration(new EaseAlgorithm(), new EaseCodec(), List.of()));
        list.add(new Registration(new SequentialAlgorithm(), new SequentialCodec(), List.of("seq")));
        optional("als", "Als").ifPresent(list::add);
        optional("content", "Content").ifPresent(list::add);
        optional("hybrid", "Hybrid").ifPresent(list::add);
        return List.copyOf(list);
    }

    private static Optional<Registration> optional(String pkg, String prefix) {
        String base = Algorithms.class.getPackageName() + "." + pkg + "." + prefix;
        Class<?> type = load(base + "Algorithm");
        if (type == null || !Algorithm.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        try {
            Algorithm<?> algorithm = (Algorithm<?>) type.getConstructor().newInstance();
            Class<?> codecType = load(base + "Codec");
            ModelCodec codec = codecType != null && ModelCodec.class.isAssignableFrom(codecType)
                    ? (ModelCodec) codecType.getConstructor().newInstance() : null;
            if (codec == null) {
                Class<?> modelType = load(base + "Model");
                codec = modelType == null ? null : ReflectiveModelCodec.of(modelType);
            }
            return Optional.of(new Registration(algorithm, codec, List.of()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot register algorithm " + type.getName()
                    + ": it needs a public no-argument constructor (" + e + ")", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, true, Algorithms.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The registered algorithms, in registration order. */
    public static List<Algorithm<?>> all() {
        return ALL.stream().<Algorithm<?>>map(Registration::algorithm).toList();
    }

    /** The registrations (algorithm, codec, aliases), in registration order. */
    public static List<Registration> registrations() {
        return ALL;
    }

    /** The registered names, in registration order. */
    public static List<String> names() {
        return ALL.stream().map(Registration::name).toList();
    }

    /** The registration named {@code name} or one of its aliases (case-insensitive), if any. */
    public static Optional<Registration> find(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.name().equalsIgnoreCase(n) || r.aliases().contains(n)).findFirst();
    }

    /** The algorithm named {@code name} or one of its aliases, or an error listing the names there are. */
    public static Algorithm<?> byName(String name) {
        return find(name).map(Registration::algorithm).orElseThrow(() -> new IllegalArgumentException(
                "Unknown algorithm '" + name + "'; available: " + String.join(", ", names())));
    }

    /**
     * The codec of the models of algorithm {@code name}.
     *
     * @throws IllegalArgumentException if the algorithm is unknown or its models cannot be saved
     */
    public static ModelCodec codec(String name) {
        Registration r = find(name).orElseThrow(() -> new IllegalArgumentException("Unknown algorithm '" + name
                + "' (this RecStudio knows " + String.join(", ", names()) + "); was the model saved by a newer one?"));
        if (r.codec() == null) {
            throw new IllegalArgumentException("Models of algorithm " + r.name() + " cannot be saved yet");
        }
        return r.codec();
    }

    /**
     * Fits {@code algorithm} on {@code data} with its defaults overridden by {@code params} (bound by
     * {@link ParamsBinder}).
     */
    public static Model fit(Algorithm<?> algorithm, Dataset data, Map<String, String> params, long seed,
                            Progress progress) {
        return fitTyped(algorithm, data, params, seed, progress);
    }

    private static <P extends Record & Params> Model fitTyped(Algorithm<P> algorithm, Dataset data,
                                                             Map<String, String> params, long seed,
                                                             Progress progress) {
        return algorithm.fit(data, ParamsBinder.bind(algorithm, params), seed, progress);
    }
}
