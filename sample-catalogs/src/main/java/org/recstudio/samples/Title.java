package org.recstudio.samples;

import java.time.LocalDate;

/**
 * One synthetic movie or series as generated, before it is written to {@code items.csv}.
 *
 * @param id        external id, e.g. {@code T0042}
 * @param series    true for a series, false for a movie
 * @param genre     index of its {@link Genre}
 * @param studio    index of its {@link Studio}
 * @param released  release date (written as {@code created_at})
 * @param available whether it can currently be streamed (written as {@code in_stock})
 * @param minutes   runtime of the movie, or of one episode
 * @param episodes  episodes in the latest season (1 for a movie)
 * @param seasons   seasons (1 for a movie)
 * @param fresh     whether it belongs to the batch of new releases at the end of the period
 */
record Title(String id, String name, String description, boolean series, int genre, int studio, LocalDate released,
             boolean available, int minutes, int episodes, int seasons, boolean fresh) {

    /** The category path, e.g. {@code Series > Drama}. */
    String category(Genre genre) {
        return (series ? "Series" : "Movies") + " > " + genre.name();
    }
}
