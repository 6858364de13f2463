package org.recstudio.bandit.sim;

/** Makes a fresh {@link Strategy} for each run, and says when it cannot run in an environment. */
public interface StrategyFactory {

    /** The name in results and charts. */
    String name();

    /** Why this strategy cannot run in {@code env} (shown as a note), or null when it can. */
    default String unavailable(Environment env) {
        return null;
    }

    /** A new strategy for one run. */
    Strategy create(Environment env, Arrivals arrivals, SimulationConfig config);
}
