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
 * MovieLens rating files loaded straight into a whole {@link Dataset} (no workspace, no split: the evaluator
 * splits). Every rating row is one interaction of a valued "rating" event of weight 1; user and item indexes follow
 * the numeric ids.
 */
final class QualityData {

    private QualityData() {
    }

    /** MovieLens 100K {@code u.data}: TAB-separated user, item, rating, epoch seconds. */
    static Dataset movieLens100k(Path file) throws IOException {
        return load("movielens-100k", file, Pattern.compile("\t"), Integer.MAX_VALUE);
    }

    /** MovieLens 1M, users 1–2999: {@code ::}-separated, gzipped. */
    static Dataset movieLens1mSubset(Path file) throws IOException {
        return load("movielens-1m-u1-2999", file, Pattern.compile("::"), 2999);
    }

    private static Dataset load(String name, Path file, Pattern sep, int maxUser) throws IOException {
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
                    throw new IOException(file + ":" + lineNo + ": expected user, item, rating, time; got " + line);
                }
                int user = Integer.parseInt(f[0]);
                if (user <= maxUser) {
                    rows.add(new int[] {user, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])});
                }
            }
        }
        int n = rows.size();
        int[] userIds = rows.stream().mapToInt(a -> a[0]).distinct().sorted().toArray();
        int[] itemIds = rows.stream().mapToInt(a -> a[1]).distinct().sorted().toArray();
        int[] user = new int[n];
        int[] item = new int[n];
        int[] event = new int[n];
        float[] value = new float[n];
        long[] time = new long[n];
        for (int e = 0; e < n; e++) {
            int[] a = rows.get(e);
            user[e] = Arrays.binarySearch(userIds, a[0]);
            item[e] = Arrays.binarySearch(itemIds, a[1]);
            event[e] = 1;
            value[e] = a[2];
            time[e] = a[3] * 1000L;
        }
        DatasetInfo info = new DatasetInfo(0, name, file.toString(), Instant.EPOCH, 1, itemIds.length, userIds.length, n);
        return Dataset.of(info, new IdIndex(Arrays.stream(userIds).mapToObj(Integer::toString).toList()),
                new IdIndex(Arrays.stream(itemIds).mapToObj(Integer::toString).toList()),
                List.of(new EventType(1, "rating", 1, true)),
                new InteractionColumns(n, user, item, event, value, time, null), Progress.NONE);
    }
}
