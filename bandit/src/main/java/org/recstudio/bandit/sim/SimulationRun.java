package org.recstudio.bandit.sim;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.recstudio.engine.progress.Progress;

/** One run of one strategy over one seed: the round loop of {@link SimulationRunner}. */
final class SimulationRun {

    private final Environment env;
    private final SimulationConfig cfg;
    private final Arrivals arrivals;
    private final Strategy strategy;
    private final long worldSeed;
    private final long ownSeed;

    SimulationRun(Environment env, SimulationConfig cfg, Arrivals arrivals, Strategy strategy, long worldSeed,
                  long ownSeed) {
        this.env = env;
        this.cfg = cfg;
        this.arrivals = arrivals;
        this.strategy = strategy;
        this.worldSeed = worldSeed;
        this.ownSeed = ownSeed;
    }

    private static int[] byArrival(int n, java.util.function.IntToLongFunction arrival) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(arrival.applyAsLong(a), arrival.applyAsLong(b)));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    RunTrace run(Progress progress, AtomicLong done, long total) {
        SplittableRandom world = new SplittableRandom(worldSeed);
        SplittableRandom own = new SplittableRandom(ownSeed);
        int items = env.itemCount();
        int users = env.userCount();
        int[] itemOrder = byArrival(items, arrivals::itemArrival);
        int[] userOrder = byArrival(users, arrivals::userArrival);
        int[] pool = new int[items];
        int[] upool = new int[users];
        int avail = 0;
        int uavail = 0;
        int nextItem = 0;
        int nextUser = 0;
        int k = cfg.slateSize();
        double[] kappa = new double[k];
        for (int j = 0; j < k; j++) {
            kappa[j] = cfg.examination(j);
        }
        double eta = cfg.clickNoise();
        double base = env.baseCtr();
        int[] slate = new int[k];
        double[] best = new double[k];
        long[] firstClick = new long[items];
        java.util.Arrays.fill(firstClick, -1);
        long rounds = cfg.rounds();
        int cps = (int) Math.min(cfg.checkpoints(), rounds);
        RunTrace trace = new RunTrace(cps);
        int cp = 0;
        long nextCheckpoint = rounds * (cp + 1) / cps;
        double regret = 0;
        long clicks = 0;
        long impressions = 0;
        long winClicks = 0;
        long winImpressions = 0;
        long winNew = 0;
        for (long t = 0; t < rounds; t++) {
            while (nextItem < items && arrivals.itemArrival(itemOrder[nextItem]) <= t) {
                pool[avail++] = itemOrder[nextItem++];
            }
            while (nextUser < users && arrivals.userArrival(userOrder[nextUser]) <= t) {
                upool[uavail++] = userOrder[nextUser++];
            }
            int user = upool[world.nextInt(uavail)];
            int n = avail;
            if (cfg.candidates() > 0 && cfg.candidates() < avail) {
                n = cfg.candidates();
                for (int j = 0; j < n; j++) {
                    int r = j + world.nextInt(avail - j);
                    int tmp = pool[j];
                    pool[j] = pool[r];
                    pool[r] = tmp;
                }
            }
            int m = Math.min(k, n);
            float[] p = env.row(user);
            // the oracle: the m most attractive candidates in the m most examined slots
            java.util.Arrays.fill(best, 0, m, -1);
            for (int j = 0; j < n; j++) {
                double v = p[pool[j]];
                if (v > best[m - 1]) {
                    int q = m - 1;
                    while (q > 0 && best[q - 1] < v) {
                        best[q] = best[q - 1];
                        q--;
                    }
                    best[q] = v;
                }
            }
            strategy.advance(t);
            strategy.choose(t, user, pool, n, m, own, slate);
            double oracle = 0;
            double got = 0;
            for (int j = 0; j < m; j++) {
                oracle += kappa[j] * ((1 - eta) * best[j] + eta * base);
            }
            for (int j = 0; j < m; j++) {
                int item = pool[slate[j]];
                double q = (1 - eta) * p[item] + eta * base;
                got += kappa[j] * q;
                boolean click = world.nextDouble() < kappa[j] * q;
                strategy.observe(t, user, item, j, kappa[j], click);
                impressions++;
                winImpressions++;
                if (arrivals.isNewItem(item)) {
                    winNew++;
                }
                if (click) {
                    clicks++;
                    winClicks++;
                    if (firstClick[item] < 0) {
                        firstClick[item] = t;
                    }
                }
            }
            regret += oracle - got;
            if (t + 1 == nextCheckpoint) {
                trace.rounds[cp] = t + 1;
                trace.regret[cp] = regret;
                trace.ctr[cp] = winImpressions == 0 ? 0 : (double) winClicks / winImpressions;
                trace.newShare[cp] = winImpressions == 0 ? 0 : (double) winNew / winImpressions;
                winClicks = 0;
                winImpressions = 0;
                winNew = 0;
                cp++;
                nextCheckpoint = cp < cps ? rounds * (cp + 1) / cps : -1;
            }
            if ((t & 4095) == 4095) {
                progress.checkCancelled();
                progress.update("Simulating", done.addAndGet(4096), total);
            }
        }
        done.addAndGet(rounds & 4095);
        trace.totalCtr = impressions == 0 ? 0 : (double) clicks / impressions;
        int cohort = 0;
        int clicked = 0;
        double sum = 0;
        for (int i = 0; i < items; i++) {
            if (arrivals.isNewItem(i)) {
                cohort++;
                if (firstClick[i] >= 0) {
                    clicked++;
                    sum += firstClick[i] - arrivals.itemArrival(i);
                }
            }
        }
        trace.snapshot = strategy.snapshot();
        if (cohort > 0) {
            trace.newItemsClicked = (double) clicked / cohort;
            trace.roundsToFirstClick = clicked == 0 ? Double.NaN : sum / clicked;
        }
        return trace;
    }
}
