package org.recstudio.app.studio.ope;

import org.recstudio.bandit.ope.OpeEstimate;

/**
 * One estimator's line of the OPE table.
 *
 * @param relative the estimate relative to the logging policy's observed reward (1.0 = the same), NaN when that
 *                 reward is zero
 */
public record EstimateRow(String estimator, double value, double ciLow, double ciHigh, double relative,
                          double effectiveSampleSize) {

    /** The row of {@code e} against the logged reward per impression {@code logged}. */
    public static EstimateRow of(OpeEstimate e, double logged) {
        return new EstimateRow(e.estimator(), e.value(), e.ciLow(), e.ciHigh(),
                logged > 0 ? e.value() / logged : Double.NaN, e.effectiveSampleSize());
    }
}
