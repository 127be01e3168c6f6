package audiobook.text;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Plain numbers in words, after {@link Quantities} has read those with units: ordinals (23rd),
 * decades (1980s, '80s), fractions, ranges (1980-1986, pages 10-20), negatives, decimals, digit
 * strings with a leading zero (007), years and cardinals. A four-digit number from 1100 to 2099
 * is read as a year ("in 1897") unless a lower-case word follows it with no year word before it
 * ("1234 men"), which reads as a count.
 */
final class Numbers {

    private static final Set<String> YEAR_CUES = Set.of("in", "of", "since", "until", "till", "by", "from", "to",
            "year", "circa", "around", "before", "after", "during", "early", "late", "mid", "summer", "winter",
            "spring", "autumn", "fall", "and", "or", "between", "ad", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> COUNT_NOUNS = Set.of("men", "women", "people", "children", "feet", "geese",
            "mice", "sheep", "fish", "head", "strong", "odd");
    private static final Set<String> NOT_PLURALS = Set.of("was", "has", "his", "its", "this", "thus", "does", "goes",
            "yes", "less", "unless", "across", "perhaps", "always", "towards", "afterwards", "besides", "whereas");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)[\\s,]*$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{Ll}+)");
    private static final String[][] FRACTIONS = {{"½", "half"}, {"¼", "quarter"}, {"¾", "three quarters"},
        {"⅓", "third"}, {"⅔", "two thirds"}, {"⅛", "eighth"}, {"⅜", "three eighths"}, {"⅝", "five eighths"},
        {"⅞", "seven eighths"}, {"⅕", "fifth"}};

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(st|nd|rd|th|ST|ND|RD|TH)\\b",
                    m -> NumberWords.ordinal(Long.parseLong(clip(m.group(1).replace(",", ""))))),
            Rewrite.of("(?<![\\d.,])(1\\d|20)(\\d)0'?s\\b",
                    m -> NumberWords.pluralOf(NumberWords.year(Integer.parseInt(m.group(1) + m.group(2) + "0"))))
                    .onlyWith("0s", "0's"),
            Rewrite.of("(?<![\\w'])'?([1-9]0)'?s\\b", m -> NumberWords.pluralOf(NumberWords.cardinal(
                    Integer.parseInt(m.group(1))))).onlyWith("0s", "0's"),
            Rewrite.of("(\\d*)\\s?([½¼¾⅓⅔⅛⅜⅝⅞⅕])", Numbers::vulgarFraction)
                    .onlyWith("½", "¼", "¾", "⅓", "⅔", "⅛", "⅜", "⅝", "⅞", "⅕"),
            Rewrite.of("(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})(?![\\d/]|\\.\\d)", Numbers::fraction).onlyWith("/"),
            Rewrite.of("(?<![\\d.,:/-])(\\d{1,4})\\s?[-\u2013\u2014]\\s?(\\d{1,4})(?![\\d,:/]|\\.\\d|-\\d)", Numbers::range)
                    .onlyWith("-", "\u2013", "\u2014"),
            Rewrite.of("(?<![\\w.,)\\]])[-\u2212](?=\\d)", m -> "minus ").onlyWith("-", "\u2212"),
            Rewrite.of("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?(?![\\d,]|\\.\\d)",
                    m -> Quantities.number(m.group(1), m.group(2))).onlyWith(","),
            Rewrite.of("(?<![\\d.,])(\\d*)\\.(\\d+)(?!\\d|[.,]\\d)", m -> NumberWords.decimal(m.group(1), m.group(2)))
                    .onlyWith("."),
            Rewrite.of("(?<=\\d)\\.(?=\\d)", m -> " point ").onlyWith("."),
            Rewrite.of("(?<![\\d.,])0\\d+", m -> NumberWords.digits(m.group())).onlyWith("0"),
            Rewrite.inContext("\\d+", Numbers::integer));

    private Numbers() {
    }

    static String read(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    /** Ordinals past the range of a long are rare enough to cap rather than crash on. */
    private static String clip(String digits) {
        return digits.length() > 18 ? "999999999999999999" : digits;
    }

    private static String vulgarFraction(MatchResult m) {
        String name = "";
        for (String[] f : FRACTIONS) {
            if (f[0].equals(m.group(2))) {
                name = f[1];
            }
        }
        boolean single = !name.contains(" ");
        if (m.group(1).isEmpty()) {
            return single ? "a " + name : name;
        }
        return integerWords(m.group(1)) + " and " + (single ? "a " + name : name);
    }

    private static String fraction(MatchResult m) {
        int numerator = Integer.parseInt(m.group(1));
        int denominator = Integer.parseInt(m.group(2));
        if (denominator < 2 || denominator > 16 || numerator > 20) {
            return NumberWords.cardinal(numerator) + " over " + NumberWords.cardinal(denominator);
        }
        String part = denominator == 2 ? "half" : denominator == 4 ? "quarter" : NumberWords.ordinal(denominator);
        String parts = denominator == 2 ? "halves" : part + "s";
        return NumberWords.cardinal(numerator) + " " + (numerator == 1 ? part : parts);
    }

    /** "1980-1986" as years, "1914-18" as a year and its last two digits, "555-1234" digit by digit. */
    private static String range(MatchResult m) {
        String a = m.group(1);
        String b = m.group(2);
        int from = Integer.parseInt(a);
        int to = Integer.parseInt(b);
        if (a.length() == 3 && b.length() == 4) {
            return NumberWords.digits(a) + ", " + NumberWords.digits(b);
        }
        if (a.length() == 4 && from >= 1000 && from < 2100) {
            String end = b.length() == 4 ? NumberWords.year(to)
                    : b.length() == 2 ? (to < 10 ? "oh " + NumberWords.cardinal(to) : NumberWords.cardinal(to))
                    : NumberWords.cardinal(to);
            return NumberWords.year(from) + " to " + end;
        }
        return NumberWords.cardinal(from) + " to " + NumberWords.cardinal(to);
    }

    private static String integer(MatchResult m, String text) {
        String digits = m.group();
        if (digits.length() == 4) {
            int value = Integer.parseInt(digits);
            if (value >= 1100 && value < 2100 && isYear(m, text)) {
                return NumberWords.year(value);
            }
        }
        return integerWords(digits);
    }

    private static String integerWords(String digits) {
        return digits.length() > 21 ? NumberWords.digits(digits) : NumberWords.cardinal(new BigInteger(digits));
    }

    private static boolean isYear(MatchResult m, String text) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        var previous = WORD_BEFORE.matcher(before);
        if (previous.find() && YEAR_CUES.contains(previous.group(1).replace(".", "").toLowerCase(Locale.ROOT))) {
            return true;
        }
        var next = WORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
        return !next.find() || !isCountNoun(next.group(1));
    }

    /** "1234 soldiers" counts soldiers; "1897 was" names a year. */
    private static boolean isCountNoun(String word) {
        return COUNT_NOUNS.contains(word) || word.length() >= 3 && word.endsWith("s") && !NOT_PLURALS.contains(word);
    }
}
