package org.recstudio.engine.eval;

import java.util.List;
import java.util.Map;
import org.recstudio.engine.eval.stats.HolmBonferroni;
import org.recstudio.engine.eval.stats.PairedTTest;
import org.recstudio.engine.eval.stats.TestResult;
import org.recstudio.engine.eval.stats.WilcoxonSignedRank;

/**
 * Paired tests of every model against the baseline on each per-user metric (same users, same order), with the
 * Holm–Bonferroni adjustment over the family of models compared on that metric.
 */
final class Significance {

    private Significance() {
    }

    /**
     * Attaches p-values to {@code metrics.get(model).get(key)} for every model but the baseline.
     *
     * @param perUser per model label, per metric key, the per-user values
     * @param metrics per model label, per metric key, the value to annotate (replaced in place)
     */
    static void annotate(List<String> labels, String baseline, Map<String, Map<String, double[]>> perUser,
                         Map<String, Map<String, MetricValue>> metrics) {
        List<String> others = labels.stream().filter(l -> !l.equals(baseline)).toList();
        if (others.isEmpty()) {
            return;
        }
        for (String key : perUser.get(baseline).keySet()) {
            double[] base = perUser.get(baseline).get(key);
            double[] pt = new double[others.size()];
            double[] pw = new double[others.size()];
            for (int m = 0; m < others.size(); m++) {
                double[] x = perUser.get(others.get(m)).get(key);
                TestResult t = PairedTTest.test(x, base);
                TestResult w = WilcoxonSignedRank.test(x, base);
                pt[m] = t.pValue();
                pw[m] = w.pValue();
            }
            double[] ptHolm = HolmBonferroni.adjust(pt);
            double[] pwHolm = HolmBonferroni.adjust(pw);
            for (int m = 0; m < others.size(); m++) {
                Map<String, MetricValue> values = metrics.get(others.get(m));
                values.put(key, values.get(key).withTests(pt[m], pw[m], ptHolm[m], pwHolm[m]));
            }
        }
    }
}
