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
 * in lower case, except after a known abbreviation ("Mr.", "e.g.", "Capt."), an initial ("J. R.
 * Hartley", but not the pronoun "I"), or a marker before a number ("No. 5", "p. 12", "10s. 6d.").
 * An abbreviation that comes after a name ("Baker St.", "John Smith, Esq.", "& Co.") and a
 * dotted acronym ("U.S.", "N.E.") end a sentence when a word that opens one follows ("Baker St.
 * The next day"; but "St. Paul", "the U.S. Army"); "8 p.m." may end one before any capital. A
 * spaced ellipsis (". . .", ". . . .", "Say? ... I") is one mark, and a piece with no letter or
 * digit is never a sentence of its own: it stays with the sentence before it. A decimal point
 * has no space after it and never ends a sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "st", "jr", "sr", "esq", "prof", "vs", "mt", "ft",
            "capt", "col", "gen", "lt", "sgt", "cpl", "maj", "adm", "cmdr", "rev", "hon", "gov", "sen", "fr", "cf",
            "approx", "viz", "ave", "blvd", "rd", "e.g", "i.e", "a.k.a", "lieut", "brig", "sergt", "serg", "pvt",
            "pte", "comdr", "ens", "supt", "insp", "det", "bart", "bp", "abp", "revd", "rt", "wm", "chas", "jas",
            "thos", "geo", "jno", "benj", "robt", "saml", "richd", "edw", "eliz", "jos", "danl", "fredk", "mm",
            "bros", "co", "corp", "inst", "ult", "prox", "doz", "tel", "lat", "pres", "univ", "dept", "govt", "ald",
            "sq", "hwy", "ln", "terr", "cres");
    /** Abbreviations after a name or a number: a sentence may end with them ("Baker St. The next day"). */
    private static final Set<String> AFTER_NAMES = Set.of("st", "jr", "sr", "esq", "ave", "blvd", "rd", "bart", "bros",
            "co", "corp", "inst", "ult", "prox", "doz", "sq", "hwy", "ln", "terr", "cres");
    /** Abbreviations that only count before a number: "No." may also be an answer ("No. I won't."). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "p", "pp", "c", "ca", "fig", "vol", "ch", "chap",
            "art", "sec", "op", "vols", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    /** Of those, the ones a roman numeral may follow too: "Vol. III", "Chap. XII". */
    private static final Set<String> BEFORE_NUMERALS = Set.of("vol", "vols", "ch", "chap");
    private static final Pattern NUMERAL_AHEAD = Pattern.compile("[IVXLC]+\\b");
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
            while (end + 1 < text.length() && text.charAt(end) == ' ' && (text.charAt(end + 1) == '.' || text.charAt(end + 1) == '\u2026')) {
                end++;
                while (end < text.length() && isTerminal(text.charAt(end))) {
                    end++;
                }
                single = false;
            }
            while (end < text.length() && isCloser(text.charAt(end))) {
                end++;
            }
            if (end + 2 <= text.length() && text.charAt(end) == ' ' && isQuote(text.charAt(end + 1))
                    && (end + 2 == text.length() || text.charAt(end + 2) == ' ')) {
                end += 2;
            }
            if (end < text.length() && text.charAt(end) == ' ' && startsSentence(text, end + 1)
                    && hasWord(text, start, end)
                    && !(single && isAbbreviation(text, start, i, end + 1))) {
                sentences.add(text.substring(start, end));
                start = end + 1;
            }
            i = end;
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return withWords(sentences);
    }

    /** A piece with no letter or digit (a stray mark, an ellipsis alone) joins the sentence before it, or after it. */
    private static List<String> withWords(List<String> sentences) {
        if (sentences.size() < 2 || sentences.stream().allMatch(SentenceSplitter::hasWord)) {
            return sentences;
        }
        List<String> joined = new ArrayList<>();
        String pending = null;
        for (String s : sentences) {
            if (!hasWord(s)) {
                if (joined.isEmpty()) {
                    pending = pending == null ? s : pending + " " + s;
                } else {
                    joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + s);
                }
            } else {
                joined.add(pending == null ? s : pending + " " + s);
                pending = null;
            }
        }
        if (pending != null) {
            joined.add(pending);
        }
        return joined;
    }

    private static boolean hasWord(String sentence) {
        return hasWord(sentence, 0, sentence.length());
    }

    private static boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Folds every run of white space (including Unicode spaces) into one ASCII space. */
    public static String fold(String text) {
        return Words.fold(text);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** A quote standing alone between spaces closes what goes before it (". . . . " He paused). */
    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
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
        String word = text.substring(wordStart, dot).replaceAll("^.*(?:--|[\u2013\u2014\u2015/])", "")
                .replaceAll("^[\"'(\\[\u201C\u2018_*]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return !word.equals("I");
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean closed = dot + 1 < text.length() && isCloser(text.charAt(dot + 1)) && text.charAt(dot + 1) != '_'
                && text.charAt(dot + 1) != '*';
        boolean sentenceFollows = Abbreviations.isSentenceStart(text.substring(next, Math.min(text.length(), next + 20)));
        if (ACRONYM.matcher(word).matches()) {
            return !lower.equals("a.m") && !lower.equals("p.m") && !sentenceFollows && !closed;
        }
        if (BEFORE_NUMBERS.contains(lower) || SHILLINGS.matcher(lower).matches()) {
            return Character.isDigit(text.charAt(next))
                    || BEFORE_NUMERALS.contains(lower) && !word.equals("chap")   // "a good chap. I like him."
                    && NUMERAL_AHEAD.matcher(text).region(next, text.length()).lookingAt();
        }
        if (AFTER_NAMES.contains(lower) && (closed || sentenceFollows && (!lower.equals("st") || afterName(text, sentenceStart, wordStart)))) {
            return false;
        }
        return ABBREVIATIONS.contains(lower);
    }

    /** "Baker St.": a capitalised word (not a title) or a number just before the abbreviation. */
    private static boolean afterName(String text, int sentenceStart, int wordStart) {
        String before = text.substring(sentenceStart, wordStart).stripTrailing();
        String previous = before.substring(before.lastIndexOf(' ') + 1);
        return !previous.isEmpty() && (Character.isUpperCase(previous.charAt(0)) || Character.isDigit(previous.charAt(0)))
                && !ABBREVIATIONS.contains(previous.replace(".", "").toLowerCase(Locale.ROOT))
                && !Set.of("Lord", "Lady", "Sir", "Miss", "Master", "Madame", "Mademoiselle", "Father", "Mother", "Sister",
                        "Brother", "Saint", "The", "At", "To", "In", "Of", "From", "By").contains(previous);
    }
}
