package org.recstudio.app.studio.train;

/** The training loss after one iteration, as an algorithm reported it. */
public record LossPoint(int iteration, double loss) {
}
