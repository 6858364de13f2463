package org.recstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.eval.AlgorithmCatalog;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.EvaluationRequest;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.metric.Ndcg;
import org.recstudio.engine.eval.metric.RankedList;
import org.recstudio.engine.eval.split.HeldOut;
import org.recstudio.engine.eval.split.Split;
import org.recstudio.engine.eval.stats.Bootstrap;
import org.recstudio.engine.eval.stats.Interval;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.progress.Progress;

/**
 * Paired NDCG@10 comparisons against Spark MLlib ALS within one evaluation run: keeps the model of each final fit
 * (the fits the evaluator makes with the run's own progress; tuning fits get {@link Progress#NONE}), re-derives the
 * run's split from the request's protocol and seed, recomputes each user's NDCG@10 with the engine's metric and
 * checks it against the run's reported mean before taking paired bootstrap intervals of differences.
 */
final class QualityPaired implements AlgorithmCatalog {

    /** What the quality report says about Spark in one section. */
    record Comparison(String sparkLabel, String bestLabel, double sparkNdcg, Interval tunedAlsMinusSpark,
                      Interval bestMinusOneAndHalfSpark) {
    }

    private final AlgorithmCatalog inner;
    private final Progress run;
    private final List<Model> finalFits = new ArrayList<>();

    /** A catalog over {@code inner} that keeps the models fitted with {@code run} (the progress given to the run). */
    QualityPaired(AlgorithmCatalog inner, Progress run) {
        this.inner = inner;
        this.run = run;
    }

    @Override public Algorithm<?> require(String name) {
        return keeping(inner.require(name));
    }

    private <P extends Record & Params> Algorithm<P> keeping(Algorithm<P> a) {
        return new Algorithm<>() {
            @Override public String name() {
                return a.name();
            }

            @Override public Class<P> paramsType() {
                return a.paramsType();
            }

            @Override public P defaults() {
                return a.defaults();
            }

            @Override public Model fit(org.recstudio.engine.data.Dataset data, P params, long seed,
                                       Progress progress) {
                Model m = a.fit(data, params, seed, progress);
                if (progress == run) {
                    finalFits.add(m);
                }
                return m;
            }
        };
    }

    /**
     * The paired comparisons of {@code result} (the run of {@code request} through this catalog): tuned RecStudio
     * ALS − Spark and best RecStudio model − 1.5 × Spark, per-user NDCG@10 with percentile bootstrap intervals over
     * the same resamples as the run; null when the run has no model labelled {@code sparkLabel}.
     */
    Comparison compare(EvaluationRequest request, RunResult result, String sparkLabel, String alsLabel) {
        List<AlgorithmResult> models = result.algorithms();
        if (finalFits.size() != models.size()) {
            throw new IllegalStateException("kept " + finalFits.size() + " final fits for " + models.size()
                    + " models: the evaluator's fitting sequence changed");
        }
        int spark = indexOf(models, sparkLabel);
        if (spark < 0) {
            return null;
        }
        int best = -1;
        for (int m = 0; m < models.size(); m++) {
            if (m != spark && (best < 0 || ndcg(models.get(m)) > ndcg(models.get(best)))) {
                best = m;
            }
        }
        int als = indexOf(models, alsLabel);
        Split split = request.protocol().splitter().split(request.protocol().filter(request.data()),
                request.protocol().relevanceThreshold(), request.seed(), Progress.NONE);
        double[] sparkGains = gains(finalFits.get(spark), split, ndcg(models.get(spark)));
        double[] bestGains = gains(finalFits.get(best), split, ndcg(models.get(best)));
        Bootstrap bootstrap = new Bootstrap(request.bootstrapResamples(), request.confidence(), request.seed());
        Interval alsDiff = null;
        if (als >= 0) {
            double[] alsGains = gains(finalFits.get(als), split, ndcg(models.get(als)));
            alsDiff = bootstrap.mean(difference(alsGains, sparkGains, 1));
        }
        return new Comparison(sparkLabel, models.get(best).label(), ndcg(models.get(spark)), alsDiff,
                bootstrap.mean(difference(bestGains, sparkGains, 1.5)));
    }

    private static int indexOf(List<AlgorithmResult> models, String label) {
        for (int m = 0; m < models.size(); m++) {
            if (models.get(m).label().equals(label)) {
                return m;
            }
        }
        return -1;
    }

    private static double ndcg(AlgorithmResult a) {
        return a.metric("ndcg@10").value();
    }

    private static double[] difference(double[] a, double[] b, double times) {
        double[] d = new double[a.length];
        for (int u = 0; u < d.length; u++) {
            d[u] = a[u] - times * b[u];
        }
        return d;
    }

    /** Each test user's NDCG@10 under full ranking, checked against the run's mean {@code reported}. */
    private static double[] gains(Model model, Split split, double reported) {
        HeldOut test = split.test();
        CsrMatrix train = split.train().byUser();
        Ndcg ndcg = new Ndcg();
        double[] g = new double[test.size()];
        double sum = 0;
        for (int j = 0; j < g.length; j++) {
            int u = test.user(j);
            int[] list = model.recommend(u, 10, ItemFilters.unseen(train, u)).stream().mapToInt(s -> s.item())
                    .toArray();
            g[j] = ndcg.value(new RankedList(u, list, test.items(j)), 10);
            sum += g[j];
        }
        double mean = g.length == 0 ? 0 : sum / g.length;
        if (Math.abs(mean - reported) > 1e-9) {
            throw new IllegalStateException("recomputed NDCG@10 " + mean + " of " + model.provenance().algorithm()
                    + " differs from the run's " + reported + ": the kept model or the split is not the run's");
        }
        return g;
    }
}
