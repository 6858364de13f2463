package org.recstudio.engine.model.hybrid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.model.content.ContentAlgorithm;
import org.recstudio.engine.model.hybrid.HybridParams.Mode;
import org.recstudio.engine.model.pop.PopularityAlgorithm;
import org.recstudio.engine.progress.Progress;

/**
 * The hybrid algorithm ({@code hybrid}; Burke 2002): fits its components — content, popularity and a
 * collaborative algorithm, each with its own default params — and combines them into a {@link HybridModel}, a
 * switching hybrid or a weighted blend as {@link HybridParams#mode()} says.
 *
 * <p>Components are looked up by name when fitting: {@code content} and {@code popularity} are built in, any
 * other name (e.g. {@code itemknn}, {@code als}, {@code ease}) comes from {@link Algorithms} unless a resolver was
 * given. Component seeds are drawn in order from {@code SplittableRandom(seed)}, so the same seed gives the same
 * hybrid. Requires a dataset loaded with metadata (for content).
 */
public final class HybridAlgorithm implements Algorithm<HybridParams> {

    /** The registry name. */
    public static final String NAME = "hybrid";

    private final Function<String, Optional<Algorithm<?>>> resolver;

    /** A hybrid whose collaborative components come from the {@link Algorithms} registry. */
    public HybridAlgorithm() {
        this(name -> Algorithms.find(name).map(Algorithms.Registration::algorithm));
    }

    /** A hybrid whose components other than {@code content} and {@code popularity} come from {@code resolver}. */
    public HybridAlgorithm(Function<String, Optional<Algorithm<?>>> resolver) {
        this.resolver = resolver;
    }

    @Override public String name() {
        return NAME;
    }

    @Override public Class<HybridParams> paramsType() {
        return HybridParams.class;
    }

    @Override public HybridParams defaults() {
        return HybridParams.defaults();
    }

    /**
     * Fits the components and combines them.
     *
     * @throws IllegalArgumentException if {@code data} has no metadata or a component name is unknown
     */
    @Override public HybridModel fit(Dataset data, HybridParams params, long seed, Progress progress) {
        long start = System.nanoTime();
        ContentAlgorithm.requireMetadata(data, NAME);
        List<String> names = params.mode() == Mode.SWITCHING
                ? List.of(params.collaborative(), ContentAlgorithm.NAME, "popularity") : params.components();
        List<Algorithm<?>> algorithms = new ArrayList<>();
        for (String name : names) {
            algorithms.add(resolve(name));
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        Map<String, Model> fitted = new HashMap<>();
        List<Model> models = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            long componentSeed = seeds.nextLong();
            progress.checkCancelled();
            progress.update("Hybrid: fitting " + names.get(c), c, names.size());
            if (params.mode() == Mode.WEIGHTED && params.weights().get(c) == 0) {
                models.add(null);
                continue;
            }
            Model m = fitted.get(algorithms.get(c).name());
            if (m == null) {
                m = fitDefaults(algorithms.get(c), data, componentSeed, progress);
                fitted.put(algorithms.get(c).name(), m);
            }
            models.add(m);
        }
        progress.update("Hybrid: fitting components", names.size(), names.size());
        var provenance = Provenances.of(NAME, params, data, seed, start);
        if (params.mode() == Mode.SWITCHING) {
            return SwitchingHybrid.of(provenance, models.get(0), models.get(1), models.get(2), Thresholds.of(params),
                    data);
        }
        List<Model> kept = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int c = 0; c < models.size(); c++) {
            if (models.get(c) != null) {
                kept.add(models.get(c));
                weights.add(params.weights().get(c));
            }
        }
        return WeightedHybrid.of(provenance, kept, weights, params.normalization());
    }

    /** The algorithm named {@code name}: content and popularity built in, others from the resolver. */
    private Algorithm<?> resolve(String name) {
        if (name.equals(ContentAlgorithm.NAME)) {
            return new ContentAlgorithm();
        }
        if (name.equals("popularity") || name.equals("pop")) {
            return new PopularityAlgorithm();
        }
        return resolver.apply(name).filter(a -> !a.name().equals(NAME)).orElseThrow(() ->
                new IllegalArgumentException("hybrid component '" + name + "' is not an available algorithm; use "
                        + "content, popularity or a registered collaborative algorithm such as itemknn or als"));
    }

    private static <P extends Record & Params> Model fitDefaults(Algorithm<P> algorithm, Dataset data, long seed,
                                                                Progress progress) {
        return algorithm.fit(data, algorithm.defaults(), seed, progress);
    }
}
