package org.recstudio.app.studio.simulate;

import org.recstudio.bandit.sim.Estimate;
import org.recstudio.bandit.sim.StrategyResult;

/**
 * One strategy's line of the Simulate screen's summary table.
 *
 * @param note                why the strategy did not run, or null
 * @param newItemShare        share of the last window's impressions that went to new items
 * @param roundsToFirstClick  mean rounds from a new item's arrival to its first click
 */
public record StrategySummaryRow(String strategy, String note, Estimate finalRegret, Estimate finalCtr,
                                 double newItemShare, Estimate newItemsClicked, Estimate roundsToFirstClick) {

    /** The row of {@code r}. */
    public static StrategySummaryRow of(StrategyResult r) {
        double share = r.newItemExposure().isEmpty() ? Double.NaN : r.newItemExposure().getLast().mean();
        return new StrategySummaryRow(r.name(), r.note(), r.finalRegret(), r.finalCtr(), share, r.newItemsClicked(),
                r.roundsToFirstClick());
    }

    /** Whether the strategy ran. */
    public boolean ran() {
        return note == null;
    }

}
