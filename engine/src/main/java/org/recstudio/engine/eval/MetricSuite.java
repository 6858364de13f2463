package org.recstudio.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.metric.AveragePrecision;
import org.recstudio.engine.eval.metric.AverageRecommendationPopularity;
import org.recstudio.engine.eval.metric.Coverage;
import org.recstudio.engine.eval.metric.GiniExposure;
import org.recstudio.engine.eval.metric.HitRate;
import org.recstudio.engine.eval.metric.IntraListDiversity;
import org.recstudio.engine.eval.metric.ItemDistance;
import org.recstudio.engine.eval.metric.ItemPopularity;
import org.recstudio.engine.eval.metric.ListMetric;
import org.recstudio.engine.eval.metric.LongTailShare;
import org.recstudio.engine.eval.metric.Ndcg;
import org.recstudio.engine.eval.metric.Novelty;
import org.recstudio.engine.eval.metric.PopularityBaseline;
import org.recstudio.engine.eval.metric.Precision;
import org.recstudio.engine.eval.metric.RankedList;
import org.recstudio.engine.eval.metric.Recall;
import org.recstudio.engine.eval.metric.ReciprocalRank;
import org.recstudio.engine.eval.metric.Serendipity;
import org.recstudio.engine.eval.metric.UserMetric;
import org.recstudio.engine.eval.split.HeldOut;

/**
 * The metrics of a run at each cutoff: accuracy (precision, recall, ndcg, hr, map, mrr) and, unless asked for
 * accuracy only, beyond-accuracy (coverage, gini, novelty, ild, serendipity, arp, aplt), keyed {@code name@k}.
 */
final class MetricSuite {

    private final List<UserMetric> accuracy = new ArrayList<>();
    private final List<UserMetric> beyond = new ArrayList<>();
    private final List<ListMetric> listMetrics = new ArrayList<>();
    private final List<Integer> ks;
    private final String distanceBasis;

    private MetricSuite(List<Integer> ks, String distanceBasis) {
        this.ks = List.copyOf(ks);
        this.distanceBasis = distanceBasis;
    }

    /** Accuracy metrics only (for tuning and segments). */
    static MetricSuite accuracy(List<Integer> ks) {
        MetricSuite s = new MetricSuite(ks, null);
        s.addAccuracy();
        return s;
    }

    /** Every metric, with popularity and distances from {@code train}. */
    static MetricSuite full(Dataset train, List<Integer> ks) {
        ItemDistance distance = ItemDistance.forData(train);
        MetricSuite s = new MetricSuite(ks, distance.basis());
        s.addAccuracy();
        ItemPopularity pop = ItemPopularity.of(train);
        s.listMetrics.add(new Coverage(train.itemCount()));
        s.listMetrics.add(new GiniExposure(train.itemCount()));
        s.beyond.add(new Novelty(pop));
        s.beyond.add(new IntraListDiversity(distance));
        s.beyond.add(new Serendipity(new PopularityBaseline(pop, train.byUser())));
        s.beyond.add(new AverageRecommendationPopularity(pop));
        s.beyond.add(new LongTailShare(pop));
        return s;
    }

    private void addAccuracy() {
        accuracy.add(new Precision());
        accuracy.add(new Recall());
        accuracy.add(new Ndcg());
        accuracy.add(new HitRate());
        accuracy.add(new AveragePrecision());
        accuracy.add(new ReciprocalRank());
    }

    /** The basis of the diversity distance, or null when diversity is not computed. */
    String distanceBasis() {
        return distanceBasis;
    }

    List<ListMetric> listMetrics() {
        return listMetrics;
    }

    List<Integer> ks() {
        return ks;
    }

    /** Per-user values of every user metric at every cutoff, keyed {@code name@k}, in metric-then-cutoff order. */
    Map<String, double[]> perUser(int[][] lists, HeldOut test) {
        Map<String, double[]> out = new LinkedHashMap<>();
        RankedList[] ranked = new RankedList[test.size()];
        for (int j = 0; j < ranked.length; j++) {
            ranked[j] = new RankedList(test.user(j), lists[j], test.items(j));
        }
        List<UserMetric> all = new ArrayList<>(accuracy);
        all.addAll(beyond);
        for (UserMetric m : all) {
            for (int k : ks) {
                double[] v = new double[ranked.length];
                for (int j = 0; j < ranked.length; j++) {
                    v[j] = m.value(ranked[j], k);
                }
                out.put(m.name() + "@" + k, v);
            }
        }
        return out;
    }

    /** The canonical order of result keys: accuracy, then set metrics, then the other beyond-accuracy metrics. */
    List<String> keys() {
        List<String> names = new ArrayList<>();
        accuracy.forEach(m -> names.add(m.name()));
        listMetrics.forEach(m -> names.add(m.name()));
        beyond.forEach(m -> names.add(m.name()));
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            for (int k : ks) {
                keys.add(name + "@" + k);
            }
        }
        return keys;
    }
}
