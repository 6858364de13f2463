package org.recstudio.engine.eval;

/**
 * How to tune each model's params on the validation split before the single test evaluation.
 *
 * @param mode      NONE, GRID (every combination) or RANDOM ({@code trials} seeded draws from the grid)
 * @param trials    how many combinations random search tries (ignored by grid search)
 * @param objective the validation metric to maximise, e.g. {@code ndcg@10}
 */
public record TuningSpec(Mode mode, int trials, String objective) {

    /** The search strategy. */
    public enum Mode { NONE, GRID, RANDOM }

    public TuningSpec {
        if (mode == null) {
            throw new IllegalArgumentException("tuning mode must be NONE, GRID or RANDOM");
        }
        if (mode == Mode.RANDOM && trials < 1) {
            throw new IllegalArgumentException("random search needs at least 1 trial, got " + trials);
        }
        if (objective == null || !objective.matches("[a-z]+@[0-9]+")) {
            throw new IllegalArgumentException("tuning objective must look like ndcg@10, got '" + objective + "'");
        }
    }

    /** No tuning. */
    public static TuningSpec none() {
        return new TuningSpec(Mode.NONE, 0, "ndcg@10");
    }

    /** Grid search maximising {@code objective}. */
    public static TuningSpec grid(String objective) {
        return new TuningSpec(Mode.GRID, 0, objective);
    }

    /** Random search of {@code trials} draws maximising {@code objective}. */
    public static TuningSpec random(int trials, String objective) {
        return new TuningSpec(Mode.RANDOM, trials, objective);
    }
}
