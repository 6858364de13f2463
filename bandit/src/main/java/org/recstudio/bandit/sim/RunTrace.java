package org.recstudio.bandit.sim;

/** The metrics of one run of one strategy at each checkpoint, and its new-item statistics. */
final class RunTrace {

    final long[] rounds;
    final double[] regret;
    final double[] ctr;
    final double[] newShare;
    double newItemsClicked = Double.NaN;
    double roundsToFirstClick = Double.NaN;
    double totalCtr;
    org.recstudio.bandit.policy.PolicySnapshot snapshot;

    RunTrace(int checkpoints) {
        rounds = new long[checkpoints];
        regret = new double[checkpoints];
        ctr = new double[checkpoints];
        newShare = new double[checkpoints];
    }
}
