package org.recstudio.app.studio.evaluate;

/**
 * One line of the side-by-side diff of two runs.
 *
 * @param section "Run", "Protocol", "Params" or "Metric"
 * @param model   the model the line is about, or "" for run-wide lines
 * @param key     the setting or metric
 * @param a       its value in the first run ("—" when absent)
 * @param b       its value in the second run
 * @param delta   b − a for metrics, "" otherwise
 * @param changed whether the two sides differ
 */
public record DiffRow(String section, String model, String key, String a, String b, String delta, boolean changed) {
}
