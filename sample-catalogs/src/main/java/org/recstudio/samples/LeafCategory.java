package org.recstudio.samples;

import java.util.List;

/**
 * A third-level shop category with its product nouns, adjectives, materials, uses and price level.
 *
 * @param department  index of the {@link Department}
 * @param path        the full path, e.g. {@code Outdoor > Jackets > Rain Jackets}
 * @param nouns       product nouns in title case, e.g. {@code Rain Shell}
 * @param adjectives  title adjectives, e.g. {@code Waterproof}
 * @param materials   material phrases, lower case
 * @param uses        use phrases completing "designed for ...", lower case
 * @param packs       optional pack sizes, e.g. {@code Set of 4} (may be empty)
 * @param medianPrice median price
 * @param priceSigma  log-space spread of prices
 */
record LeafCategory(int department, String path, List<String> nouns, List<String> adjectives, List<String> materials,
                    List<String> uses, List<String> packs, double medianPrice, double priceSigma) {

    LeafCategory {
        nouns = List.copyOf(nouns);
        adjectives = List.copyOf(adjectives);
        materials = List.copyOf(materials);
        uses = List.copyOf(uses);
        packs = List.copyOf(packs);
    }
}
