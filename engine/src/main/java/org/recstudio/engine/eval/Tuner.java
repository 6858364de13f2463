package org.recstudio.engine.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.recstudio.engine.eval.split.Split;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.progress.Progress;

/**
 * Grid and random search over a params record on the validation split: each combination of the search space is
 * bound onto the base params, fitted on the validation training data and scored by the objective on the
 * validation held-out items. The test set is never touched. Random search draws distinct combinations with the
 * run's seed.
 */
final class Tuner {

    private Tuner() {
    }

    static TuningResult tune(Algorithm<?> algorithm, AlgorithmSpec spec, TuningSpec tuning, Split validation,
                             int threads, long seed, Progress progress) {
        String[] parts = tuning.objective().split("@");
        int k = Integer.parseInt(parts[1]);
        MetricSuite suite = MetricSuite.accuracy(List.of(k));
        if (suite.keys().stream().noneMatch(tuning.objective()::equals)) {
            throw new IllegalArgumentException("tuning objective '" + tuning.objective() + "' is not an accuracy "
                    + "metric; use one of precision, recall, ndcg, hr, map, mrr @K");
        }
        List<Map<String, String>> combos = combinations(spec.grid(), tuning, seed);
        List<TuningResult.Trial> trials = new ArrayList<>();
        Map<String, String> best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < combos.size(); t++) {
            progress.checkCancelled();
            progress.update("Tuning " + spec.label(), t, combos.size());
            Map<String, String> params = new LinkedHashMap<>(spec.params());
            params.putAll(combos.get(t));
            Evaluator.Fitted fitted = Evaluator.fit(algorithm, params, validation.train(), seed, Progress.NONE);
            int[][] lists = Rankings.topK(fitted.model(), validation.train().byUser(), validation.test(), k, 0, seed,
                    threads, "Tuning " + spec.label(), Progress.NONE);
            double[] v = suite.perUser(lists, validation.test()).get(tuning.objective());
            double mean = 0;
            for (double x : v) {
                mean += x;
            }
            mean = v.length == 0 ? 0 : mean / v.length;
            trials.add(new TuningResult.Trial(combos.get(t), mean, fitted.seconds()));
            progress.message(String.format("%s trial %d/%d %s: %s = %.5f", spec.label(), t + 1, combos.size(),
                    combos.get(t), tuning.objective(), mean));
            if (mean > bestValue) {
                bestValue = mean;
                best = params;
            }
        }
        progress.update("Tuning " + spec.label(), combos.size(), combos.size());
        return new TuningResult(tuning.mode().name().toLowerCase(java.util.Locale.ROOT), tuning.objective(),
                best == null ? spec.params() : best, bestValue, trials);
    }

    /** Every combination (grid) or distinct seeded draws (random), each a map over the grid's keys. */
    static List<Map<String, String>> combinations(Map<String, List<String>> grid, TuningSpec tuning, long seed) {
        List<String> keys = new ArrayList<>(grid.keySet());
        long total = 1;
        for (String key : keys) {
            total = Math.multiplyExact(total, grid.get(key).size());
        }
        List<Long> codes = new ArrayList<>();
        if (tuning.mode() == TuningSpec.Mode.RANDOM && tuning.trials() < total) {
            SplittableRandom rnd = new SplittableRandom(seed);
            Set<Long> seen = new HashSet<>();
            while (codes.size() < tuning.trials()) {
                long c = rnd.nextLong(total);
                if (seen.add(c)) {
                    codes.add(c);
                }
            }
        } else {
            if (total > 10_000) {
                throw new IllegalArgumentException("the tuning grid has " + total + " combinations; use random search "
                        + "with a number of trials, or a smaller grid");
            }
            for (long c = 0; c < total; c++) {
                codes.add(c);
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (long code : codes) {
            Map<String, String> m = new LinkedHashMap<>();
            long rest = code;
            for (int i = keys.size() - 1; i >= 0; i--) {
                List<String> values = grid.get(keys.get(i));
                m.put(keys.get(i), values.get((int) (rest % values.size())));
                rest /= values.size();
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String key : keys) {
                ordered.put(key, m.get(key));
            }
            out.add(ordered);
        }
        return out;
    }
}
