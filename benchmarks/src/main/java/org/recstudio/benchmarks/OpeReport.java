package org.recstudio.benchmarks;

import java.util.List;

/** Renders the tables of {@link OpeBenchmark} and the discussion around them as docs/benchmarks/ope.md. */
final class OpeReport {

    private OpeReport() {
    }

    static String render(List<String> truth, List<String> diag, List<OpeBenchmark.Line> lines, List<String> slots,
                         double seconds) {
        StringBuilder b = new StringBuilder();
        b.append("# Off-policy evaluation on the Open Bandit Dataset\n\n");
        b.append("Measured by `benchmarks/src/main/java/org/recstudio/benchmarks/OpeBenchmark.java` (")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", ").append(java.time.LocalDate.now()).append(String.format(", %.1f s", seconds))
                .append(").\n\n");
        b.append(OpeText.INTRO);
        b.append("\n## Ground truth: the uniformly random policy's own logs\n\n");
        b.append("| campaign | random-log rows | clicks | on-policy CTR | Wilson 95% CI | CI half-width | "
                + "BTS log's own CTR |\n|---|---:|---:|---:|---|---:|---:|\n");
        truth.forEach(r -> b.append(r).append('\n'));
        b.append("\n## Importance weights of the uniform policy on the BTS logs\n\n");
        b.append("w = (1/n_items) / propensity_score; Kish's effective sample size is (Σw)²/Σw² out of 10,000 "
                + "rows.\n\n| campaign | mean w | max w | smallest propensity | Kish ESS |\n|---|---:|---:|---:|---:|\n");
        diag.forEach(r -> b.append(r).append('\n'));
        b.append("\n## Estimates of the uniform policy's CTR from the BTS logs\n\n");
        b.append("Relative error = (estimate − truth) / truth, with the estimator's 95% bootstrap interval mapped the "
                + "same way. *Mean \\|rel. error\\|* is the Open Bandit Pipeline's relative estimation error averaged "
                + "over the " + OpeBenchmark.RESAMPLES + " bootstrap resamples of the BTS log (their \"evaluation of "
                + "OPE\" protocol; lower is better).\n\n");
        b.append("| campaign | estimator | reward model | estimate | 95% CI | truth | relative error | rel. error 95% "
                + "CI | mean \\|rel. error\\| |\n|---|---|---|---:|---|---:|---:|---|---:|\n");
        for (OpeBenchmark.Line l : lines) {
            b.append(String.format("| %s | %s | %s | %.5f | [%.5f, %.5f] | %.5f | %+.0f%% | [%+.0f%%, %+.0f%%] | %.2f |%n",
                    l.campaign(), l.estimator(), l.model(), l.value(), l.low(), l.high(), l.truth(), 100 * l.rel(),
                    100 * (l.low() - l.truth()) / l.truth(), 100 * (l.high() - l.truth()) / l.truth(),
                    l.meanAbsRelErr()));
        }
        b.append("\n## Per slot\n\nThe same comparison restricted to one slot (IPS and self-normalised IPS against "
                + "the random log's CTR in that slot):\n\n");
        b.append("| campaign | slot | random rows | clicks | truth | BTS rows | IPS | SNIPS |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        slots.forEach(r -> b.append(r).append('\n'));
        b.append(OpeText.DISCUSSION);
        b.append("\nRe-run: `./mvnw -B -Pbenchmarks -pl benchmarks -am install -DskipTests && ./mvnw -B -Pbenchmarks "
                + "-pl benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.OpeBenchmark` (reads "
                + "`../shared/datasets` next to the project, or the folder given as `-Dbench.args=`), or from the CLI for one campaign: `recstudio ope --log "
                + "../shared/datasets/open-bandit/bts/men/men.csv --item-context "
                + "../shared/datasets/open-bandit/bts/men/item_context.csv --target uniform --estimators all`.\n");
        return b.toString();
    }
}
