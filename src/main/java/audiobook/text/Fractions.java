package audiobook.text;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Fractions and mixed numbers, slashed or as the vulgar fraction characters: "1/2" one half,
 * "3/4" three quarters, "5/8" five eighths, "22/7" twenty-two sevenths, "4 1/2" (or "4-1/2",
 * "4½") four and a half, "3 1/8" three and an eighth, "2/3rds" two thirds; "½ an hour" and "a ½
 * share" half an hour, a half share; "½ mile" half a mile; "a 3/4-inch pipe" a three-quarter-inch
 * pipe, "the 1/4 mile race" the quarter mile race. Fractions with unit symbols are read by {@link Measures}.
 */
final class Fractions {

    private static final String V = Amount.VULGAR;
    private static final String[] VULGARS = {"\u00BD", "\u00BC", "\u00BE", "\u2153", "\u2154", "\u2155", "\u2156", "\u2157", "\u2158", "\u2159", "\u215A", "\u215B", "\u215C", "\u215D", "\u215E"};
    private static final String UNIT_WORDS = "(mile|inch|foot|yard|pound|ounce|hour|minute|second|day|week|month|year"
            + "|cup|cupful|teaspoon|teaspoonful|tablespoon|tablespoonful|spoonful|pint|quart|gallon|acre|ton|dozen|glass"
            + "|bottle|loaf|crown|sovereign|guinea|league|fathom|furlong|gill|peck|bushel|stone|length)\\b";

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d/.,])(\\d{1,3}(?:\\s|-)\\d{1,2}/\\d{1,3})(?![\\d/]|\\.\\d)", m -> Amount.of(m.group(1)).words())
                    .onlyWith("/"),
            Rewrite.of("(?<![\\d.,])(\\d+\\s?" + V + ")", m -> Amount.of(m.group(1)).words()).onlyWith(VULGARS),
            Rewrite.of("(?<![\\w/])(1/2|\u00BD|1/4|\u00BC|3/4|\u00BE)(?=\\s+(?:past|to)\\s)", m -> switch (m.group(1)) {
                case "1/2", "\u00BD" -> "half";
                case "1/4", "\u00BC" -> "a quarter";
                default -> "three quarters";
            }).onlyWith(" past", " to"),
            Rewrite.of("(?<=\\b[Aa]n?\\s)(?:1/2|\u00BD)(?=\\s)|(?<![\\w/])(?:1/2|\u00BD)(?=\\s+an?\\s)", m -> "half").onlyWith("1/2", "\u00BD"),
            Rewrite.of("(?<=\\b(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)\\s)(\\d{1,3})/(\\d{1,3})(?=\\s" + UNIT_WORDS + ")",
                    m -> attributive(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))).onlyWith("/"),
            Rewrite.of("(?<![\\w/.,])(\\d{1,3}/\\d{1,3}|" + V + ")(?![\\d/])\\s" + UNIT_WORDS,
                    m -> Amount.of(m.group(1)).with(m.group(2), m.group(2).equals("foot") ? "feet"
                            : m.group(2).equals("inch") ? "inches" : m.group(2) + "s")).onlyWhere("[/" + V.substring(1)),
            Rewrite.of("(?<![\\w/.,])(\\d{1,3})/(\\d{1,3})-(?=\\p{L})", m -> adjective(Long.parseLong(m.group(1)),
                    Long.parseLong(m.group(2)))).onlyWith("/"),
            Rewrite.of("(?<![\\w/.,])(\\d{1,3}/\\d{1,3})(?:rds|ths|nds|sts|ds)?(?![\\d/]|\\.\\d)", Fractions::pure).onlyWith("/"),
            Rewrite.of(V, m -> Amount.of(m.group()).words()).onlyWith(VULGARS));

    private Fractions() {
    }

    static String read(String text) {
        if (!(Scan.hasAnyChar(text, "/\u00BC\u00BD\u00BE\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215A\u215B\u215C\u215D\u215E"))) {
            return text;
        }
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    private static String pure(MatchResult m) {
        return Amount.of(m.group(1)).words();
    }

    /** Before a hyphenated word: "1/2-inch" half-inch, "3/4-inch" three-quarter-inch. */
    private static String adjective(long numerator, long denominator) {
        return attributive(numerator, denominator) + "-";
    }

    /** A fraction that describes the noun after it: "the 1/4 mile race" the quarter mile race. */
    private static String attributive(long numerator, long denominator) {
        String part = NumberWords.part(denominator);
        return numerator == 1 ? part : NumberWords.cardinal(numerator) + "-" + part;
    }
}
