package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences without losing a character: the sentences joined with
 * single spaces give the paragraph with its white space folded. A sentence ends at terminal
 * punctuation (with any closing quotes) followed by white space and a word that does not start
 * in lower case, except after a known abbreviation ("Mr.", "e.g.", "St."), an initial ("J. R.
 * Hartley", but not the pronoun "I"), a dotted acronym ("U.S.", but "8 p.m." may end a sentence),
 * or a marker before a number ("No. 5", "p. 12", "10s. 6d."). A decimal point has no space after
 * it and never ends a sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "st", "jr", "sr", "esq", "prof", "vs", "mt", "ft",
            "capt", "col", "gen", "lt", "sgt", "cpl", "maj", "adm", "cmdr", "rev", "hon", "gov", "sen", "fr",
            "cf", "approx", "viz", "ave", "blvd", "rd", "e.g", "i.e", "a.k.a");
    /** Abbreviations that only count before a number: "No." may also be an answer ("No. I won't."). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "p", "pp", "c", "ca", "fig", "vol", "ch",
            "art", "sec", "op", "vols", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    /** "£5 10s. 6d.": shillings before pence. */
    private static final Pattern SHILLINGS = Pattern.compile("\\d{1,3}s");
    private static final int LONGEST_ABBREVIATION = 40;

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
            boolean single = end == i + 1 && text.charAt(i) == '.';
            while (end < text.length() && isCloser(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && text.charAt(end) == ' ' && startsSentence(text, end + 1)
                    && !(single && isAbbreviation(text, start, i, end + 1))) {
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
        return Words.fold(text);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '_' || c == '*';
    }

    private static boolean startsSentence(String text, int at) {
        return at < text.length() && !Character.isLowerCase(text.charAt(at));
    }

    /** Whether the period at {@code dot} belongs to an abbreviation rather than ending the sentence. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot, int next) {
        int wordStart = dot;
        int limit = Math.max(sentenceStart, dot - LONGEST_ABBREVIATION);
        while (wordStart > limit && text.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).replaceAll("^[\"'(\\[\u201C\u2018_*]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return !word.equals("I");
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ACRONYM.matcher(word).matches()) {
            return !lower.equals("a.m") && !lower.equals("p.m");
        }
        if (BEFORE_NUMBERS.contains(lower) || SHILLINGS.matcher(lower).matches()) {
            return Character.isDigit(text.charAt(next));
        }
        return ABBREVIATIONS.contains(lower);
    }
}
