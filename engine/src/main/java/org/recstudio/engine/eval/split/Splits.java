package org.recstudio.engine.eval.split;

import java.util.Arrays;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.progress.Progress;

/** Turns a splitter's {@link Assignment} into a {@link Split}: the training dataset, held-out sets and the report. */
final class Splits {

    private Splits() {
    }

    static Split build(Splitter splitter, Dataset data, Assignment a, double relevanceThreshold, Progress progress) {
        CsrMatrix rows = data.byUser();
        if (a.heldOut().length != rows.nnz() || a.boundaryTied().length != data.userCount()) {
            throw new IllegalStateException(splitter.name() + " assigned " + a.heldOut().length
                    + " interactions of " + rows.nnz());
        }
        boolean[] keep = new boolean[rows.nnz()];
        int testInteractions = 0;
        for (int k = 0; k < keep.length; k++) {
            keep[k] = !a.heldOut()[k];
            testInteractions += a.heldOut()[k] ? 1 : 0;
        }
        Dataset train = DatasetSlicer.subset(data, keep);
        progress.checkCancelled();
        CsrMatrix trainRows = train.byUser();
        CsrMatrix trainItems = train.byItem();
        int users = data.userCount();
        int[] evalUsers = new int[users];
        int[] ptr = new int[users + 1];
        int[] items = new int[testInteractions];
        boolean[] lastTied = new boolean[users];
        boolean[] boundaryTied = new boolean[users];
        int n = 0;
        int skipped = 0;
        int repeatOnly = 0;
        int noRelevant = 0;
        int tied = 0;
        int bTied = 0;
        int coldUsers = 0;
        int coldTestItems = 0;
        boolean[] coldItem = new boolean[data.itemCount()];
        java.util.BitSet seen = new java.util.BitSet(data.itemCount());
        for (int u = 0; u < users; u++) {
            if (a.skipped()[u]) {
                skipped++;
            }
            int s = rows.start(u);
            int e = rows.end(u);
            int held = 0;
            int relevant = 0;
            int start = ptr[n];
            seen.clear();
            for (int k = trainRows.start(u); k < trainRows.end(u); k++) {
                seen.set(trainRows.col(k));
            }
            for (int k = s; k < e; k++) {
                if (!a.heldOut()[k]) {
                    continue;
                }
                held++;
                float v = rows.value(k);
                if (!Double.isNaN(relevanceThreshold) && !Float.isNaN(v) && v < relevanceThreshold) {
                    continue;
                }
                relevant++;
                int item = rows.col(k);
                if (!seen.get(item)) {
                    seen.set(item);
                    items[start++] = item;
                }
            }
            if (held == 0) {
                continue;
            }
            if (relevant == 0) {
                noRelevant++;
                continue;
            }
            if (start == ptr[n]) {
                repeatOnly++;
                continue;
            }
            Arrays.sort(items, ptr[n], start);
            evalUsers[n] = u;
            lastTied[n] = e - s >= 2 && rows.time(e - 1) == rows.time(e - 2);
            boundaryTied[n] = a.boundaryTied()[u];
            tied += lastTied[n] ? 1 : 0;
            bTied += boundaryTied[n] ? 1 : 0;
            if (trainRows.rowLength(u) == 0) {
                coldUsers++;
            }
            for (int p = ptr[n]; p < start; p++) {
                if (trainItems.rowLength(items[p]) == 0) {
                    coldItem[items[p]] = true;
                    coldTestItems++;
                }
            }
            ptr[++n] = start;
        }
        int total = ptr[n];
        HeldOut test = new HeldOut(Arrays.copyOf(evalUsers, n), Arrays.copyOf(ptr, n + 1), Arrays.copyOf(items, total),
                Arrays.copyOf(lastTied, n), Arrays.copyOf(boundaryTied, n));
        int coldItems = 0;
        for (boolean c : coldItem) {
            coldItems += c ? 1 : 0;
        }
        SplitReport report = new SplitReport(splitter.describe(), users, n, skipped, repeatOnly, noRelevant,
                n == 0 ? 0 : (double) tied / n, n == 0 ? 0 : (double) bTied / n, n == 0 ? 0 : (double) total / n,
                train.size(), testInteractions, coldUsers, coldItems, total == 0 ? 0 : (double) coldTestItems / total,
                splitter.leaksFuture());
        return new Split(train, test, null, report);
    }
}
