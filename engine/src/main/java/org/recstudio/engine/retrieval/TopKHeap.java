package org.recstudio.engine.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recstudio.engine.model.ScoredItem;

/**
 * A reusable bounded min-heap of (index, score) pairs that keeps the {@code k} best: higher score first, ties
 * broken by the lower index (the order of {@link org.recstudio.engine.model.TopK}). Not thread-safe: one per
 * worker. {@link #offer} costs one comparison for a candidate that cannot enter, so callers may offer every
 * score and test filters only for the few that pass {@link #wouldAccept}.
 */
public final class TopKHeap {

    private final int capacity;
    private final int[] idx;
    private final float[] score;
    private int size;

    /** A heap keeping at most {@code k} entries. */
    public TopKHeap(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        this.capacity = k;
        this.idx = new int[k];
        this.score = new float[k];
    }

    /** Empties the heap for reuse. */
    public void clear() {
        size = 0;
    }

    /** Number of entries held. */
    public int size() {
        return size;
    }

    /** The most entries the heap keeps. */
    public int capacity() {
        return capacity;
    }

    /**
     * A lower bound on the scores that can still enter: negative infinity until the heap is full, then the worst
     * score held (a score equal to it enters only with a lower index, which {@link #wouldAccept} decides).
     */
    public float floor() {
        return size < capacity ? Float.NEGATIVE_INFINITY : score[0];
    }

    /** Whether (s, i) would enter the heap now; false for NaN and negative infinity. */
    public boolean wouldAccept(float s, int i) {
        if (s != s || s == Float.NEGATIVE_INFINITY || capacity == 0) {
            return false;
        }
        return size < capacity || better(s, i, score[0], idx[0]);
    }

    /** Offers (s, i); call only when {@link #wouldAccept} holds or when {@code i} is allowed anyway. */
    public void offer(float s, int i) {
        if (!wouldAccept(s, i)) {
            return;
        }
        if (size < capacity) {
            idx[size] = i;
            score[size] = s;
            siftUp(size++);
        } else {
            idx[0] = i;
            score[0] = s;
            siftDown();
        }
    }

    /** Whether (s1, i1) ranks before (s2, i2): higher score, then lower index. */
    static boolean better(float s1, int i1, float s2, int i2) {
        return s1 > s2 || (s1 == s2 && i1 < i2);
    }

    /** Drains the heap into index order best first; the heap is empty afterwards. */
    public int[] drainIndexes() {
        int n = size;
        int[] outIdx = new int[n];
        float[] outScore = new float[n];
        drain(outIdx, outScore);
        return outIdx;
    }

    /** Drains the heap into scored items best first; the heap is empty afterwards. */
    public List<ScoredItem> drainItems() {
        int n = size;
        int[] outIdx = new int[n];
        float[] outScore = new float[n];
        drain(outIdx, outScore);
        List<ScoredItem> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(new ScoredItem(outIdx[j], outScore[j]));
        }
        return Collections.unmodifiableList(out);
    }

    private void drain(int[] outIdx, float[] outScore) {
        for (int j = size - 1; j >= 0; j--) {
            outIdx[j] = idx[0];
            outScore[j] = score[0];
            size--;
            if (size > 0) {
                idx[0] = idx[size];
                score[0] = score[size];
                siftDown();
            }
        }
    }

    private void siftUp(int j) {
        while (j > 0) {
            int p = (j - 1) >>> 1;
            if (better(score[p], idx[p], score[j], idx[j])) {
                swap(p, j);
                j = p;
            } else {
                return;
            }
        }
    }

    private void siftDown() {
        int j = 0;
        while (true) {
            int l = 2 * j + 1;
            int r = l + 1;
            int worst = j;
            if (l < size && better(score[worst], idx[worst], score[l], idx[l])) {
                worst = l;
            }
            if (r < size && better(score[worst], idx[worst], score[r], idx[r])) {
                worst = r;
            }
            if (worst == j) {
                return;
            }
            swap(j, worst);
            j = worst;
        }
    }

    private void swap(int a, int b) {
        int ti = idx[a];
        idx[a] = idx[b];
        idx[b] = ti;
        float ts = score[a];
        score[a] = score[b];
        score[b] = ts;
    }
}
