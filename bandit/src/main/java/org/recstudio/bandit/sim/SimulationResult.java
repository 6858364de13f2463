package org.recstudio.bandit.sim;

import java.util.List;

/** The outcome of a simulation: the environment, the configuration, each strategy's results and the wall time. */
public record SimulationResult(String environment, SimulationConfig config, List<StrategyResult> strategies,
                               double seconds) {

    public SimulationResult {
        strategies = List.copyOf(strategies);
    }

    /** The result of strategy {@code name}. */
    public StrategyResult strategy(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no strategy '" + name + "' in " + strategies.stream()
                        .map(StrategyResult::name).toList()));
    }
}
