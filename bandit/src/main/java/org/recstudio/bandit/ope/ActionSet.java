package org.recstudio.bandit.ope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The actions a log may contain — item ids, in index order — and where that list came from (for messages). */
public record ActionSet(List<String> ids, String origin) {

    public ActionSet {
        ids = List.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an action set needs at least one action (" + origin + ")");
        }
    }

    /** Actions "0".."n-1". */
    public static ActionSet range(int n, String origin) {
        return new ActionSet(java.util.stream.IntStream.range(0, n).mapToObj(Integer::toString).toList(), origin);
    }

    public int size() {
        return ids.size();
    }

    Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (m.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("action '" + ids.get(i) + "' appears twice in " + origin);
            }
        }
        return m;
    }

    String describe() {
        String range = ids.size() <= 6 ? String.join(", ", ids)
                : ids.getFirst() + ", " + ids.get(1) + ", … " + ids.getLast();
        return ids.size() + " actions (" + range + ") from " + origin;
    }
}
