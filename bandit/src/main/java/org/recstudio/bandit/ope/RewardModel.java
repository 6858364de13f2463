package org.recstudio.bandit.ope;

/** An estimate q̂(x_i, a, slot_i) of the expected reward of action a in a logged row's context and slot. */
public interface RewardModel {

    /** Writes q̂ for every action into {@code out[0..log.actionCount())} for {@code row} of the log it was fit on. */
    void predict(int row, double[] out);
}
