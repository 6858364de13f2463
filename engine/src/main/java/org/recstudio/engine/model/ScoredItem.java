package org.recstudio.engine.model;

/** An item index with its score in one recommendation list, best first. */
public record ScoredItem(int item, float score) {
}
