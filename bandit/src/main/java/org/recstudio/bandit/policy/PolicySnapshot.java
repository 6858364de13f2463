package org.recstudio.bandit.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learned state of a policy at one moment: its spec (type and parameters), sizes, number of updates and
 * named state arrays, plus free provenance (dataset, seed, time…). Written as JSON by {@link PolicyStore} and
 * turned back into a working policy by {@link Policies#restore}.
 *
 * @param format the snapshot format version ({@link #FORMAT}); readers refuse newer formats
 */
public record PolicySnapshot(int format, String type, String spec, int arms, int dimension, int sharedDimension,
                             long updates, Map<String, double[]> state, Map<String, String> provenance) {

    /** The current snapshot format. */
    public static final int FORMAT = 1;

    public PolicySnapshot {
        if (format < 1 || format > FORMAT) {
            throw new IllegalArgumentException("policy snapshot format " + format + " is not supported (this build "
                    + "reads 1.." + FORMAT + "); upgrade RecStudio to read it");
        }
        state = Map.copyOf(state);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** This snapshot with {@code extra} provenance entries added. */
    public PolicySnapshot withProvenance(Map<String, String> extra) {
        Map<String, String> p = new LinkedHashMap<>(provenance);
        p.putAll(extra);
        return new PolicySnapshot(format, type, spec, arms, dimension, sharedDimension, updates, state, p);
    }

    /** The state array {@code name}, or an error naming the snapshot type. */
    public double[] require(String name, int length) {
        double[] a = state.get(name);
        if (a == null || a.length != length) {
            throw new IllegalArgumentException("snapshot of " + type + " needs state '" + name + "' of length " + length
                    + ", has " + (a == null ? "none" : "length " + a.length));
        }
        return a;
    }
}
