package org.recstudio.engine.eval.metric;

/**
 * A metric computed per user from one ranked list at a cutoff and averaged over users (RankSys-style: small and
 * composable). Averaging over users is what bootstrap confidence intervals and paired tests resample.
 */
public interface UserMetric {

    /** The short name used in result keys, e.g. {@code ndcg} in {@code ndcg@10}. */
    String name();

    /** The metric of {@code list} at cutoff {@code k}. */
    double value(RankedList list, int k);
}
