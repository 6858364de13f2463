package org.recstudio.engine.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.metric.ListMetric;
import org.recstudio.engine.eval.split.Split;
import org.recstudio.engine.eval.stats.Bootstrap;
import org.recstudio.engine.eval.stats.Interval;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.ParamsBinder;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.progress.Progress;

/**
 * Runs an offline evaluation: filter, split (with a validation split), optionally tune each model on validation,
 * fit each model once on the training split, rank for every evaluated user, compute the metrics at every cutoff
 * with bootstrap intervals, test every model against the baseline, and break down by segment.
 *
 * <p>Deterministic: all randomness (split ties, negatives, random search, bootstrap, fits) derives from the request
 * seed, so the same request on the same data gives the same {@link RunResult} metrics, whatever the thread count.
 */
public final class Evaluator {

    private final AlgorithmCatalog catalog;

    public Evaluator(AlgorithmCatalog catalog) {
        this.catalog = catalog;
    }

    /** A fitted model with its bound params and fit time. */
    record Fitted(Model model, Map<String, String> params, double seconds) {
    }

    /** One model's results before the significance tests against the baseline are attached. */
    private record Pending(AlgorithmSpec spec, String algorithm, Fitted fitted, double evalSeconds,
                           List<SegmentResult> segments, TuningResult tuning) {
    }

    /** Runs {@code request}, reporting progress and stopping with {@code CancelledException} when cancelled. */
    public RunResult run(EvaluationRequest request, Progress progress) {
        long start = System.nanoTime();
        Instant created = Instant.now();
        resetPeaks();
        List<Algorithm<?>> algorithms = request.algorithms().stream().map(a -> catalog.require(a.algorithm()))
                .<Algorithm<?>>map(a -> a).toList();
        Dataset source = request.data();
        Dataset data = request.protocol().filter(source);
        Split split = request.protocol().splitter().split(data, request.protocol().relevanceThreshold(),
                request.seed(), progress);
        if (split.test().size() == 0) {
            throw new IllegalArgumentException("the protocol " + request.protocol().describe() + " left no user with "
                    + "held-out relevant items in dataset '" + source.name() + "' (" + split.report().skippedUsers()
                    + " users skipped as too short)");
        }
        MetricSuite suite = MetricSuite.full(split.train(), request.ks());
        Bootstrap bootstrap = new Bootstrap(request.bootstrapResamples(), request.confidence(), request.seed());
        List<Segments.Group> groups = Segments.groups(split.train(), split.test(), request.segments());
        MetricSuite segmentSuite = MetricSuite.accuracy(request.ks());

        List<String> labels = new ArrayList<>();
        Map<String, Map<String, double[]>> perUser = new LinkedHashMap<>();
        Map<String, Map<String, MetricValue>> metrics = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (int m = 0; m < algorithms.size(); m++) {
            AlgorithmSpec spec = request.algorithms().get(m);
            Algorithm<?> algorithm = algorithms.get(m);
            progress.checkCancelled();
            TuningResult tuning = null;
            Map<String, String> params = spec.params();
            if (request.tuning().mode() != TuningSpec.Mode.NONE && !spec.grid().isEmpty()) {
                tuning = Tuner.tune(algorithm, spec, request.tuning(), split.validation(), request.threads(),
                        request.seed(), progress);
                params = tuning.best();
            }
            progress.update("Fitting " + spec.label(), 0, 1);
            Fitted fitted = fit(algorithm, params, split.train(), request.seed(), progress);
            progress.update("Fitting " + spec.label(), 1, 1);
            long evalStart = System.nanoTime();
            int[][] lists = Rankings.topK(fitted.model(), split.train().byUser(), split.test(), request.maxK(),
                    request.protocol().sampledNegatives(), request.seed(), request.threads(), "Scoring " + spec.label(),
                    progress);
            progress.checkCancelled();
            Map<String, double[]> values = suite.perUser(lists, split.test());
            Map<String, MetricValue> byKey = intervals(suite, bootstrap, values, lists);
            List<SegmentResult> segments = Segments.evaluate(groups, lists, segmentSuite, bootstrap);
            double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
            labels.add(spec.label());
            perUser.put(spec.label(), values);
            metrics.put(spec.label(), byKey);
            pending.add(new Pending(spec, algorithm.name(), fitted, evalSeconds, segments, tuning));
        }
        Significance.annotate(labels, request.baseline(), perUser, metrics);
        List<AlgorithmResult> results = new ArrayList<>();
        for (Pending p : pending) {
            results.add(new AlgorithmResult(p.spec().label(), p.algorithm(), p.fitted().params(), p.fitted().seconds(),
                    p.evalSeconds(), metrics.get(p.spec().label()), p.segments(), p.tuning()));
        }
        Map<String, Object> protocol = request.protocol().describe();
        return new RunResult(source.name(), source.info().version(), source.fingerprint(), protocol, split.report(),
                request.ks(), request.baseline(), request.seed(), request.bootstrapResamples(), request.confidence(),
                suite.distanceBasis(), Provenances.RECSTUDIO_VERSION, created, (System.nanoTime() - start) / 1e9,
                peakHeap(), results);
    }

    private static Map<String, MetricValue> intervals(MetricSuite suite, Bootstrap bootstrap,
                                                      Map<String, double[]> values, int[][] lists) {
        Interval[] ci = bootstrap.means(values.values().toArray(double[][]::new));
        Map<String, MetricValue> unordered = new LinkedHashMap<>();
        int c = 0;
        for (String key : values.keySet()) {
            unordered.put(key, MetricValue.of(ci[c].value(), ci[c].low(), ci[c].high()));
            c++;
        }
        for (ListMetric m : suite.listMetrics()) {
            for (int k : suite.ks()) {
                Interval i = bootstrap.lists(m, lists, k);
                unordered.put(m.name() + "@" + k, MetricValue.of(i.value(), i.low(), i.high()));
            }
        }
        Map<String, MetricValue> ordered = new LinkedHashMap<>();
        for (String key : suite.keys()) {
            ordered.put(key, unordered.get(key));
        }
        return ordered;
    }

    /** Binds {@code params} onto the algorithm's defaults and fits it, timing the fit. */
    static Fitted fit(Algorithm<?> algorithm, Map<String, String> params, Dataset train, long seed, Progress progress) {
        return fitTyped(algorithm, params, train, seed, progress);
    }

    private static <P extends Record & Params> Fitted fitTyped(Algorithm<P> algorithm, Map<String, String> params,
                                                               Dataset train, long seed, Progress progress) {
        P bound = ParamsBinder.bind(algorithm, params);
        long t0 = System.nanoTime();
        Model model = algorithm.fit(train, bound, seed, progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Fitted(model, ParamsBinder.toMap(bound), seconds);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
