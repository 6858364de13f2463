package org.recstudio.bandit.policy;

import java.util.Map;

/**
 * Per-arm sufficient statistics of context-free policies: the (examination-weighted) number of trials and the
 * reward sum of each arm, and their totals.
 */
final class ArmStats {

    final double[] trials;
    final double[] rewards;
    double totalTrials;

    ArmStats(int arms) {
        trials = new double[arms];
        rewards = new double[arms];
    }

    void add(int arm, double reward, double examination) {
        trials[arm] += examination;
        rewards[arm] += reward;
        totalTrials += examination;
    }

    /** The mean reward of {@code arm}, or {@code fallback} when it has no trials. */
    double mean(int arm, double fallback) {
        double n = trials[arm];
        return n > 0 ? rewards[arm] / n : fallback;
    }

    void save(Map<String, double[]> out) {
        out.put("trials", trials.clone());
        out.put("rewards", rewards.clone());
    }

    void restore(PolicySnapshot s) {
        double[] t = s.require("trials", trials.length);
        double[] r = s.require("rewards", rewards.length);
        System.arraycopy(t, 0, trials, 0, t.length);
        System.arraycopy(r, 0, rewards, 0, r.length);
        totalTrials = 0;
        for (double v : trials) {
            totalTrials += v;
        }
    }
}
