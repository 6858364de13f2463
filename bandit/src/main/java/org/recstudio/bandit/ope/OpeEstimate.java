package org.recstudio.bandit.ope;

/**
 * One estimator's estimate of the target policy's value (expected reward per logged impression) with its
 * bootstrap interval, the rows used and the effective sample size of the importance weights.
 */
public record OpeEstimate(String estimator, double value, double ciLow, double ciHigh, int rows,
                          double effectiveSampleSize) {
}
