package org.recstudio.bandit.sim;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.progress.Progress;

/**
 * The cold-start strategy lab: one comparison, on the same seeds and arrivals, of how each strategy treats a
 * cohort of new items — popularity, content similarity (when the environment has item content), a trained
 * factorisation with fold-in (when item factors are given), ε-greedy, Beta Thompson sampling and LinUCB with
 * content features (the hybrid model, whose shared part lets a new item borrow from similar items).
 * Strategies that cannot run are listed with a note instead of silently missing.
 */
public final class ColdStartLab {

    private ColdStartLab() {
    }

    /** The lab's strategies; {@code alsItemFactors} may be null. */
    public static List<StrategyFactory> strategies(float[][] alsItemFactors) {
        List<StrategyFactory> s = new ArrayList<>();
        s.add(Strategies.popularity());
        s.add(Strategies.contentSimilarity());
        s.add(Strategies.alsFoldIn(alsItemFactors));
        s.add(Strategies.policy("egreedy", "egreedy:epsilon=0.1"));
        s.add(Strategies.policy("ts", "ts"));
        s.add(Strategies.policy("hybrid-linucb", "hybrid-linucb:alpha=0.5"));
        return s;
    }

    /** Runs the lab in {@code env}. */
    public static SimulationResult run(Environment env, SimulationConfig config, float[][] alsItemFactors,
                                       Progress progress) {
        return new SimulationRunner().run(env, config, strategies(alsItemFactors), progress);
    }
}
