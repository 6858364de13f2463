package org.recstudio.engine.model.hybrid;

import java.util.List;
import java.util.Objects;
import org.recstudio.engine.model.Model;

/** Checks and helpers shared by the hybrids: components must cover the same users and items and data. */
final class Components {

    private Components() {
    }

    /** Throws unless every model has {@code users} users and {@code items} items and the same data fingerprint. */
    static void requireCompatible(List<Model> models, int users, int items) {
        String fingerprint = models.getFirst().provenance().datasetFingerprint();
        for (Model m : models) {
            Objects.requireNonNull(m, "hybrid component");
            if (m.userCount() != users || m.itemCount() != items) {
                throw new IllegalArgumentException("hybrid component " + m.provenance().algorithm() + " has "
                        + m.userCount() + " users and " + m.itemCount() + " items, expected " + users + " and "
                        + items + ": fit every component on the same dataset");
            }
            if (!Objects.equals(fingerprint, m.provenance().datasetFingerprint())) {
                throw new IllegalArgumentException("hybrid component " + m.provenance().algorithm() + " was fitted "
                        + "on data " + m.provenance().datasetFingerprint() + ", another component on " + fingerprint
                        + ": fit every component on the same dataset");
            }
        }
    }

    /** The scores of {@code model} for {@code user} in a new array. */
    static float[] scores(Model model, int user) {
        float[] s = new float[model.itemCount()];
        model.scoreAll(user, s);
        return s;
    }

    static boolean anyFinite(float[] scores) {
        for (float s : scores) {
            if (Float.isFinite(s)) {
                return true;
            }
        }
        return false;
    }

    /** The smallest finite value, or {@link Float#NEGATIVE_INFINITY} when none is finite. */
    static float minFinite(float[] scores) {
        float min = Float.POSITIVE_INFINITY;
        for (float s : scores) {
            if (Float.isFinite(s) && s < min) {
                min = s;
            }
        }
        return min == Float.POSITIVE_INFINITY ? Float.NEGATIVE_INFINITY : min;
    }
}
