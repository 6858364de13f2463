package org.recstudio.samples;

import java.util.Set;

/**
 * Small English helpers for composed text: lower-casing title words, articles, capitals.
 */
final class Words {

    /** Words that stay capitalised inside a sentence. */
    private static final Set<String> PROPER = Set.of("Dutch", "Brazilian-Style", "Adirondack", "Oxford", "French");

    private Words() {
    }

    /** Lower-cases the title-case words of a phrase, keeping acronyms, numbers and proper words as they are. */
    static String lowerPhrase(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        for (String word : phrase.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(PROPER.contains(word) ? word : lowerWord(word));
        }
        return out.toString();
    }

    private static String lowerWord(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (String part : word.split("-", -1)) {
            if (!out.isEmpty()) {
                out.append('-');
            }
            boolean titleCase = part.length() > 1 && Character.isUpperCase(part.charAt(0))
                    && part.substring(1).chars().allMatch(Character::isLowerCase);
            out.append(titleCase || part.length() == 1 && Character.isUpperCase(part.charAt(0))
                    ? part.toLowerCase(java.util.Locale.ROOT) : part);
        }
        return out.toString();
    }

    /** Whether a product noun is plural ("Hiking Boots", "Mugs"). */
    static boolean isPlural(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss");
    }

    /** "a" or "an" for a lower-case phrase. */
    static String article(String phrase) {
        if (phrase.isEmpty()) {
            return "a";
        }
        char c = phrase.charAt(0);
        if (phrase.startsWith("U") && phrase.length() > 1 && Character.isUpperCase(phrase.charAt(1))) {
            return "a"; // USB, UV
        }
        if (phrase.startsWith("one") || phrase.startsWith("uni") || phrase.startsWith("use")) {
            return "a";
        }
        return "aeiouAEIOU8".indexOf(c) >= 0 || phrase.startsWith("11") || phrase.startsWith("18") ? "an" : "a";
    }

    /** The phrase with its first letter upper-cased. */
    static String capitalize(String phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** Title case for a lower-case colour, e.g. "forest green" becomes "Forest Green". */
    static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean start = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
