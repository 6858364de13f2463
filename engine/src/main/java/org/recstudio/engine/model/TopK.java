package org.recstudio.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Partial selection of the {@code k} best scores without a full sort: a bounded min-heap, O(n log k).
 * Ties are broken by the lower index; {@link Float#NEGATIVE_INFINITY} and NaN scores are never returned.
 */
public final class TopK {

    private TopK() {
    }

    /** The top {@code k} allowed indexes of {@code scores}, best first. */
    public static List<ScoredItem> select(float[] scores, int k, IntPredicate allowed) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        int cap = Math.min(k, scores.length);
        int[] heapIdx = new int[cap];
        float[] heapScore = new float[cap];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (cap == 0 || Float.isNaN(s) || s == Float.NEGATIVE_INFINITY || !allowed.test(i)) {
                continue;
            }
            if (size < cap) {
                heapIdx[size] = i;
                heapScore[size] = s;
                siftUp(heapIdx, heapScore, size++);
            } else if (better(s, i, heapScore[0], heapIdx[0])) {
                heapIdx[0] = i;
                heapScore[0] = s;
                siftDown(heapIdx, heapScore, size);
            }
        }
        List<ScoredItem> out = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            out.add(new ScoredItem(heapIdx[j], heapScore[j]));
        }
        out.sort((a, b) -> better(a.score(), a.item(), b.score(), b.item()) ? -1 : 1);
        return Collections.unmodifiableList(out);
    }

    /** Whether (s1, i1) ranks before (s2, i2): higher score, then lower index. */
    static boolean better(float s1, int i1, float s2, int i2) {
        return s1 > s2 || (s1 == s2 && i1 < i2);
    }

    private static void siftUp(int[] idx, float[] sc, int j) {
        while (j > 0) {
            int p = (j - 1) >>> 1;
            if (better(sc[p], idx[p], sc[j], idx[j])) {
                swap(idx, sc, p, j);
                j = p;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] idx, float[] sc, int size) {
        int j = 0;
        while (true) {
            int l = 2 * j + 1;
            int r = l + 1;
            int worst = j;
            if (l < size && better(sc[worst], idx[worst], sc[l], idx[l])) {
                worst = l;
            }
            if (r < size && better(sc[worst], idx[worst], sc[r], idx[r])) {
                worst = r;
            }
            if (worst == j) {
                return;
            }
            swap(idx, sc, j, worst);
            j = worst;
        }
    }

    private static void swap(int[] idx, float[] sc, int a, int b) {
        int ti = idx[a];
        idx[a] = idx[b];
        idx[b] = ti;
        float ts = sc[a];
        sc[a] = sc[b];
        sc[b] = ts;
    }
}
