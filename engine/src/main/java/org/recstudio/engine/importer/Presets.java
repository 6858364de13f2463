package org.recstudio.engine.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The named import presets, one per dataset format in {@code ../shared/datasets} plus our own sample catalogs:
 * movielens-100k, movielens-1m, movielens-latest-small, goodbooks-10k, lastfm-hetrec, uci-restaurant,
 * open-bandit, amazon-2018, recstudio-sample.
 */
public final class Presets {

    private static final List<Preset> ALL = build();

    private Presets() {
    }

    private static List<Preset> build() {
        List<Preset> all = new ArrayList<>(MovieLensPresets.all());
        all.addAll(CatalogPresets.all());
        return List.copyOf(all);
    }

    /** All presets, in a stable order. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset called {@code name}, ignoring case, '_' for '-', and the "ml-" short form ("ml-100k"). */
    public static Optional<Preset> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String alias = n.startsWith("ml-") ? "movielens-" + n.substring(3) : n;
        return ALL.stream().filter(p -> p.name().equals(n) || p.name().equals(alias)).findFirst();
    }
}
