package org.recstudio.engine.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recstudio.engine.store.EventType;

/**
 * Descriptive statistics of a {@link Dataset}: counts, sparsity, time range, event mix, the most popular items
 * and the popularity long tail — what the CLI's {@code stats}/{@code demo} and the studio's explorer show.
 *
 * @param headItems the number of items in the popularity head: the top 20% of items by interactions
 * @param headShare the share of all interactions that the head holds (the long tail holds the rest)
 */
public record DatasetSummary(String name, int users, int items, long interactions, double sparsity,
                             Instant firstInteraction, Instant lastInteraction, List<EventCount> events,
                             List<ItemCount> topItems, int itemsWithoutInteractions, int headItems, double headShare,
                             double medianUserActivity, int maxUserActivity) {

    /** Interactions of one event type. */
    public record EventCount(String event, double weight, long count) {
    }

    /** An item index with its number of interactions. */
    public record ItemCount(int item, String id, int count) {
    }

    /** Summarises {@code d}, listing the {@code top} most popular items. */
    public static DatasetSummary of(Dataset d, int top) {
        CsrMatrix byItem = d.byItem();
        CsrMatrix byUser = d.byUser();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int maxCode = d.eventTypes().stream().mapToInt(EventType::code).max().orElse(0);
        long[] perEvent = new long[maxCode + 1];
        for (int k = 0; k < byUser.nnz(); k++) {
            long t = byUser.time(k);
            if (t != Long.MIN_VALUE) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
            perEvent[byUser.event(k)]++;
        }
        List<EventCount> events = new ArrayList<>();
        for (EventType t : d.eventTypes()) {
            events.add(new EventCount(t.name(), t.weight(), perEvent[t.code()]));
        }
        Integer[] order = new Integer[d.itemCount()];
        int empty = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            if (byItem.rowLength(i) == 0) {
                empty++;
            }
        }
        Arrays.sort(order, (a, b) -> byItem.rowLength(b) != byItem.rowLength(a)
                ? Integer.compare(byItem.rowLength(b), byItem.rowLength(a)) : Integer.compare(a, b));
        List<ItemCount> topItems = new ArrayList<>();
        for (int r = 0; r < Math.min(top, order.length); r++) {
            topItems.add(new ItemCount(order[r], d.items().id(order[r]), byItem.rowLength(order[r])));
        }
        int head = (int) Math.ceil(order.length * 0.2);
        long headCount = 0;
        for (int r = 0; r < head; r++) {
            headCount += byItem.rowLength(order[r]);
        }
        int[] activity = new int[d.userCount()];
        int max = 0;
        for (int u = 0; u < activity.length; u++) {
            activity[u] = byUser.rowLength(u);
            max = Math.max(max, activity[u]);
        }
        Arrays.sort(activity);
        double median = activity.length == 0 ? 0 : activity.length % 2 == 1 ? activity[activity.length / 2]
                : (activity[activity.length / 2 - 1] + activity[activity.length / 2]) / 2.0;
        return new DatasetSummary(d.name(), d.userCount(), d.itemCount(), d.size(), d.sparsity(),
                first == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first),
                last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last), events, topItems, empty, head,
                d.size() == 0 ? 0 : (double) headCount / d.size(), median, max);
    }
}
