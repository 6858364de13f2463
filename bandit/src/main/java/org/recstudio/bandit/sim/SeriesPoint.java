package org.recstudio.bandit.sim;

/** One point of a metric over time: its mean over seeds and the band mean ± 1.96·sd/√n. */
public record SeriesPoint(long round, double mean, double low, double high) {
}
