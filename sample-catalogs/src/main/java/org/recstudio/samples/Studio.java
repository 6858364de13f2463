package org.recstudio.samples;

import java.util.List;

/**
 * An invented film and television studio with the genres it mostly makes.
 *
 * @param name   studio name, written as the item's brand
 * @param genres indices of its focus genres
 */
record Studio(String name, List<Integer> genres) {

    Studio {
        genres = List.copyOf(genres);
    }
}
