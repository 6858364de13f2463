package org.recstudio.engine.eval.split;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;

/** Builds derived datasets (training splits, filtered data) from a subset of another dataset's interactions. */
public final class DatasetSlicer {

    private DatasetSlicer() {
    }

    /**
     * The interactions of {@code data} whose {@code byUser()} entry is kept, over the same user and item indexes
     * (and metadata) as {@code data}.
     */
    public static Dataset subset(Dataset data, boolean[] keepEntry) {
        return compact(data, null, null, keepEntry);
    }

    /**
     * The kept interactions over re-numbered indexes holding only the kept users and items (in their old order);
     * null {@code keepUser}/{@code keepItem} keep all.
     */
    public static Dataset compact(Dataset data, boolean[] keepUser, boolean[] keepItem, boolean[] keepEntry) {
        CsrMatrix rows = data.byUser();
        int[] userMap = remap(data.userCount(), keepUser);
        int[] itemMap = remap(data.itemCount(), keepItem);
        int n = 0;
        for (int u = 0; u < data.userCount(); u++) {
            for (int k = rows.start(u); k < rows.end(u); k++) {
                if (keepEntry[k] && userMap[u] >= 0 && itemMap[rows.col(k)] >= 0) {
                    n++;
                }
            }
        }
        int[] user = new int[n];
        int[] item = new int[n];
        int[] event = new int[n];
        float[] value = new float[n];
        long[] time = new long[n];
        int i = 0;
        for (int u = 0; u < data.userCount(); u++) {
            for (int k = rows.start(u); k < rows.end(u); k++) {
                if (keepEntry[k] && userMap[u] >= 0 && itemMap[rows.col(k)] >= 0) {
                    user[i] = userMap[u];
                    item[i] = itemMap[rows.col(k)];
                    event[i] = rows.event(k);
                    value[i] = rows.value(k);
                    time[i] = rows.time(k);
                    i++;
                }
            }
        }
        IdIndex users = keepUser == null ? data.users() : new IdIndex(kept(data.users(), keepUser));
        IdIndex items = keepItem == null ? data.items() : new IdIndex(kept(data.items(), keepItem));
        Dataset out = Dataset.of(data.info(), users, items, data.eventTypes(),
                new InteractionColumns(n, user, item, event, value, time, null), Progress.NONE);
        if (data.hasMetadata() && data.itemCount() + data.userCount() > 0) {
            List<ItemRecord> im = new ArrayList<>();
            for (int it = 0; it < data.itemCount(); it++) {
                if (itemMap[it] >= 0) {
                    im.add(data.item(it));
                }
            }
            List<UserRecord> um = new ArrayList<>();
            for (int u = 0; u < data.userCount(); u++) {
                if (userMap[u] >= 0) {
                    um.add(data.user(u));
                }
            }
            out = out.withMetadata(im, um);
        }
        return out;
    }

    private static int[] remap(int size, boolean[] keep) {
        int[] map = new int[size];
        int next = 0;
        for (int i = 0; i < size; i++) {
            map[i] = keep == null || keep[i] ? next++ : -1;
        }
        return map;
    }

    private static List<String> kept(IdIndex index, boolean[] keep) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (keep[i]) {
                ids.add(index.id(i));
            }
        }
        return ids;
    }
}
