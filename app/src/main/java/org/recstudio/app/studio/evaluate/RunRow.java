package org.recstudio.app.studio.evaluate;

import java.util.List;
import java.util.Locale;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.eval.history.RunSummary;

/** One stored run in the history list. */
public record RunRow(long id, String created, String dataset, String protocol, String models, long seed,
                     String wall) {

    static RunRow of(RunSummary s) {
        String protocol = s.protocol() + (s.ties() == null ? "" : " \u00b7 ties " + s.ties());
        return new RunRow(s.id(), Formats.time(s.createdAt().toEpochMilli()), s.dataset() + " v" + s.datasetVersion(),
                protocol, String.join(", ", s.models()), s.seed(),
                String.format(Locale.ROOT, "%.1f s", s.wallSeconds()));
    }

    /** The text of the run in the diff selectors. */
    @Override public String toString() {
        return "#" + id + "  " + created + "  " + models;
    }

    static List<RunRow> of(List<RunSummary> list) {
        return list.stream().map(RunRow::of).toList();
    }
}
