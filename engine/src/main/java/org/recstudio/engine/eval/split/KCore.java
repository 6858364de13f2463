package org.recstudio.engine.eval.split;

import java.util.LinkedHashMap;
import java.util.Map;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;

/**
 * The k-core of the data: users with fewer than {@code minPerUser} and items with fewer than {@code minPerItem}
 * interactions are removed, repeatedly, until every remaining user and item meets its minimum. Removed users and
 * items leave the index (the result is re-numbered), so they are not ranked either.
 */
public record KCore(int minPerUser, int minPerItem) implements Prefilter {

    public KCore {
        if (minPerUser < 0 || minPerItem < 0) {
            throw new IllegalArgumentException("k-core minimums must be >= 0, got user " + minPerUser + ", item "
                    + minPerItem);
        }
    }

    @Override public Dataset apply(Dataset data) {
        CsrMatrix rows = data.byUser();
        boolean[] keepUser = new boolean[data.userCount()];
        boolean[] keepItem = new boolean[data.itemCount()];
        int[] userCount = new int[data.userCount()];
        int[] itemCount = new int[data.itemCount()];
        java.util.Arrays.fill(keepUser, true);
        java.util.Arrays.fill(keepItem, true);
        boolean changed = true;
        while (changed) {
            changed = false;
            java.util.Arrays.fill(userCount, 0);
            java.util.Arrays.fill(itemCount, 0);
            for (int u = 0; u < data.userCount(); u++) {
                if (!keepUser[u]) {
                    continue;
                }
                for (int k = rows.start(u); k < rows.end(u); k++) {
                    if (keepItem[rows.col(k)]) {
                        userCount[u]++;
                        itemCount[rows.col(k)]++;
                    }
                }
            }
            for (int u = 0; u < keepUser.length; u++) {
                if (keepUser[u] && userCount[u] < Math.max(1, minPerUser)) {
                    keepUser[u] = false;
                    changed = true;
                }
            }
            for (int i = 0; i < keepItem.length; i++) {
                if (keepItem[i] && itemCount[i] < Math.max(1, minPerItem)) {
                    keepItem[i] = false;
                    changed = true;
                }
            }
        }
        boolean[] all = new boolean[rows.nnz()];
        java.util.Arrays.fill(all, true);
        return DatasetSlicer.compact(data, keepUser, keepItem, all);
    }

    @Override public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filter", "k-core");
        m.put("min_per_user", minPerUser);
        m.put("min_per_item", minPerItem);
        return m;
    }
}
