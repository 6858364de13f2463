package org.recstudio.bandit.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bookkeeping every policy shares: sizes, spec, the update counter, argument checks and snapshots. */
abstract class AbstractPolicy implements Policy {

    protected final int arms;
    private final String type;
    private final String spec;
    protected long updates;

    AbstractPolicy(String type, String spec, int arms) {
        if (arms < 1) {
            throw new IllegalArgumentException(type + " needs at least 1 arm, got " + arms);
        }
        this.type = type;
        this.spec = spec;
        this.arms = arms;
    }

    @Override public final String type() {
        return type;
    }

    @Override public final String spec() {
        return spec;
    }

    @Override public final int armCount() {
        return arms;
    }

    @Override public int dimension() {
        return 0;
    }

    @Override public final long updates() {
        return updates;
    }

    /** Checks a feedback's arm and feature sizes. */
    final void check(Feedback f) {
        if (f.arm() >= arms) {
            throw new IllegalArgumentException(type + ": feedback for arm " + f.arm() + " outside 0.." + (arms - 1));
        }
        if (dimension() > 0 && (f.x() == null || f.x().length != dimension())) {
            throw new IllegalArgumentException(type + ": feedback needs " + dimension() + " features, got "
                    + (f.x() == null ? "none" : f.x().length));
        }
        if (sharedDimension() > 0 && (f.z() == null || f.z().length != sharedDimension())) {
            throw new IllegalArgumentException(type + ": feedback needs " + sharedDimension() + " shared features, got "
                    + (f.z() == null ? "none" : f.z().length));
        }
    }

    /** Checks a round's feature dimensions against this policy's. */
    final void check(Round r) {
        if (r.dimension() < dimension() || r.sharedDimension() < sharedDimension()) {
            throw new IllegalArgumentException(type + " needs features of dimension " + dimension()
                    + (sharedDimension() > 0 ? " and shared features of dimension " + sharedDimension() : "")
                    + ", the round has " + r.dimension() + " and " + r.sharedDimension());
        }
        if (r.dimension() != dimension() && dimension() > 0) {
            throw new IllegalArgumentException(type + " needs features of dimension " + dimension() + ", got "
                    + r.dimension());
        }
    }

    @Override public final PolicySnapshot snapshot() {
        Map<String, double[]> s = new LinkedHashMap<>();
        saveState(s);
        return new PolicySnapshot(PolicySnapshot.FORMAT, type, spec, arms, dimension(), sharedDimension(), updates, s,
                Map.of());
    }

    /** Puts copies of the learned state arrays into {@code out}. */
    abstract void saveState(Map<String, double[]> out);

    /** Replaces the learned state by the snapshot's. */
    abstract void restoreState(PolicySnapshot snapshot);

    final void restoreUpdates(long n) {
        this.updates = n;
    }
}
