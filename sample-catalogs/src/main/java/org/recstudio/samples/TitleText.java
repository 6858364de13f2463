package org.recstudio.samples;

import java.util.SplittableRandom;

/**
 * Composes movie and series names ("The Silent Witness", "Goodbye, Marigold") and their descriptions.
 */
final class TitleText {

    private TitleText() {
    }

    /** A name for a title of {@code genre}. */
    static String name(SplittableRandom rng, Genre genre, boolean series) {
        String noun = Draws.pick(rng, genre.nouns());
        String adjective = Draws.pick(rng, genre.adjectives());
        String place = Draws.pick(rng, StreamingVocabulary.places());
        double r = rng.nextDouble();
        if (series && r < 0.3) {
            return Draws.chance(rng, 0.5) ? place : place + " " + noun;
        }
        if (r < 0.35) {
            return "The " + adjective + " " + noun;
        }
        if (r < 0.55) {
            return adjective + " " + noun;
        }
        if (r < 0.72) {
            return "The " + noun + " of " + place;
        }
        if (r < 0.84) {
            return noun + " at " + place;
        }
        String person = Draws.pick(rng, StreamingVocabulary.names());
        if (r < 0.92) {
            return person + " and the " + adjective + " " + noun;
        }
        return "Goodbye, " + person;
    }

    /** A two-sentence description: premise, then runtime or seasons. */
    static String description(SplittableRandom rng, Genre genre, boolean series, int minutes, int episodes,
                              int seasons) {
        String opening = Draws.pick(rng, genre.openings());
        String premise = Words.capitalize(Words.article(opening)) + " " + opening + " about "
                + Draws.pick(rng, genre.characters()) + " who " + Draws.pick(rng, genre.plots()) + ".";
        if (!series) {
            return premise + " Runtime " + minutes + " minutes.";
        }
        return premise + " " + seasons + (seasons == 1 ? " season" : " seasons") + " of " + episodes
                + " episodes, about " + minutes + " minutes each.";
    }
}
