package org.recstudio.bandit.ope;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.recstudio.bandit.policy.Feedback;
import org.recstudio.bandit.policy.Policies;
import org.recstudio.bandit.policy.Policy;
import org.recstudio.bandit.policy.PolicySnapshot;
import org.recstudio.bandit.policy.PolicySpec;
import org.recstudio.bandit.policy.PolicyStore;
import org.recstudio.bandit.policy.Round;

/**
 * Turns a target spec into the policy to evaluate and the rows to evaluate it on:
 * <ul>
 * <li>{@code uniform} — uniformly random over the log's actions, on all rows;</li>
 * <li>{@code item:ID} — always the action ID, on all rows;</li>
 * <li>{@code snapshot:FILE} — a stored context-free policy ({@link PolicyStore} JSON), frozen, on all rows;</li>
 * <li>a context-free policy spec ({@code ts}, {@code egreedy:epsilon=0.05}, {@code ucb1}…) — learned from the
 * logged (action, reward) pairs of the first {@code trainFraction} of the rows, then frozen and evaluated on the
 * rest, so no row serves both.</li>
 * </ul>
 * A frozen policy's distribution is the same for every row: exact for ε-greedy, softmax and UCB, a Monte-Carlo
 * estimate with the policy's {@code propensitySamples} draws from {@code seed} for Thompson sampling.
 */
public final class TargetPolicies {

    /** The policy to evaluate and the rows to evaluate it on. */
    public record Target(TargetPolicy policy, BanditLog rows, String description) {
    }

    private TargetPolicies() {
    }

    /** Resolves {@code spec} against {@code log}. */
    public static Target resolve(String spec, BanditLog log, double trainFraction, long seed) {
        String s = spec == null ? "" : spec.strip();
        if (s.equalsIgnoreCase("uniform") || s.equalsIgnoreCase("random")) {
            return new Target(TargetPolicy.uniform(), log, "uniform random over " + log.actionCount() + " actions");
        }
        if (s.startsWith("item:")) {
            String id = s.substring(5).strip();
            if (!log.actions().ids().contains(id)) {
                throw new IllegalArgumentException("target item '" + id + "' is not in " + log.actions().describe());
            }
            return new Target(TargetPolicy.always(id), log, "always item " + id);
        }
        if (s.startsWith("snapshot:")) {
            Path file = Path.of(s.substring(9).strip());
            PolicySnapshot snap = PolicyStore.read(file);
            Policy p = Policies.restore(snap);
            check(p, log, "snapshot " + file.getFileName());
            String d = "snapshot " + file.getFileName() + " (" + p.spec() + ", " + p.updates() + " updates)";
            return new Target(frozen(p, log.actionCount(), seed, d), log, d);
        }
        String name = PolicySpec.parse(s).name();
        if (Policies.isContextual(name)) {
            throw new IllegalArgumentException("target '" + name + "' is contextual; `ope` evaluates context-free "
                    + "targets (uniform, item:ID, snapshot:FILE or one of random, greedy, egreedy, ucb1, ts, gts, "
                    + "softmax)");
        }
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("train fraction must be in (0, 1), got " + trainFraction);
        }
        int cut = (int) Math.round(log.size() * trainFraction);
        if (cut < 1 || cut >= log.size()) {
            throw new IllegalArgumentException("the log's " + log.size() + " rows are too few to train on "
                    + trainFraction + " of them and evaluate on the rest");
        }
        Policy p = Policies.create(s, log.actionCount());
        for (int i = 0; i < cut; i++) {
            p.update(Feedback.of(log.action(i), log.reward(i)));
        }
        String d = p.spec() + " learned from the first " + cut + " rows, evaluated on the other " + (log.size() - cut);
        return new Target(frozen(p, log.actionCount(), seed, d), log.slice(cut, log.size()), d);
    }

    private static void check(Policy p, BanditLog log, String what) {
        if (p.dimension() > 0) {
            throw new IllegalArgumentException(what + " is a contextual policy (" + p.type() + "); `ope` evaluates "
                    + "context-free targets");
        }
        if (p.armCount() != log.actionCount()) {
            throw new IllegalArgumentException(what + " has " + p.armCount() + " arms, the log has "
                    + log.actions().describe());
        }
    }

    private static TargetPolicy frozen(Policy p, int actions, long seed, String description) {
        double[] dist = new double[actions];
        p.probabilities(Round.all(actions), new SplittableRandom(seed), dist);
        return TargetPolicy.fixed(description, dist);
    }
}
