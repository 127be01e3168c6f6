package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences without losing a character: the sentences joined with
 * single spaces give the paragraph with its white space folded. A sentence ends at terminal
 * punctuation (with any closing quotes) followed by white space and a word that does not start
 * in lower case, except after a known abbreviation or a single-letter initial.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "vs", "e.g", "i.e", "mt", "capt",
            "col", "gen", "lt", "sgt", "rev", "hon", "no", "fig", "vol", "ch", "cf", "approx");

    private SentenceSplitter() {
    }

    public static List<String> split(String paragraph) {
        String text = fold(paragraph);
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isTerminal(text.charAt(end))) {
                end++;
            }
            while (end < text.length() && isCloser(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && text.charAt(end) == ' ' && startsSentence(text, end + 1)
                    && !isAbbreviation(text, start, i, end - i)) {
                sentences.add(text.substring(start, end));
                start = end + 1;
            }
            i = end;
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /** Folds every run of white space (including Unicode spaces) into one ASCII space. */
    public static String fold(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+", " ").strip();
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return !Character.isLowerCase(c);
    }

    /** A lone period after an abbreviation or an initial ("J. Smith") does not end a sentence. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot, int runLength) {
        if (runLength != 1 || text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).replaceAll("^[\"'(\\[\\u201C\\u2018]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
