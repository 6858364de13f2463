package org.recstudio.engine.model.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import smile.nlp.dictionary.EnglishStopWords;
import smile.nlp.stemmer.PorterStemmer;
import smile.nlp.tokenizer.SimpleTokenizer;

/**
 * Turns item text into terms: Smile's {@link SimpleTokenizer}, then each token split at characters that are
 * neither letters nor digits (so {@code hiking-jackets} gives {@code hiking} and {@code jackets}), lower-cased,
 * tokens shorter than two characters or without a letter dropped, English stop words
 * ({@link EnglishStopWords#DEFAULT}) dropped and the rest reduced by the {@link PorterStemmer} (Porter 1980).
 *
 * <p>Not thread-safe (the stemmer keeps a buffer): one instance per fit.
 */
final class TextAnalyzer {

    /** One term occurrence: the stem used as the feature and the lower-cased word it came from. */
    record Term(String stem, String word) {
    }

    private final SimpleTokenizer tokenizer = new SimpleTokenizer(true);
    private final PorterStemmer stemmer = new PorterStemmer();
    private final boolean stemming;
    private final boolean removeStopWords;

    TextAnalyzer(boolean stemming, boolean removeStopWords) {
        this.stemming = stemming;
        this.removeStopWords = removeStopWords;
    }

    /** The terms of {@code text} in order; empty for null or blank text. */
    List<Term> terms(String text) {
        List<Term> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String token : tokenizer.split(text)) {
            int start = -1;
            for (int i = 0; i <= token.length(); i++) {
                boolean word = i < token.length() && Character.isLetterOrDigit(token.charAt(i));
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    add(token.substring(start, i), out);
                    start = -1;
                }
            }
        }
        return out;
    }

    private void add(String piece, List<Term> out) {
        String word = piece.toLowerCase(Locale.ROOT);
        if (word.length() < 2 || word.chars().noneMatch(Character::isLetter)
                || (removeStopWords && EnglishStopWords.DEFAULT.contains(word))) {
            return;
        }
        String stem = stemming ? stemmer.stem(word) : word;
        if (!stem.isEmpty()) {
            out.add(new Term(stem, word));
        }
    }
}
