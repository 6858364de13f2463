package org.recstudio.samples;

import java.util.List;

/**
 * A film and television genre with the words used to name and describe its titles.
 *
 * @param name           genre name, the second level of the category path
 * @param weight         relative share of the catalog and of viewers' tastes
 * @param openings       description openings without article, e.g. {@code taut thriller}
 * @param characters     protagonists, singular, e.g. {@code a retired cartographer}
 * @param plots          what they do, completing "who ...", e.g. {@code uncovers a conspiracy}
 * @param nouns          title nouns
 * @param adjectives     title adjectives
 * @param movieMinutes   median movie runtime
 * @param episodeMinutes typical episode runtime
 */
record Genre(String name, double weight, List<String> openings, List<String> characters, List<String> plots,
             List<String> nouns, List<String> adjectives, int movieMinutes, int episodeMinutes) {

    Genre {
        openings = List.copyOf(openings);
        characters = List.copyOf(characters);
        plots = List.copyOf(plots);
        nouns = List.copyOf(nouns);
        adjectives = List.copyOf(adjectives);
    }
}
