package org.recstudio.engine.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recstudio.engine.data.Dataset;

/**
 * Everything an evaluation run needs; the same request (same data, same seed) gives the same metrics.
 *
 * @param data                the dataset (with metadata for content diversity and attribute segments)
 * @param protocol            pre-filters, splitter, relevance and ranking
 * @param algorithms          models to evaluate, by registered algorithm name
 * @param ks                  cutoffs, e.g. [10, 20]
 * @param baseline            the label of the model every other is tested against (null: the first one)
 * @param tuning              validation-split tuning
 * @param segments            breakdowns
 * @param bootstrapResamples  resamples for the confidence intervals (e.g. 1000)
 * @param confidence          interval level, e.g. 0.95
 * @param seed                the one seed for splits, fits, sampling and the bootstrap
 * @param threads             worker threads for scoring users (≥ 1)
 */
public record EvaluationRequest(Dataset data, Protocol protocol, List<AlgorithmSpec> algorithms, List<Integer> ks,
                                String baseline, TuningSpec tuning, SegmentSpec segments, int bootstrapResamples,
                                double confidence, long seed, int threads) {

    public EvaluationRequest {
        if (data == null || protocol == null || tuning == null || segments == null) {
            throw new IllegalArgumentException("an evaluation request needs data, protocol, tuning and segments");
        }
        algorithms = List.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("an evaluation request needs at least one algorithm");
        }
        Set<String> labels = new HashSet<>();
        for (AlgorithmSpec a : algorithms) {
            if (!labels.add(a.label())) {
                throw new IllegalArgumentException("two models are labelled '" + a.label() + "'; give each a unique label");
            }
        }
        ks = ks.stream().distinct().sorted().toList();
        if (ks.isEmpty() || ks.get(0) < 1) {
            throw new IllegalArgumentException("cutoffs must be >= 1, got " + ks);
        }
        if (baseline == null) {
            baseline = algorithms.get(0).label();
        } else if (!labels.contains(baseline)) {
            throw new IllegalArgumentException("baseline '" + baseline + "' is not one of the models " + labels);
        }
        if (bootstrapResamples < 1) {
            throw new IllegalArgumentException("bootstrapResamples must be >= 1, got " + bootstrapResamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** A request with the defaults: no tuning, default segments, 1000 resamples at 95%, all cores. */
    public static EvaluationRequest of(Dataset data, Protocol protocol, List<AlgorithmSpec> algorithms,
                                       List<Integer> ks, long seed) {
        return new EvaluationRequest(data, protocol, algorithms, ks, null, TuningSpec.none(), SegmentSpec.defaults(),
                1000, 0.95, seed, Runtime.getRuntime().availableProcessors());
    }

    public EvaluationRequest withTuning(TuningSpec t) {
        return new EvaluationRequest(data, protocol, algorithms, ks, baseline, t, segments, bootstrapResamples,
                confidence, seed, threads);
    }

    public EvaluationRequest withSegments(SegmentSpec s) {
        return new EvaluationRequest(data, protocol, algorithms, ks, baseline, tuning, s, bootstrapResamples,
                confidence, seed, threads);
    }

    public EvaluationRequest withBaseline(String label) {
        return new EvaluationRequest(data, protocol, algorithms, ks, label, tuning, segments, bootstrapResamples,
                confidence, seed, threads);
    }

    public EvaluationRequest withBootstrap(int resamples, double level) {
        return new EvaluationRequest(data, protocol, algorithms, ks, baseline, tuning, segments, resamples, level,
                seed, threads);
    }

    public EvaluationRequest withThreads(int n) {
        return new EvaluationRequest(data, protocol, algorithms, ks, baseline, tuning, segments, bootstrapResamples,
                confidence, seed, n);
    }

    /** The largest cutoff. */
    public int maxK() {
        return ks.get(ks.size() - 1);
    }
}
