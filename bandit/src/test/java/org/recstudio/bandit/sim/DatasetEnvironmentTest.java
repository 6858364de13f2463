package org.recstudio.bandit.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/** Environments grounded in data: the latent model reflects the interactions, and model scores are calibrated. */
class DatasetEnvironmentTest {

    /** 40 users in two taste groups over 20 items: group g interacts with items of parity g, 12 times each. */
    static Dataset twoTastes() {
        int n = 40 * 12;
        int[] user = new int[n];
        int[] item = new int[n];
        int[] event = new int[n];
        float[] value = new float[n];
        long[] time = new long[n];
        SplittableRandom rng = new SplittableRandom(2);
        for (int k = 0; k < n; k++) {
            user[k] = k / 12;
            item[k] = 2 * rng.nextInt(10) + user[k] % 2;
            value[k] = Float.NaN;
            time[k] = 1_000_000L + k;
        }
        List<String> users = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            users.add("u" + u);
        }
        for (int i = 0; i < 20; i++) {
            items.add("i" + i);
        }
        return Dataset.of(new DatasetInfo(1, "tastes", null, Instant.EPOCH, 1, 20, 40, n), new IdIndex(users),
                new IdIndex(items), List.of(new EventType(0, "view", 1.0, false)),
                new InteractionColumns(n, user, item, event, value, time, null), Progress.NONE);
    }

    @Test @SuppressWarnings("unchecked") void theLatentTruthFollowsTheInteractions() {
        Dataset data = twoTastes();
        DatasetEnvironment.Params p = new DatasetEnvironment.Params(40, 20, 0.1, 1.5, 0.3, 5,
                new QuickFactorizer.Params(4, 10, 0.1, 10));
        Environment env = DatasetEnvironment.build(data, p, 7, Progress.NONE);
        assertEquals(40, env.userCount());
        assertEquals(20, env.itemCount());
        // pool items seen in the histories of each taste group (user u is in group u % 2)
        java.util.Set<Integer>[] group = new java.util.Set[] {new java.util.HashSet<>(), new java.util.HashSet<>()};
        for (int u = 0; u < 40; u++) {
            for (int i : env.history(u)) {
                group[u % 2].add(i);
            }
        }
        assertTrue(java.util.Collections.disjoint(group[0], group[1]));
        double mean = 0;
        double own = 0;
        double other = 0;
        for (int u = 0; u < 40; u++) {
            for (int i = 0; i < 20; i++) {
                double a = env.attractiveness(u, i);
                mean += a / 800;
                if (group[u % 2].contains(i)) {
                    own += a / group[u % 2].size();
                } else if (group[1 - u % 2].contains(i)) {
                    other += a / group[1 - u % 2].size();
                }
            }
        }
        assertEquals(0.1, mean, 1e-6, "calibrated to the base CTR");
        assertTrue(own > 3 * other, "users prefer their group's items: " + own + " vs " + other);
        assertTrue(env.hasItemFeatures() && env.hasUserFeatures());
        assertEquals(5, env.history(0).length);
        double pop = 0;
        for (int i = 0; i < 20; i++) {
            pop += env.popularity(i);
        }
        assertEquals(480, pop, 1e-9);
    }

    @Test void modelScoresAreStandardisedAndUnscorableItemsNeverClick() {
        Model m = new Model() {
            @Override public ModelProvenance provenance() {
                return new ModelProvenance("fixed", Map.of(), "d", 1, "fp", 0, "0", Instant.EPOCH, 0);
            }

            @Override public int itemCount() {
                return 3;
            }

            @Override public int userCount() {
                return 2;
            }

            @Override public void scoreAll(int user, float[] out) {
                out[0] = 1 + user;
                out[1] = 2;
                out[2] = Float.NEGATIVE_INFINITY;
            }
        };
        Environment env = ModelEnvironment.of(m, new int[] {0, 1}, new int[] {0, 1, 2}, 0.2, 1.0,
                new ModelEnvironment.Observables(null, null, new double[3], new int[][] {{}, {}}), Progress.NONE);
        assertEquals(0.0, env.attractiveness(0, 2));
        assertEquals(env.attractiveness(1, 0), env.attractiveness(0, 1), 1e-7, "equal scores, equal probability");
        assertTrue(env.attractiveness(0, 0) < env.attractiveness(0, 1));
        double mean = 0;
        for (int u = 0; u < 2; u++) {
            for (int i = 0; i < 3; i++) {
                mean += env.attractiveness(u, i) / 6;
            }
        }
        assertEquals(0.2, mean, 1e-6);
        assertArrayEquals(new int[0], env.history(0));
        assertThrows(IllegalArgumentException.class, () -> ModelEnvironment.of(m, new int[] {0}, new int[] {2}, 0.2,
                1.0, new ModelEnvironment.Observables(null, null, new double[1], new int[][] {{}}), Progress.NONE));
    }
}
