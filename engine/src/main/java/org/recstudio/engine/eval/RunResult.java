package org.recstudio.engine.eval;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.eval.split.SplitReport;

/**
 * The outcome of one evaluation run with its full provenance.
 *
 * @param dataset            dataset name
 * @param datasetVersion     the stored dataset's version at load time
 * @param datasetFingerprint the content fingerprint of the (unfiltered) interactions
 * @param protocol           the protocol description (splitter, tie rule, filters, relevance, ranking)
 * @param split              what the split did (tied share, cold users, …)
 * @param diversityBasis     what intra-list diversity measured ({@code content} or {@code co-occurrence})
 * @param wallSeconds        the whole run
 * @param peakHeapBytes      the peak heap use during the run (JVM-wide)
 */
public record RunResult(String dataset, long datasetVersion, String datasetFingerprint, Map<String, Object> protocol,
                        SplitReport split, List<Integer> ks, String baseline, long seed, int bootstrapResamples,
                        double confidence, String diversityBasis, String codeVersion, Instant createdAt,
                        double wallSeconds, long peakHeapBytes, List<AlgorithmResult> algorithms) {

    public RunResult {
        protocol = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(protocol));
        ks = List.copyOf(ks);
        algorithms = List.copyOf(algorithms);
    }

    /** The results of the model labelled {@code label}. */
    public AlgorithmResult algorithm(String label) {
        return algorithms.stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no model '" + label + "' in this run; have "
                        + algorithms.stream().map(AlgorithmResult::label).toList()));
    }

    /**
     * Whether {@code other} has the same results: protocol, split, params, metrics, segments and tuning — everything
     * but timings, memory and the creation time.
     */
    public boolean sameResults(RunResult other) {
        if (!protocol.equals(other.protocol) || !split.equals(other.split) || algorithms.size() != other.algorithms.size()
                || !datasetFingerprint.equals(other.datasetFingerprint)) {
            return false;
        }
        for (int i = 0; i < algorithms.size(); i++) {
            AlgorithmResult a = algorithms.get(i);
            AlgorithmResult b = other.algorithms.get(i);
            if (!a.label().equals(b.label()) || !a.params().equals(b.params()) || !a.metrics().equals(b.metrics())
                    || !a.segments().equals(b.segments()) || !sameTuning(a.tuning(), b.tuning())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTuning(TuningResult a, TuningResult b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.best().equals(b.best()) && a.bestValue() == b.bestValue()
                && a.trials().stream().map(t -> t.params() + "=" + t.value()).toList()
                        .equals(b.trials().stream().map(t -> t.params() + "=" + t.value()).toList());
    }
}
