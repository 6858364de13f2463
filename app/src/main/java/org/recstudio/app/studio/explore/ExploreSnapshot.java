package org.recstudio.app.studio.explore;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.data.DatasetSummary;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;
import org.recstudio.engine.workspace.Workspace;

/**
 * Everything the explorer shows about one dataset, built off the UI thread: the in-memory dataset, its
 * statistics, the headline numbers and the item and user rows (most active first).
 */
public record ExploreSnapshot(Dataset dataset, ExploreStats stats, List<Kpi> kpis, String headline,
                              List<ItemRow> items, List<UserRow> users) {

    /** Loads dataset {@code name} of {@code workspace} and computes its snapshot. */
    public static ExploreSnapshot load(Workspace workspace, String name, Progress progress) {
        Dataset d = new DatasetLoader(workspace).load(name, progress);
        progress.checkCancelled();
        ExploreStats stats = ExploreStats.of(d, progress);
        progress.checkCancelled();
        progress.update("Reading catalog", 0, 2);
        List<ItemRecord> itemRecords = workspace.catalog().items(d.info().id());
        progress.update("Reading catalog", 1, 2);
        List<UserRecord> userRecords = workspace.catalog().users(d.info().id());
        progress.update("Reading catalog", 2, 2);
        return of(d, stats, itemRecords, userRecords);
    }

    /** The snapshot of {@code d} with its computed stats and its catalog records. */
    static ExploreSnapshot of(Dataset d, ExploreStats stats, List<ItemRecord> itemRecords,
                              List<UserRecord> userRecords) {
        List<ItemRow> items = new ArrayList<>(itemRecords.size());
        for (ItemRecord r : itemRecords) {
            int i = d.items().indexOf(r.externalId());
            int count = i < 0 ? 0 : stats.itemCounts()[i];
            items.add(new ItemRow(i, r.externalId(), r.title(), r.category(), r.brand(), r.price(), count,
                    r.placeholder()));
        }
        items.sort(Comparator.comparingInt(ItemRow::interactions).reversed().thenComparing(ItemRow::id));
        List<UserRow> users = new ArrayList<>(userRecords.size());
        for (UserRecord r : userRecords) {
            int u = d.users().indexOf(r.externalId());
            int count = u < 0 ? 0 : stats.userCounts()[u];
            users.add(new UserRow(u, r.externalId(), r.attributes() == null ? "" : r.attributes(), count));
        }
        users.sort(Comparator.comparingInt(UserRow::interactions).reversed().thenComparing(UserRow::id));
        return new ExploreSnapshot(d, stats, kpis(stats), headline(stats), List.copyOf(items), List.copyOf(users));
    }

    static List<Kpi> kpis(ExploreStats stats) {
        DatasetSummary s = stats.summary();
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(new Kpi("Users", Formats.count(s.users()), "median "
                + Formats.decimal(s.medianUserActivity(), 1) + " \u00b7 max " + Formats.count(s.maxUserActivity())
                + " per user"));
        kpis.add(new Kpi("Items", Formats.count(s.items()), s.itemsWithoutInteractions() == 0
                ? "every item has interactions"
                : Formats.count(s.itemsWithoutInteractions()) + " without interactions"));
        kpis.add(new Kpi("Interactions", Formats.count(s.interactions()), s.users() == 0 ? "no users"
                : Formats.decimal((double) s.interactions() / s.users(), 1) + " per user on average"));
        kpis.add(new Kpi("Sparsity", Formats.percent(s.sparsity()),
                "density " + Formats.percent(1 - s.sparsity()) + " of the user \u00d7 item matrix"));
        kpis.add(dateRange(stats));
        kpis.add(new Kpi("Event types", Formats.count(s.events().size()), s.events().stream()
                .map(e -> e.event() + " \u00d7" + Formats.decimal(e.weight(), 2))
                .collect(Collectors.joining(" \u00b7 "))));
        return List.copyOf(kpis);
    }

    private static Kpi dateRange(ExploreStats stats) {
        DatasetSummary s = stats.summary();
        if (s.firstInteraction() == null) {
            return new Kpi("Date range", "\u2014", "no timestamps");
        }
        long days = ChronoUnit.DAYS.between(s.firstInteraction(), s.lastInteraction()) + 1;
        String undated = stats.timeline().undated() == 0 ? ""
                : ", " + Formats.count(stats.timeline().undated()) + " undated";
        return new Kpi("Date range", Formats.count(days) + (days == 1 ? " day" : " days"),
                Formats.date(s.firstInteraction()) + " \u2192 " + Formats.date(s.lastInteraction()) + undated);
    }

    /** "The top 20% of items (680) hold 74.1% of interactions; the other 2,720 hold 25.9%." */
    static String headline(ExploreStats stats) {
        ExploreStats.Popularity p = stats.popularity();
        if (stats.summary().interactions() == 0) {
            return "No interactions yet.";
        }
        return "The top 20% of items (" + Formats.count(p.headItems()) + ") hold " + Formats.percent(p.headShare())
                + " of interactions; the other " + Formats.count(stats.summary().items() - p.headItems())
                + " hold " + Formats.percent(1 - p.headShare()) + ".";
    }
}
