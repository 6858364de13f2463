package org.recstudio.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/**
 * MovieLens ratings loaded straight into {@link Dataset}s (no workspace) with the temporal leave-last-out split of
 * {@code shared/benchmarks/anchors.md}: per user, interactions sorted by (timestamp, item id); the last is the test
 * item, the second-to-last the validation item. Dense user and item indexes follow the numeric ids, so "ties by
 * item index" is "ties by item id". The rating is the interaction strength (a valued "rating" event of weight 1).
 */
final class AlsBenchmarkData {

    /**
     * One dataset split.
     *
     * @param fit       every interaction except each user's test item: what the models are fitted on
     * @param tune      every interaction except the test and validation items
     * @param test      each user's test item index
     * @param valid     each user's validation item index
     * @param testTied  whether the test item has the same timestamp as the interaction before it
     */
    record Split(String name, Dataset fit, Dataset tune, int[] test, int[] valid, boolean[] testTied, int users,
                 int items, int interactions) {
    }

    private AlsBenchmarkData() {
    }

    /** MovieLens 100K {@code u.data}: TAB-separated user, item, rating, epoch seconds. */
    static Split movieLens100k(Path file) throws IOException {
        return load("MovieLens 100K", file, Pattern.compile("\t"));
    }

    /** The MovieLens 1M users 1–2999 subset: {@code ::}-separated, gzipped. */
    static Split movieLens1mSubset(Path file) throws IOException {
        return load("MovieLens 1M users 1–2999", file, Pattern.compile("::"));
    }

    private static Split load(String name, Path file, Pattern sep) throws IOException {
        List<int[]> rows = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = sep.split(line.trim());
                if (f.length < 4) {
                    throw new IOException(file + ":" + lineNo + ": expected 4 fields, got " + f.length);
                }
                rows.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3])});
            }
        }
        return split(name, rows);
    }

    private static Split split(String name, List<int[]> rows) {
        int n = rows.size();
        int[] userIds = rows.stream().mapToInt(a -> a[0]).distinct().sorted().toArray();
        int[] itemIds = rows.stream().mapToInt(a -> a[1]).distinct().sorted().toArray();
        int nu = userIds.length;
        int[] user = new int[n];
        int[] item = new int[n];
        float[] rating = new float[n];
        long[] time = new long[n];
        for (int e = 0; e < n; e++) {
            int[] a = rows.get(e);
            user[e] = Arrays.binarySearch(userIds, a[0]);
            item[e] = Arrays.binarySearch(itemIds, a[1]);
            rating[e] = a[2];
            time[e] = a[3] * 1000L;
        }
        // per user: entries sorted by (time, item id)
        Integer[] order = new Integer[n];
        for (int e = 0; e < n; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> user[a] != user[b] ? Integer.compare(user[a], user[b])
                : time[a] != time[b] ? Long.compare(time[a], time[b]) : Integer.compare(item[a], item[b]));
        int[] test = new int[nu];
        int[] valid = new int[nu];
        boolean[] tied = new boolean[nu];
        boolean[] isTest = new boolean[n];
        boolean[] isValid = new boolean[n];
        for (int k = 0; k < n; k++) {
            boolean lastOfUser = k == n - 1 || user[order[k + 1]] != user[order[k]];
            if (lastOfUser) {
                int u = user[order[k]];
                if (k < 2 || user[order[k - 2]] != u) {
                    throw new IllegalStateException("user " + userIds[u] + " has fewer than 3 ratings");
                }
                test[u] = item[order[k]];
                valid[u] = item[order[k - 1]];
                tied[u] = time[order[k]] == time[order[k - 1]];
                isTest[order[k]] = true;
                isValid[order[k - 1]] = true;
            }
        }
        List<String> uid = Arrays.stream(userIds).mapToObj(Integer::toString).toList();
        List<String> iid = Arrays.stream(itemIds).mapToObj(Integer::toString).toList();
        Dataset fit = dataset(name + " (fit)", uid, iid, user, item, rating, time, e -> !isTest[e]);
        Dataset tune = dataset(name + " (tune)", uid, iid, user, item, rating, time, e -> !isTest[e] && !isValid[e]);
        return new Split(name, fit, tune, test, valid, tied, nu, itemIds.length, n);
    }

    private static Dataset dataset(String name, List<String> users, List<String> items, int[] user, int[] item,
                                   float[] rating, long[] time, java.util.function.IntPredicate keep) {
        int m = 0;
        for (int e = 0; e < user.length; e++) {
            m += keep.test(e) ? 1 : 0;
        }
        int[] u = new int[m];
        int[] i = new int[m];
        float[] v = new float[m];
        long[] t = new long[m];
        for (int e = 0, o = 0; e < user.length; e++) {
            if (keep.test(e)) {
                u[o] = user[e];
                i[o] = item[e];
                v[o] = rating[e];
                t[o] = time[e];
                o++;
            }
        }
        DatasetInfo info = new DatasetInfo(0, name, "benchmark", Instant.EPOCH, 1, items.size(), users.size(), m);
        return Dataset.of(info, new IdIndex(users), new IdIndex(items), List.of(new EventType(0, "rating", 1, true)),
                new InteractionColumns(m, u, i, new int[m], v, t, null), Progress.NONE);
    }
}
