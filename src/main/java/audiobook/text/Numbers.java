package audiobook.text;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Plain numbers in words, after {@link Quantities} has read those with units, dates, times and
 * the rest: ordinals (23rd, and the old 2d, 3d: "the 3d regiment"), decades (1980s, '80s, the
 * 1800s), hundreds and thousands ("100s"), ratios (3:1), negatives, decimals, digit strings with
 * a leading zero (007), room numbers (Room 101), groups of thousands with spaces (10 000), years
 * and cardinals. A four-digit number from 1100 to 2099 is read as a year ("in 1897") unless what
 * is around it makes it a count: a plural noun or "of" after it ("1234 soldiers", "1234 of
 * them"), or a word before it that numbers things ("page 1234", "exactly 1862").
 */
final class Numbers {

    private static final Set<String> YEAR_CUES = Set.of("in", "of", "since", "until", "till", "by", "from", "to",
            "year", "circa", "around", "before", "after", "during", "early", "late", "mid", "summer", "winter",
            "spring", "autumn", "fall", "and", "or", "between", "ad", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "michaelmas");
    /** Year cues that also come before counts ("a crew of 1500 sailors"): what follows decides. */
    private static final Set<String> WEAK_YEAR_CUES = Set.of("of", "and", "or", "to", "from", "between", "by", "around",
            "circa");
    /** Words before a number that count or label things: the number is not a year. */
    private static final Set<String> COUNT_CUES = Set.of("page", "pages", "p", "pp", "no", "nos", "number", "numbers",
            "room", "flat", "apartment", "suite", "chapter", "verse", "line", "lines", "vol", "volume", "exactly",
            "than", "total", "figure", "fig", "table", "item", "items", "route", "highway", "bus", "platform", "gate", "locker", "cell",
            "ward", "bed", "box", "code", "score", "scored", "cost", "costs", "paid", "weighed", "numbered", "counted",
            "section", "article", "psalm", "hymn", "opus", "op", "catalogue");
    private static final Set<String> COUNT_NOUNS = Set.of("men", "women", "people", "children", "feet", "geese",
            "mice", "sheep", "fish", "head", "strong", "odd", "of", "more", "fewer", "less", "other", "others", "times",
            "or so", "deer", "cattle", "swine", "foot", "horse");
    private static final Set<String> NOT_PLURALS = Set.of("was", "has", "his", "its", "this", "thus", "does", "goes",
            "yes", "less", "unless", "across", "perhaps", "always", "towards", "afterwards", "besides", "whereas", "is",
            "as", "us");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.#]+)[\\s,]*$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{Ll}+)");

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(st|nd|rd|th|ST|ND|RD|TH)\\b",
                    m -> NumberWords.ordinal(Long.parseLong(clip(m.group(1).replace(",", ""))))).onlyWhere("\\d(?:st|nd|rd|th|ST|ND|RD|TH)"),
            Rewrite.of("(?<![\\w.,])(\\d*(?:[02-9][23]|(?<!\\d)[23]))d\\b", m -> NumberWords.ordinal(Long.parseLong(clip(m.group(1)))))
                    .onlyWith("2d", "3d"),
            Rewrite.of("(?<![\\d.,])(1,?000|100)'?s\\b", m -> m.group(1).equals("100") ? "hundreds" : "thousands")
                    .onlyWith("00s", "00's"),
            Rewrite.of("(?<![\\d.,])(1\\d|20)(\\d)0'?s\\b",
                    m -> NumberWords.pluralOf(NumberWords.year(Integer.parseInt(m.group(1) + m.group(2) + "0"))))
                    .onlyWith("0s", "0's"),
            Rewrite.of("(?<![\\w'])'?([1-9]0)'?s\\b", m -> NumberWords.pluralOf(NumberWords.cardinal(
                    Integer.parseInt(m.group(1))))).onlyWith("0s", "0's"),
            Rewrite.inContext("(?<![\\d.,:])(\\d+):(\\d+)(?![\\d:]|[.,]\\d)", Numbers::ratio).onlyWith(":"),
            Rewrite.of("(?<![\\w.,)\\]])[-\u2212](?=\\d)", m -> "minus ").onlyWith("-", "\u2212"),
            Rewrite.of("(?<![\\d.,])(\\d{1,3}(?: \\d{3})*? 0\\d{2}(?: \\d{3})*)(?![\\d.,]| \\d)",
                    m -> NumberWords.cardinal(new BigInteger(m.group(1).replace(" ", ""))))
                    .onlyWhere("\\d 0\\d\\d"),
            Rewrite.of("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?(?!\\d|,\\d|\\.\\d)",
                    m -> Quantities.number(m.group(1), m.group(2))).onlyWhere("\\d,\\d{3}"),
            Rewrite.of("(?<![\\d.,])(\\d*)\\.(\\d+)(?!\\d|[.,]\\d)", m -> NumberWords.decimal(m.group(1), m.group(2)))
                    .onlyWhere("\\.\\d"),
            Rewrite.of("(?<=\\d)\\.(?=\\d)", m -> " point ").onlyWith("."),
            Rewrite.of("(?<=\\b(?i:room|flat|apartment|suite|cell|ward|boeing|airbus|flight)\\s)([1-9]\\d{2})(?!\\d)", m -> NumberWords.pairs(m.group(1)))
                    .onlyWhere("(?i:room|flat|apartment|suite|cell|ward|boeing|airbus|flight) \\d"),
            Rewrite.of("(?<![\\d.,])0\\d+", m -> NumberWords.digits(m.group())).onlyWhere("(?<![\\d.,])0\\d"),
            Rewrite.of("(?<=\\b(?i:dial|dialled|dialed|ring|rang)\\s)(\\d{3,})(?![\\d.,])", m -> NumberWords.digits(m.group(1)))
                    .onlyWhere("(?i:dial|ring|rang)\\w*\\s\\d{3}"),
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

    /** "3:1" three to one; after a name, a chapter and verse ("Genesis 1:1" one one). */
    private static String ratio(MatchResult m, String text) {
        String a = integerWords(m.group(1));
        String b = integerWords(m.group(2));
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        return before.matches("(?s).*\\b\\p{Lu}\\p{Ll}+\\.?\\s$") ? a + " " + b : a + " to " + b;
    }

    private static String integer(MatchResult m, String text) {
        String digits = m.group();
        if (digits.length() == 4) {
            int value = Integer.parseInt(digits);
            if (value >= 1000 && value < 2100 && isYear(m, text)) {
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
        String word = previous.find() ? previous.group(1).replace(".", "").toLowerCase(Locale.ROOT) : "";
        if (YEAR_CUES.contains(word) && !WEAK_YEAR_CUES.contains(word)) {
            return true;
        }
        if (COUNT_CUES.contains(word) || word.equals("#")) {
            return false;
        }
        var next = WORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
        return !next.find() || !isCountNoun(next.group(1));
    }

    /** "1234 soldiers" counts soldiers; "1897 was" names a year. */
    private static boolean isCountNoun(String word) {
        return COUNT_NOUNS.contains(word) || word.length() >= 3 && word.endsWith("s") && !NOT_PLURALS.contains(word)
                || word.endsWith("men");
    }
}
