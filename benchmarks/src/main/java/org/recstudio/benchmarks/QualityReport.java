package org.recstudio.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.eval.AlgorithmResult;
import org.recstudio.engine.eval.MetricValue;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.SegmentResult;

/** The Markdown of the quality benchmark: one table per dataset and tie rule, and the targets of issue 4. */
final class QualityReport {

    /** One run of one dataset under one tie rule; {@code vsSpark} null when Spark was not run. */
    record Section(String dataset, int users, int items, int interactions, RunResult run,
                   QualityPaired.Comparison vsSpark) {
    }

    private QualityReport() {
    }

    static String table(Section s) {
        RunResult r = s.run();
        StringBuilder b = new StringBuilder();
        b.append(String.format("### %s — ties: %s%n%n", s.dataset(), r.protocol().get("ties")));
        b.append(String.format("%,d users, %,d items, %,d interactions; %,d users evaluated; %.1f%% of them have a "
                + "tied last timestamp; %.1f%% have the train/test boundary inside a tie; %.2f test items per user.%n%n",
                s.users(), s.items(), s.interactions(), r.split().evaluatedUsers(), 100 * r.split().tiedShare(),
                100 * r.split().boundaryTiedShare(), r.split().meanTestItems()));
        b.append("| model | params | HR@10 [95% CI] | NDCG@10 [95% CI] | Recall@20 [95% CI] | Cov@10 | NDCG@10 tied "
                + "/ untied users | p vs pop (Holm, Wilcoxon) | fit s |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (AlgorithmResult a : r.algorithms()) {
            MetricValue ndcg = a.metric("ndcg@10");
            b.append(String.format("| %s | %s | %s | %s | %s | %.4f | %s / %s | %s | %.1f |%n", a.label(),
                    params(a), cell(a.metric("hr@10")), cell(ndcg), cell(a.metric("recall@20")),
                    a.metric("coverage@10").value(), segment(a, "tied"), segment(a, "untied"),
                    ndcg.pWilcoxonHolm() == null ? "–" : String.format("%.2g", ndcg.pWilcoxonHolm()), a.fitSeconds()));
        }
        b.append('\n');
        return b.toString();
    }

    private static String params(AlgorithmResult a) {
        Map<String, String> p = a.params();
        return switch (a.algorithm()) {
            case "als" -> "f=" + p.get("factors") + " it=" + p.get("iterations") + " reg=" + p.get("regularization")
                    + " α=" + p.get("alpha") + ("true".equals(p.get("scaleRegularization")) ? " λ scaled" : "");
            case SparkAlsAlgorithm.NAME -> "Spark " + SparkAls.version() + " rank=" + p.get("factors") + " it="
                    + p.get("iterations") + " regParam=" + p.get("regularization") + " α=" + p.get("alpha");
            case "ease" -> "λ=" + p.get("lambda");
            case "itemknn" -> "k=" + p.get("neighbours") + " shrink=" + p.get("shrinkage");
            case "sequential" -> p.get("method") + ("SLIST".equals(p.get("method"))
                    ? " α=" + p.get("alpha") + " λ=" + p.get("lambda")
                    : " h=" + p.get("historyLength") + " smooth=" + p.get("smoothing"));
            default -> "defaults";
        } + (a.tuning() != null ? " (tuned)" : "");
    }

    private static String segment(AlgorithmResult a, String group) {
        return a.segments().stream().filter(s -> s.segment().equals("last-timestamp") && s.group().equals(group))
                .findFirst().map(SegmentResult::metrics).map(m -> String.format("%.4f", m.get("ndcg@10").value()))
                .orElse("–");
    }

    static String cell(MetricValue v) {
        return String.format("%.4f [%.4f, %.4f]", v.value(), v.ciLow(), v.ciHigh());
    }

    static String markdown(List<Section> sections, Map<String, String> opts, Path root) {
        StringBuilder b = new StringBuilder("# Recommendation quality (issue 4)\n\n");
        b.append("Written by `QualityBenchmark` (benchmarks module). Protocol: temporal leave-last-out per user "
                + "(`shared/benchmarks/anchors.md`), every rating row one interaction, no filtering; the validation "
                + "item is carved from the training data the same way and used only for tuning; full ranking over "
                + "every item the user has no training interaction with, score ties by item index (= item id). "
                + "Intervals: percentile bootstrap over users (" + opts.get("bootstrap") + " resamples, seed "
                + opts.get("seed") + "); p: paired Wilcoxon signed-rank vs popularity on per-user NDCG@10, "
                + "Holm–Bonferroni-adjusted over the models. Tuned models (\"(tuned)\"): " + ("grid".equals(opts.get("search"))
                ? "grid search" : "random search (12 draws)") + " over the default spaces of `SearchSpaces` (ALS: 7 "
                + "regularisations × 5 alphas × Spark-style activity-scaled λ or not, at rank 64, 15 iterations) "
                + "maximising validation NDCG@10, then one fit on train and one test evaluation. `als` is ALS at Spark's settings without tuning."
                + ("true".equals(opts.get("spark")) ? " \"" + QualityBenchmark.SPARK_LABEL + "\" is Apache Spark "
                + "MLlib's implicit ALS fitted in the same run (see \"Against the targets\")." : "") + "\n\n");
        b.append("Tie rules: **item-id** orders same-second ratings by item id (the peers' rule, comparable with the "
                + "anchors); **last-group** holds out the whole last second as a multi-item test set (nothing tied is "
                + "split, NDCG is normalised by min(|test|, K)); **random** orders ties by a seeded shuffle. The "
                + "\"tied / untied\" column splits NDCG@10 by whether the user's last timestamp is shared — the trap "
                + "described in the anchors file.\n\n");
        for (Section s : sections) {
            b.append(table(s));
        }
        b.append(QualityTargets.markdown(sections, opts, root));
        b.append("\nMachine: 2 cores shared with other builds while this ran, so fit times are indicative only.\n");
        return b.toString();
    }
}
