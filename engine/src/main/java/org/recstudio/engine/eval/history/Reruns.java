package org.recstudio.engine.eval.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.AlgorithmSpec;
import org.recstudio.engine.eval.EvaluationRequest;
import org.recstudio.engine.eval.Protocol;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.SegmentResult;
import org.recstudio.engine.eval.SegmentSpec;
import org.recstudio.engine.eval.TuningSpec;
import org.recstudio.engine.eval.split.EventTypeFilter;
import org.recstudio.engine.eval.split.GlobalCut;
import org.recstudio.engine.eval.split.KCore;
import org.recstudio.engine.eval.split.LeaveLastN;
import org.recstudio.engine.eval.split.Prefilter;
import org.recstudio.engine.eval.split.RandomHoldout;
import org.recstudio.engine.eval.split.Splitter;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.eval.split.UserHoldout;

/**
 * Rebuilds the request of a stored run so it can be run again: same protocol, models with the params they were
 * evaluated with (tuned params included, so tuning is not repeated), cutoffs, baseline, seed and bootstrap. On the
 * same data (same fingerprint) the re-run reproduces the stored metrics.
 */
public final class Reruns {

    private Reruns() {
    }

    /**
     * The request that re-runs {@code run} on {@code data}.
     *
     * @throws IllegalArgumentException when {@code data} is not the data the run was made on (fingerprints differ)
     *                                  and {@code allowOtherData} is false
     */
    public static EvaluationRequest request(RunResult run, Dataset data, boolean allowOtherData) {
        if (!allowOtherData && !data.fingerprint().equals(run.datasetFingerprint())) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has changed since the run (fingerprint "
                    + data.fingerprint() + ", run made on " + run.datasetFingerprint() + "); re-run on other data only "
                    + "when asked to");
        }
        List<AlgorithmSpec> specs = new ArrayList<>();
        for (AlgorithmResult a : run.algorithms()) {
            specs.add(new AlgorithmSpec(a.label(), a.algorithm(), a.params(), Map.of()));
        }
        Set<String> attributes = new LinkedHashSet<>();
        if (!run.algorithms().isEmpty()) {
            for (SegmentResult s : run.algorithms().get(0).segments()) {
                if (s.segment().startsWith("attribute:")) {
                    attributes.add(s.segment().substring("attribute:".length()));
                }
            }
        }
        return new EvaluationRequest(data, protocol(run.protocol()), specs, run.ks(), run.baseline(), TuningSpec.none(),
                SegmentSpec.defaults().withAttributes(List.copyOf(attributes)), run.bootstrapResamples(),
                run.confidence(), run.seed(), Runtime.getRuntime().availableProcessors());
    }

    /** The protocol a {@link Protocol#describe()} map describes. */
    public static Protocol protocol(Map<String, Object> d) {
        List<Prefilter> filters = new ArrayList<>();
        if (d.get("prefilters") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> f = (Map<?, ?>) o;
                switch (String.valueOf(f.get("filter"))) {
                    case "k-core" -> filters.add(new KCore(num(f.get("min_per_user")).intValue(),
                            num(f.get("min_per_item")).intValue()));
                    case "event-types" -> filters.add(new EventTypeFilter(((List<?>) f.get("events")).stream()
                            .map(String::valueOf).toList()));
                    default -> throw new IllegalArgumentException("unknown pre-filter in stored run: " + f);
                }
            }
        }
        Object threshold = d.get("relevance_threshold");
        Object negatives = d.get("sampled_negatives");
        return new Protocol(filters, splitter(d), threshold == null ? Double.NaN : num(threshold).doubleValue(),
                negatives == null ? 0 : num(negatives).intValue());
    }

    private static Splitter splitter(Map<String, Object> d) {
        String name = String.valueOf(d.get("name"));
        return switch (name) {
            case "leave-last-out", "leave-last-n" -> new LeaveLastN(num(d.get("n")).intValue(),
                    TieRule.parse(String.valueOf(d.get("ties"))), num(d.get("min_train")).intValue());
            case "global-cut" -> new GlobalCut(Instant.parse(String.valueOf(d.get("cut"))).toEpochMilli(),
                    d.get("validation_cut") == null ? null
                            : Instant.parse(String.valueOf(d.get("validation_cut"))).toEpochMilli());
            case "user-holdout" -> new UserHoldout(num(d.get("user_share")).doubleValue(),
                    num(d.get("fold_in_share")).doubleValue());
            case "random-holdout" -> new RandomHoldout(num(d.get("test_share")).doubleValue());
            default -> throw new IllegalArgumentException("unknown protocol '" + name + "' in stored run");
        };
    }

    private static Number num(Object o) {
        if (o instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("stored run protocol value '" + o + "' is not a number");
    }
}
