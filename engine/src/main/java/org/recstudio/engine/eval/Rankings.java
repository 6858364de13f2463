package org.recstudio.engine.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.eval.split.HeldOut;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/**
 * Computes each evaluated user's top-K list from a model: over every item the user has no training interaction
 * with (full ranking), or over the held-out items plus sampled negatives. Users are scored in parallel on a fixed
 * pool; the lists do not depend on the number of threads.
 */
final class Rankings {

    private static final int CHUNK = 128;

    private Rankings() {
    }

    static int[][] topK(Model model, CsrMatrix trainByUser, HeldOut test, int k, int sampledNegatives, long seed,
                        int threads, String stage, Progress progress) {
        int n = test.size();
        int[][] lists = new int[n][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, (n + CHUNK - 1) / CHUNK)));
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int from = 0; from < n; from += CHUNK) {
                int start = from;
                parts.add(pool.submit(() -> {
                    for (int j = start; j < Math.min(n, start + CHUNK); j++) {
                        if (progress.isCancelled()) {
                            throw new CancelledException();
                        }
                        int u = test.user(j);
                        IntPredicate allowed = sampledNegatives > 0
                                ? sampled(trainByUser, test.items(j), model.itemCount(), sampledNegatives, seed, u)
                                : ItemFilters.unseen(trainByUser, u);
                        List<ScoredItem> top = model.recommend(u, k, allowed);
                        int[] list = new int[top.size()];
                        for (int r = 0; r < list.length; r++) {
                            list[r] = top.get(r).item();
                        }
                        lists[j] = list;
                    }
                }));
            }
            for (int p = 0; p < parts.size(); p++) {
                try {
                    parts.get(p).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException("scoring users failed: " + e.getCause(), e.getCause());
                }
                progress.update(stage, Math.min(n, (p + 1L) * CHUNK), n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            pool.shutdownNow();
        }
        return lists;
    }

    /** The held-out items plus up to {@code negatives} seeded random items the user neither trained on nor holds out. */
    static IntPredicate sampled(CsrMatrix trainByUser, int[] relevant, int items, int negatives, long seed, int user) {
        BitSet excluded = new BitSet(items);
        for (int p = trainByUser.start(user); p < trainByUser.end(user); p++) {
            excluded.set(trainByUser.col(p));
        }
        BitSet candidates = new BitSet(items);
        for (int i : relevant) {
            excluded.set(i);
            candidates.set(i);
        }
        int available = items - excluded.cardinality();
        SplittableRandom rnd = new SplittableRandom(seed ^ (0xD1B54A32D192ED03L * (user + 1)));
        if (available <= negatives) {
            BitSet all = (BitSet) excluded.clone();
            all.flip(0, items);
            candidates.or(all);
        } else {
            int picked = 0;
            while (picked < negatives) {
                int i = rnd.nextInt(items);
                if (!excluded.get(i) && !candidates.get(i)) {
                    candidates.set(i);
                    picked++;
                }
            }
        }
        return candidates::get;
    }
}
