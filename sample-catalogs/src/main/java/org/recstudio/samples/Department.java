package org.recstudio.samples;

import java.util.List;

/**
 * A top-level shop category with the words used to name and describe its products.
 *
 * @param name         the top-level category name, e.g. {@code Outdoor}
 * @param weight       relative share of the catalog
 * @param models       product-line names put in front of titles, e.g. {@code Trailblazer}
 * @param suffixes     title suffixes, e.g. {@code Pro}
 * @param colours      colours or finishes, lower case
 * @param colourPhrase a sentence format with one {@code %s} for the colour
 * @param materialVerb how the material is introduced, e.g. {@code made from}
 */
record Department(String name, double weight, List<String> models, List<String> suffixes, List<String> colours,
                  String colourPhrase, String materialVerb) {

    Department {
        models = List.copyOf(models);
        suffixes = List.copyOf(suffixes);
        colours = List.copyOf(colours);
    }
}
