package audiobook.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites written text as the words a narrator says, in text FreeTTS reads well: the user's
 * lexicon first (it matches the text as written), then markup, dialect spellings, letters,
 * elisions, abbreviations, roman numerals, quantities (telephone numbers, ranges, dates, times,
 * money, measures, fractions, serials), numbers, initialisms, dashes and symbols; what is left is
 * plain ASCII words and punctuation. FreeTTS expands some of this itself, but not all correctly (DSP-NOTES §6), and
 * doing it here makes the spoken text shown in captions and plans exactly what is heard.
 */
public final class SpeechNormaliser {

    public static final SpeechNormaliser PLAIN = new SpeechNormaliser(Lexicon.EMPTY);

    /** A number that opens a heading or a part of one ("I. The Period", "Book the First. I. The Period"). */
    private static final Pattern BARE_NUMBER_TITLE = Pattern.compile(
            "(?:^\\s*|(?<=[.:\u2014]\\s))([IVXLCDM]+|\\d{1,3})(?=[.:]|\\s*$)");
    private static final String MARKUP = "_*([{\u2020\u2021\u00B9\u00B2\u00B3\u2070\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final String NUMERALS = "0123456789\u00BD\u00BC\u00BE\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215A"
            + "\u215B\u215C\u215D\u215E";
    private static final String PAUSES = "-\u2013\u2014\u2015\u2012\u2E3A\u2E3B\u2026";
    private static final String SYMBOLS = "/&+=\u00D7\u00F7@%\u00B0\u00A7$\u00A3\u20AC\u00B1~\u2248<>\u221E\u00B6";
    private static final String ELISIONS = "\u2014\u2015\u2E3A\u2E3B\u2013\u2026";

    /** Lower-case numerals are read only after a heading word ("page xii", "chapter iv"). */
    private static final Pattern LOWER_NUMERAL_HINT = Pattern.compile("(?i:page|pages|chapter|book|part|act|scene|vol"
            + "|volume|plate|canto|letter|section)\\.?\\s[ivxlcdm]");

    private final Lexicon lexicon;

    public SpeechNormaliser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The spoken form with no user lexicon. */
    public static String normalise(String written) {
        return PLAIN.spoken(written);
    }

    public String spoken(String written) {
        String s = Typography.quotes(written);
        s = lexicon.apply(s);
        // Each stage runs only when its characters occur: a novel has tens of thousands of segments.
        s = containsAny(s, MARKUP) ? Typography.markup(s) : s;
        s = s.indexOf('\'') >= 0 || containsAny(s, "\u00F1\u00D1") || s.contains("hro")
                ? Dialect.read(s) : s;
        s = Letters.spell(s);
        s = containsAny(s, ELISIONS) || s.contains("--") || s.contains("__") || s.contains("**") || s.contains("...")
                ? Elisions.read(s) : s;
        s = Abbreviations.expand(s);
        s = containsAny(s, "IVXLCDM") || LOWER_NUMERAL_HINT.matcher(s).find() ? RomanNumerals.read(s) : s;
        if (containsAny(s, NUMERALS)) {
            s = Numbers.read(Quantities.read(s));
        }
        s = hasCapitals(s) ? Initialisms.read(s) : s;
        s = containsAny(s, PAUSES) || s.contains(". .") || s.contains("..") ? Typography.pauses(Ranges.names(s)) : s;
        s = containsAny(s, SYMBOLS) ? Letters.symbols(s) : s;
        return tidy(Letters.speakableOnly(s));
    }

    /** Two capitals in a row: an initialism may be there. */
    private static boolean hasCapitals(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One space between words, none before punctuation; no comma, semicolon or colon next to
     * another mark or at either end (a dash that became a comma before a full stop); no empty
     * brackets.
     */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            boolean clause = c == ',' || c == ';' || c == ':';
            boolean closing = c == '.' || c == '!' || c == '?' || c == ')' || c == ']';
            if (clause || closing) {
                trimSpace(out);
                char last = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
                if (clause && (last == 0 || isMark(last))) {
                    continue;
                }
                if (closing && c != ')' && c != ']' && (last == ',' || last == ';' || last == ':')) {
                    out.setLength(out.length() - 1);
                }
                if (c == ')' && last == '(' || c == ']' && last == '[') {
                    out.setLength(out.length() - 1);
                    continue;
                }
            }
            out.append(c);
        }
        while (!out.isEmpty() && " ,;:".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        return ",;:.!?".indexOf(c) >= 0;
    }

    private static void trimSpace(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chapter heading: a bare number or roman numeral at its start, or at the start of a part of
     * it, is read as a number ("IV" is "Four", "Book the First. I. The Period" "... One. The Period").
     */
    public String spokenTitle(String heading) {
        Matcher m = BARE_NUMBER_TITLE.matcher(heading);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String numeral = m.group(1);
            int value = Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : RomanNumerals.value(numeral);
            String words = value > 0 ? NumberWords.cardinal(value) : numeral;
            m.appendReplacement(out, Matcher.quoteReplacement(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1)));
        }
        m.appendTail(out);
        return spoken(out.toString());
    }
}
