package org.recstudio.engine.eval.split;

/**
 * A splitter's decision for every interaction of a dataset (in {@code byUser()} entry order): train or held out,
 * plus per user whether the train/test boundary separates same-timestamp interactions.
 *
 * @param heldOut      {@code heldOut[k]} is true when entry {@code k} of {@code byUser()} is held out
 * @param boundaryTied per user: the boundary falls inside a group of equal timestamps
 * @param skipped      per user: kept wholly in training because the history was too short to hold anything out
 */
public record Assignment(boolean[] heldOut, boolean[] boundaryTied, boolean[] skipped) {
}
