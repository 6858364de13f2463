package org.recstudio.engine.eval.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Accuracy metrics against values computed by hand. */
class AccuracyMetricsTest {

    private static final double EPS = 1e-12;
    // recommended best first; relevant items 3, 7 and 9: hits at 0-based ranks 1 (item 3) and 3 (item 9)
    private static final RankedList LIST = new RankedList(0, new int[] {5, 3, 8, 9, 1}, new int[] {3, 7, 9});

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test void precision() {
        assertEquals(2.0 / 5, new Precision().value(LIST, 5), EPS);
        assertEquals(1.0 / 3, new Precision().value(LIST, 3), EPS);
        assertEquals(0.0, new Precision().value(LIST, 1), EPS);
        assertEquals(2.0 / 10, new Precision().value(LIST, 10), EPS, "a short list counts missing slots as misses");
    }

    @Test void recall() {
        assertEquals(2.0 / 3, new Recall().value(LIST, 5), EPS);
        assertEquals(1.0 / 3, new Recall().value(LIST, 2), EPS);
        assertEquals(0.0, new Recall().value(LIST, 1), EPS);
    }

    @Test void ndcg() {
        assertEquals((1 / log2(3) + 1 / log2(5)) / (1 / log2(2) + 1 / log2(3) + 1 / log2(4)),
                new Ndcg().value(LIST, 5), EPS);
        assertEquals((1 / log2(3)) / (1 + 1 / log2(3)), new Ndcg().value(LIST, 2), EPS);
        RankedList twoHits = new RankedList(0, new int[] {1, 2, 3}, new int[] {1, 3});
        assertEquals((1 / log2(2) + 1 / log2(4)) / (1 + 1 / log2(3)), new Ndcg().value(twoHits, 10), EPS);
        RankedList single = new RankedList(0, new int[] {4, 2, 7}, new int[] {7});
        assertEquals(1 / log2(4), new Ndcg().value(single, 10), EPS, "one relevant item: 1/log2(rank+2)");
    }

    @Test void hitRate() {
        assertEquals(0.0, new HitRate().value(LIST, 1), EPS);
        assertEquals(1.0, new HitRate().value(LIST, 2), EPS);
    }

    @Test void averagePrecision() {
        assertEquals((1.0 / 2 + 2.0 / 4) / 3, new AveragePrecision().value(LIST, 5), EPS);
        assertEquals((1.0 / 2) / 2, new AveragePrecision().value(LIST, 2), EPS, "normalised by min(|rel|, K)");
    }

    @Test void reciprocalRank() {
        assertEquals(1.0 / 2, new ReciprocalRank().value(LIST, 5), EPS);
        assertEquals(0.0, new ReciprocalRank().value(LIST, 1), EPS);
    }

    @Test void emptyListScoresZero() {
        RankedList empty = new RankedList(0, new int[0], new int[] {1});
        assertEquals(0.0, new Ndcg().value(empty, 10), EPS);
        assertEquals(0.0, new AveragePrecision().value(empty, 10), EPS);
        assertEquals(0.0, new ReciprocalRank().value(empty, 10), EPS);
    }
}
