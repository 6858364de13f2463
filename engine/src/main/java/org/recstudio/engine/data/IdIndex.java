package org.recstudio.engine.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A bijection between external ids (strings from the source files) and dense int indexes 0..size-1. */
public final class IdIndex {

    private final String[] ids;
    private final Map<String, Integer> index;

    public IdIndex(List<String> ids) {
        this.ids = ids.toArray(new String[0]);
        this.index = new HashMap<>(Math.max(16, this.ids.length * 2));
        for (int i = 0; i < this.ids.length; i++) {
            if (index.put(this.ids[i], i) != null) {
                throw new IllegalArgumentException("duplicate id '" + this.ids[i] + "' at index " + i);
            }
        }
    }

    /** Number of ids. */
    public int size() {
        return ids.length;
    }

    /** The external id of index {@code i}. */
    public String id(int i) {
        return ids[i];
    }

    /** The index of {@code id}, or -1 when unknown. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }
}
