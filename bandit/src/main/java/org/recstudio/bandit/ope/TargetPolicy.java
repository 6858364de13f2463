package org.recstudio.bandit.ope;

/**
 * The policy being evaluated: its probability π(a | x_i, slot_i) of each action for each logged row.
 */
public interface TargetPolicy {

    /** A short description for reports. */
    String describe();

    /** Writes π(a | row) for every action a of {@code log} into {@code out[0..log.actionCount())}. */
    void probabilities(BanditLog log, int row, double[] out);

    /** The uniformly random policy: 1/n for each of the log's n actions in every slot. */
    static TargetPolicy uniform() {
        return new TargetPolicy() {
            @Override public String describe() {
                return "uniform random";
            }

            @Override public void probabilities(BanditLog log, int row, double[] out) {
                java.util.Arrays.fill(out, 0, log.actionCount(), 1.0 / log.actionCount());
            }
        };
    }

    /** Always the action with id {@code actionId}. */
    static TargetPolicy always(String actionId) {
        return new TargetPolicy() {
            @Override public String describe() {
                return "always " + actionId;
            }

            @Override public void probabilities(BanditLog log, int row, double[] out) {
                int a = log.actions().ids().indexOf(actionId);
                if (a < 0) {
                    throw new IllegalArgumentException("target action '" + actionId + "' is not in "
                            + log.actions().describe());
                }
                java.util.Arrays.fill(out, 0, log.actionCount(), 0.0);
                out[a] = 1.0;
            }
        };
    }

    /** A fixed distribution over the log's actions, the same for every row (a frozen context-free policy). */
    static TargetPolicy fixed(String description, double[] distribution) {
        double[] p = distribution.clone();
        double sum = 0;
        for (double v : p) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("probabilities must be >= 0, got " + v);
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("probabilities must sum to 1, got " + sum);
        }
        return new TargetPolicy() {
            @Override public String describe() {
                return description;
            }

            @Override public void probabilities(BanditLog log, int row, double[] out) {
                if (p.length != log.actionCount()) {
                    throw new IllegalArgumentException(description + " covers " + p.length + " actions, the log has "
                            + log.actionCount());
                }
                System.arraycopy(p, 0, out, 0, p.length);
            }
        };
    }
}
