package org.recstudio.engine.model;

/** Boundary checks shared by the models: user and item indexes, output buffer lengths, {@code k}. */
public final class ModelChecks {

    private ModelChecks() {
    }

    /** Throws unless {@code user} is in [0, {@code model.userCount()}). */
    public static void requireUser(Model model, int user) {
        if (user < 0 || user >= model.userCount()) {
            throw new IllegalArgumentException("Unknown user index " + user + ": model " + model.provenance().algorithm()
                    + " knows users 0.." + (model.userCount() - 1) + " (" + model.userCount() + " users of dataset '"
                    + model.provenance().dataset() + "' at fit time)");
        }
    }

    /** Throws unless {@code item} is in [0, {@code model.itemCount()}). */
    public static void requireItem(Model model, int item) {
        if (item < 0 || item >= model.itemCount()) {
            throw new IllegalArgumentException("Unknown item index " + item + ": model " + model.provenance().algorithm()
                    + " knows items 0.." + (model.itemCount() - 1) + " (" + model.itemCount() + " items of dataset '"
                    + model.provenance().dataset() + "' at fit time)");
        }
    }

    /** Throws unless {@code out} has one slot per item of {@code model}. */
    public static void requireScores(Model model, float[] out) {
        if (out.length != model.itemCount()) {
            throw new IllegalArgumentException("Score buffer has length " + out.length + ", expected the model's "
                    + model.itemCount() + " items");
        }
    }

    /** Throws unless {@code k >= 0}. */
    public static void requireK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
    }
}
