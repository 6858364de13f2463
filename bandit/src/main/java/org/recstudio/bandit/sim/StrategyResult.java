package org.recstudio.bandit.sim;

import java.util.List;

/**
 * What one strategy achieved over the seeds of a simulation.
 *
 * @param note                  why the strategy was skipped (series empty), or null
 * @param regret                cumulative expected regret against the oracle page, at each checkpoint
 * @param ctr                   clicks per impression within each checkpoint window
 * @param newItemExposure       share of the window's impressions that went to the new-item cohort
 * @param newItemsClicked       share of the new-item cohort clicked at least once by the end
 * @param roundsToFirstClick    mean rounds from a new item's arrival to its first click (clicked items only)
 * @param finalRegret           cumulative regret at the last round
 * @param finalCtr              clicks per impression over the whole run
 * @param snapshot              the learned state of a bandit policy at the end of the first seed's run, or null
 */
public record StrategyResult(String name, String note, List<SeriesPoint> regret, List<SeriesPoint> ctr,
                             List<SeriesPoint> newItemExposure, Estimate newItemsClicked,
                             Estimate roundsToFirstClick, Estimate finalRegret, Estimate finalCtr,
                             org.recstudio.bandit.policy.PolicySnapshot snapshot) {

    public StrategyResult {
        regret = List.copyOf(regret);
        ctr = List.copyOf(ctr);
        newItemExposure = List.copyOf(newItemExposure);
    }

    static StrategyResult skipped(String name, String note) {
        Estimate none = Estimate.of(new double[0]);
        return new StrategyResult(name, note, List.of(), List.of(), List.of(), none, none, none, none, null);
    }

    /** Whether the strategy ran. */
    public boolean ran() {
        return note == null;
    }
}
