package org.recstudio.bandit.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recstudio.bandit.context.ItemMetadataFeatures;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.progress.Progress;

/**
 * An {@link Environment} grounded in a workspace dataset: the pool is the {@code maxItems} most interacted items
 * and a random sample of {@code users} active users; true preferences come from a model of the data — a given
 * {@link Model} (e.g. the workspace's ALS) or a {@link QuickFactorizer} latent model — through the calibrated
 * logistic of {@link ModelEnvironment}. Strategies observe: as item content, the latent item factors plus noise
 * (a stand-in for a content model) and, when the catalog has metadata, category, price and age features; as user
 * features, the latent user factors plus noise (like ALS user factors); the items' interaction counts as
 * popularity; and each user's most recent interactions as history.
 */
public final class DatasetEnvironment {

    /**
     * @param users        users in the pool
     * @param maxItems     items in the pool (the most interacted)
     * @param baseCtr      mean click probability of the calibrated link
     * @param sharpness    slope of the link on standardised scores
     * @param featureNoise standard deviation of the noise on observable factors (relative to their spread)
     * @param history      most recent interactions kept per user as pre-simulation history
     * @param factorizer   the latent model's settings
     */
    public record Params(int users, int maxItems, double baseCtr, double sharpness, double featureNoise, int history,
                         QuickFactorizer.Params factorizer) {
        public Params {
            if (users < 1 || maxItems < 2 || history < 0) {
                throw new IllegalArgumentException("need users >= 1, maxItems >= 2, history >= 0; got " + users + ", "
                        + maxItems + ", " + history);
            }
            if (!(featureNoise >= 0)) {
                throw new IllegalArgumentException("feature noise must be >= 0, got " + featureNoise);
            }
        }

        public static Params defaults() {
            return new Params(1000, 500, 0.05, 1.5, 0.5, 20, QuickFactorizer.Params.defaults());
        }
    }

    private DatasetEnvironment() {
    }

    /** The environment of {@code data} with the quick latent model as truth. */
    public static Environment build(Dataset data, Params p, long seed, Progress progress) {
        return build(data, null, p, seed, progress);
    }

    /** The environment of {@code data} with {@code truth} (null: the quick latent model) as true preferences. */
    public static Environment build(Dataset data, Model truth, Params p, long seed, Progress progress) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has no interactions to simulate from");
        }
        QuickFactorizer.Factors f = QuickFactorizer.fit(data, p.factorizer(), seed, progress);
        Model model = truth != null ? truth : new FactorModel(f.users(), f.items(), new ModelProvenance(
                "latent-als", Map.of("rank", Integer.toString(p.factorizer().rank())), data.name(),
                data.info().version(), data.fingerprint(), seed, "0.1.0", Instant.now(), 0));
        SplittableRandom rng = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        int[] items = topItems(data, p.maxItems());
        int[] users = sampleUsers(data, p.users(), rng);
        int[] itemPos = new int[data.itemCount()];
        java.util.Arrays.fill(itemPos, -1);
        for (int i = 0; i < items.length; i++) {
            itemPos[items[i]] = i;
        }
        double[][] itemFeat = itemFeatures(data, f, items, p.featureNoise(), rng);
        double[][] userFeat = noisy(f.users(), users, p.featureNoise(), rng);
        double[] pop = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            pop[i] = data.byItem().rowLength(items[i]);
        }
        int[][] history = new int[users.length][];
        CsrMatrix byUser = data.byUser();
        for (int u = 0; u < users.length; u++) {
            List<Integer> h = new ArrayList<>();
            for (int k = byUser.end(users[u]) - 1; k >= byUser.start(users[u]) && h.size() < p.history(); k--) {
                int pos = itemPos[byUser.col(k)];
                if (pos >= 0 && !h.contains(pos)) {
                    h.add(pos);
                }
            }
            history[u] = h.stream().mapToInt(Integer::intValue).toArray();
        }
        Environment env = ModelEnvironment.of(model, users, items, p.baseCtr(), p.sharpness(),
                new ModelEnvironment.Observables(itemFeat, userFeat, pop, history), progress);
        return new Environment("dataset '" + data.name() + "': " + env.description(), rows(env), env.baseCtr(),
                itemFeat, userFeat, pop, history);
    }

    private static float[][] rows(Environment env) {
        float[][] out = new float[env.userCount()][];
        for (int u = 0; u < out.length; u++) {
            out[u] = env.row(u);
        }
        return out;
    }

    /**
     * The dataset item indexes of the simulated item pool, in pool order: element {@code i} is the dataset item
     * behind environment item {@code i} (the {@code max} most interacted items). Callers use it to line up
     * per-item data such as ALS factors with the environment.
     */
    public static int[] poolItems(Dataset data, int max) {
        return topItems(data, max);
    }

    private static int[] topItems(Dataset data, int max) {
        Integer[] order = new Integer[data.itemCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        CsrMatrix byItem = data.byItem();
        java.util.Arrays.sort(order, (a, b) -> byItem.rowLength(a) != byItem.rowLength(b)
                ? Integer.compare(byItem.rowLength(b), byItem.rowLength(a)) : Integer.compare(a, b));
        int n = 0;
        while (n < order.length && n < max && byItem.rowLength(order[n]) > 0) {
            n++;
        }
        if (n < 2) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has fewer than 2 items with "
                    + "interactions; a simulation needs at least 2");
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private static int[] sampleUsers(Dataset data, int max, SplittableRandom rng) {
        List<Integer> active = new ArrayList<>();
        for (int u = 0; u < data.userCount(); u++) {
            if (data.byUser().rowLength(u) > 0) {
                active.add(u);
            }
        }
        for (int i = active.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer t = active.get(i);
            active.set(i, active.get(j));
            active.set(j, t);
        }
        List<Integer> pick = new ArrayList<>(active.subList(0, Math.min(max, active.size())));
        pick.sort(null);
        return pick.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Rows {@code which} of {@code factors}, standardised per dimension, plus N(0, noise²). */
    private static double[][] noisy(float[][] factors, int[] which, double noise, SplittableRandom rng) {
        int r = factors[0].length;
        double[] sd = new double[r];
        for (int k = 0; k < r; k++) {
            double s = 0;
            double q = 0;
            for (int i : which) {
                s += factors[i][k];
                q += factors[i][k] * factors[i][k];
            }
            double m = s / which.length;
            sd[k] = Math.sqrt(Math.max(q / which.length - m * m, 1e-12));
        }
        double[][] out = new double[which.length][r];
        for (int j = 0; j < which.length; j++) {
            for (int k = 0; k < r; k++) {
                out[j][k] = factors[which[j]][k] / sd[k] + noise * rng.nextGaussian();
            }
        }
        return out;
    }

    private static double[][] itemFeatures(Dataset data, QuickFactorizer.Factors f, int[] items, double noise,
                                           SplittableRandom rng) {
        double[][] latent = noisy(f.items(), items, noise, rng);
        if (!data.hasMetadata()) {
            return latent;
        }
        List<org.recstudio.engine.store.ItemRecord> records = new ArrayList<>();
        long now = Long.MIN_VALUE;
        for (int i : items) {
            records.add(data.item(i));
            Long c = data.item(i).createdAt();
            now = c == null ? now : Math.max(now, c);
        }
        ItemMetadataFeatures meta = ItemMetadataFeatures.fit(records, 8, 30);
        double[][] out = new double[items.length][latent[0].length + meta.dimension()];
        for (int j = 0; j < items.length; j++) {
            System.arraycopy(latent[j], 0, out[j], 0, latent[j].length);
            meta.write(j, now == Long.MIN_VALUE ? 0 : now, out[j], latent[j].length);
        }
        return out;
    }
}
