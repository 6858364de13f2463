package org.recstudio.app.studio.evaluate;

/** One bar of the metric chart: a model's value with its confidence interval. */
public record BarPoint(String model, double value, double low, double high) {
}
