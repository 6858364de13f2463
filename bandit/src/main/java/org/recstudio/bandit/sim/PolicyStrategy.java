package org.recstudio.bandit.sim;

import java.util.SplittableRandom;
import org.recstudio.bandit.context.ContextBuilder;
import org.recstudio.bandit.context.ItemFeatures;
import org.recstudio.bandit.context.UserFeatures;
import org.recstudio.bandit.policy.FeedbackBuffer;
import org.recstudio.bandit.policy.Policies;
import org.recstudio.bandit.policy.Policy;
import org.recstudio.bandit.policy.Round;

/**
 * A bandit {@link Policy} as a simulation strategy: arms are the environment's items, feedback goes through a
 * {@link FeedbackBuffer} (delay, batches) with the slot's examination probability.
 *
 * <p>Contextual policies get features built from what the environment lets strategies observe: disjoint LinUCB
 * a per-item model over x = [1, user features]; hybrid LinUCB that x plus shared z = [item content, user ⊗ item];
 * linear Thompson sampling one shared model over [1, item content, user features, user ⊗ item]. The cross term is
 * dropped when it would exceed {@value #MAX_CROSS} values. New users' features are unknown (zeros).
 */
final class PolicyStrategy implements Strategy {

    static final int MAX_CROSS = 64;

    private final Policy policy;
    private final FeedbackBuffer feedback;
    private final ContextBuilder xBuilder;
    private final ContextBuilder zBuilder;
    private final int d;
    private final int k;
    private double[] x = new double[0];
    private double[] z = new double[0];
    private Round last;
    private int[] lastCandidates;

    private PolicyStrategy(Policy policy, ContextBuilder xBuilder, ContextBuilder zBuilder, SimulationConfig cfg) {
        this.policy = policy;
        this.xBuilder = xBuilder;
        this.zBuilder = zBuilder;
        this.d = xBuilder == null ? 0 : xBuilder.dimension();
        this.k = zBuilder == null ? 0 : zBuilder.dimension();
        this.feedback = new FeedbackBuffer(policy, cfg.feedbackDelay(), cfg.batchSize());
    }

    /** The factory of strategies running {@code spec} (see {@link Policies}) under {@code name}. */
    static StrategyFactory factory(String name, String spec) {
        String type = org.recstudio.bandit.policy.PolicySpec.parse(spec).name();
        return new StrategyFactory() {
            @Override public String name() {
                return name;
            }

            @Override public Strategy create(Environment env, Arrivals arrivals, SimulationConfig cfg) {
                UserFeatures user = userFeatures(env, arrivals);
                ItemFeatures item = itemFeatures(env);
                boolean cross = user != null && item != null
                        && (long) user.dimension() * item.dimension() <= MAX_CROSS;
                ContextBuilder x = null;
                ContextBuilder z = null;
                switch (type) {
                    case "linucb" -> x = ContextBuilder.builder().user(user).build();
                    case "hybrid-linucb" -> {
                        x = ContextBuilder.builder().user(user).build();
                        z = item == null ? ContextBuilder.builder().build()
                                : ContextBuilder.builder().bias(false).user(cross ? user : null).item(item)
                                        .cross(cross).build();
                    }
                    case "lints" -> x = ContextBuilder.builder().user(user).item(item).cross(cross).build();
                    default -> { }
                }
                Policy p = Policies.create(spec, env.itemCount(), x == null ? 0 : x.dimension(),
                        z == null ? 0 : z.dimension());
                return new PolicyStrategy(p, x, z, cfg);
            }
        };
    }

    private static UserFeatures userFeatures(Environment env, Arrivals arrivals) {
        if (!env.hasUserFeatures()) {
            return null;
        }
        int du = env.userFeatureDimension();
        return new UserFeatures() {
            @Override public int dimension() {
                return du;
            }

            @Override public void write(int user, double[] out, int offset) {
                if (arrivals.isNewUser(user)) {
                    java.util.Arrays.fill(out, offset, offset + du, 0.0);
                } else {
                    System.arraycopy(env.userFeatures(user), 0, out, offset, du);
                }
            }
        };
    }

    private static ItemFeatures itemFeatures(Environment env) {
        if (!env.hasItemFeatures()) {
            return null;
        }
        int di = env.itemFeatureDimension();
        return new ItemFeatures() {
            @Override public int dimension() {
                return di;
            }

            @Override public void write(int item, long now, double[] out, int offset) {
                System.arraycopy(env.itemFeatures(item), 0, out, offset, di);
            }
        };
    }

    @Override public void advance(long round) {
        feedback.advance(round);
    }

    @Override public void choose(long round, int user, int[] candidates, int n, int slots, SplittableRandom rng,
                                 int[] out) {
        Round r;
        if (d == 0) {
            r = Round.of(candidates, n);
        } else {
            if (x.length < n * d) {
                x = new double[n * d];
            }
            for (int j = 0; j < n; j++) {
                xBuilder.build(user, candidates[j], null, x, j * d);
            }
            if (k > 0) {
                if (z.length < n * k) {
                    z = new double[n * k];
                }
                for (int j = 0; j < n; j++) {
                    zBuilder.build(user, candidates[j], null, z, j * k);
                }
                r = Round.withFeatures(candidates, n, x, d, z, k);
            } else {
                r = Round.withFeatures(candidates, n, x, d);
            }
        }
        policy.selectSlate(r, slots, rng, out);
        last = r;
        lastCandidates = out;
    }

    @Override public void observe(long round, int user, int item, int slot, double examination, boolean click) {
        feedback.add(round, last.feedback(lastCandidates[slot], click ? 1 : 0, examination));
    }

    @Override public org.recstudio.bandit.policy.PolicySnapshot snapshot() {
        feedback.flush();
        return policy.snapshot();
    }
}
