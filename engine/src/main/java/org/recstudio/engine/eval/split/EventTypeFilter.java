package org.recstudio.engine.eval.split;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.store.EventType;

/** Keeps only interactions of the named event types (e.g. purchases); users and items keep their indexes. */
public record EventTypeFilter(List<String> events) implements Prefilter {

    public EventTypeFilter {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("event-type filter needs at least one event name");
        }
        events = List.copyOf(events);
    }

    @Override public Dataset apply(Dataset data) {
        Set<Integer> codes = new HashSet<>();
        for (String name : events) {
            EventType t = data.eventTypes().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("dataset '" + data.name() + "' has no event type '"
                            + name + "'; it has " + data.eventTypes().stream().map(EventType::name).toList()));
            codes.add(t.code());
        }
        CsrMatrix rows = data.byUser();
        boolean[] keep = new boolean[rows.nnz()];
        for (int k = 0; k < keep.length; k++) {
            keep[k] = codes.contains(rows.event(k));
        }
        return DatasetSlicer.subset(data, keep);
    }

    @Override public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filter", "event-types");
        m.put("events", events);
        return m;
    }
}
