package org.recstudio.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes product titles and one- or two-sentence descriptions from a category's vocabulary.
 *
 * <p>Titles look like "Trailblazer Waterproof Hiking Jacket", "Packable Rain Shell Lite" or
 * "Heritage Mugs, Set of 4"; descriptions mention the material, a use and the colour.
 */
final class ProductText {

    /** A composed title and description. */
    record Text(String title, String description) {
    }

    private ProductText() {
    }

    /** A title and description for a product of {@code leaf} in {@code department}. */
    static Text compose(SplittableRandom rng, Department department, LeafCategory leaf) {
        String noun = Draws.pick(rng, leaf.nouns());
        String material = Draws.pick(rng, leaf.materials());
        String adjective = Draws.pick(rng, leaf.adjectives());
        for (int i = 0; i < 10 && (overlaps(noun, adjective) || overlaps(material, adjective)); i++) {
            adjective = Draws.pick(rng, leaf.adjectives());
        }
        String model = Draws.pick(rng, department.models());
        String colour = Draws.pick(rng, department.colours());
        String use = Draws.pick(rng, leaf.uses());
        return new Text(title(rng, department, leaf, noun, adjective, model, colour),
                description(rng, department, noun, adjective, colour, material, use));
    }

    private static String title(SplittableRandom rng, Department department, LeafCategory leaf, String noun,
                                String adjective, String model, String colour) {
        double r = rng.nextDouble();
        String base;
        if (r < 0.38) {
            base = model + " " + adjective + " " + noun;
        } else if (r < 0.62) {
            base = adjective + " " + noun + " " + suffix(rng, department, adjective);
        } else if (r < 0.82) {
            base = model + " " + noun + " " + Draws.pick(rng, department.suffixes());
        } else {
            base = model + " " + adjective + " " + noun + ", " + Words.titleCase(colour);
        }
        List<String> packs = leaf.packs();
        if (!packs.isEmpty() && r < 0.82 && Draws.chance(rng, 0.5)) {
            base = base + ", " + Draws.pick(rng, packs);
        }
        return base;
    }

    private static String suffix(SplittableRandom rng, Department department, String adjective) {
        String suffix = Draws.pick(rng, department.suffixes());
        for (int i = 0; i < 10 && suffix.equals(adjective); i++) {
            suffix = Draws.pick(rng, department.suffixes());
        }
        return suffix;
    }

    /** Whether a phrase already says the adjective ("Adjustable" and "Adjustable Dumbbells"). */
    private static boolean overlaps(String phrase, String adjective) {
        String n = " " + phrase.toLowerCase(java.util.Locale.ROOT) + " ";
        for (String part : adjective.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
            if (n.contains(" " + part + " ") || n.contains(" " + part + "-") || n.contains("-" + part + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String description(SplittableRandom rng, Department department, String noun, String adjective,
                                      String colour, String material, String use) {
        String thing = Words.lowerPhrase(adjective) + " " + Words.lowerPhrase(noun);
        boolean plural = Words.isPlural(noun);
        String colourSentence = String.format(java.util.Locale.ROOT, department.colourPhrase(), colour);
        if (Draws.chance(rng, 0.7)) {
            String subject = plural ? Words.capitalize(thing) : Words.capitalize(Words.article(thing) + " " + thing);
            return subject + " " + department.materialVerb() + " " + material + ", designed for " + use + ". "
                    + colourSentence;
        }
        String verb = plural ? "are" : "is";
        String these = plural ? "these" : "this";
        return "Designed for " + use + ", " + these + " " + thing + " " + verb + " " + department.materialVerb()
                + " " + material + ". " + colourSentence;
    }
}
