package org.recstudio.engine.eval.split;

import java.util.Map;

/**
 * What a split did, stated with every result.
 *
 * @param protocol          the splitter's description (name, tie rule, parameters, {@code leaks_future})
 * @param users             users in the source data
 * @param evaluatedUsers    users with at least one held-out relevant item
 * @param skippedUsers      users kept wholly in training because holding out would leave too little history
 * @param repeatOnlyUsers   users whose held-out items were all already in their training history (not rankable)
 * @param noRelevantUsers   users whose held-out items were all below the relevance threshold
 * @param tiedShare         share of evaluated users whose last timestamp is shared by several interactions
 * @param boundaryTiedShare share of evaluated users whose train/test boundary splits same-timestamp interactions
 * @param meanTestItems     mean held-out relevant items per evaluated user
 * @param coldUsers         evaluated users with no training interaction
 * @param coldItems         distinct held-out items with no training interaction
 * @param coldItemShare     share of held-out relevant items with no training interaction
 */
public record SplitReport(Map<String, Object> protocol, int users, int evaluatedUsers, int skippedUsers,
                          int repeatOnlyUsers, int noRelevantUsers, double tiedShare, double boundaryTiedShare,
                          double meanTestItems, int trainInteractions, int testInteractions, int coldUsers,
                          int coldItems, double coldItemShare, boolean leaksFuture) {

    public SplitReport {
        protocol = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(protocol));
    }
}
