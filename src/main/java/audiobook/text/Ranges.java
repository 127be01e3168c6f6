package audiobook.text;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Ranges: the dash between two numbers is said "to", and a currency sign moves to the end where
 * it is said, so "$250-$300" is two hundred fifty to three hundred dollars, "£5-10" five to ten
 * pounds, "2-5 lb" two to five pounds, "10–15%" ten to fifteen percent, "9am–5pm" nine A M to five
 * P M, "1939–45" nineteen thirty-nine to forty-five; "Monday–Friday" and "May–June" too. The
 * numbers stay digits for the kinds after (dates, times, money, measures, years) to read.
 */
final class Ranges {

    private static final String CURRENCY = "(US\\$|[$£€¥₹])";
    private static final String NUMBER = "(\\d{1,4}(?:,\\d{3})*(?:[.:]\\d+)?)(?!\\d)";
    private static final String SUFFIX = "(\\s?(?:[ap]\\.?m\\.?|[AP]\\.?\\s?M\\.?|%|°[CF]?|st|nd|rd|th|'?s)"
            + "|\\s?(?:thousand|million|billion|bn|k|K|m|M)(?![\\w]))?";
    private static final String DASH = "\\s?[-\u2013\u2014]\\s?";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December";

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d-])50-50(?![\\d-])", m -> "fifty-fifty").onlyWith("50-50"),
            Rewrite.of("(?<![\\w.,:/\\-\u2212])" + CURRENCY + "?\\s?" + NUMBER + SUFFIX + DASH + CURRENCY + "?" + NUMBER
                    + "(?![\\d/]|[.:,]\\d|-\\d)", Ranges::numbers).onlyWith("-", "\u2013", "\u2014")
                    .onlyWhere("[\\d%.\\p{L}]\\s?[-\u2013\u2014]\\s?[$\u00A3\u20AC\u00A5\u20B9]?\\d"));
    private static final Rewrite NAMES = Rewrite.of("\\b(" + DAYS + "|" + MONTHS + ")" + DASH + "(" + DAYS + "|" + MONTHS
            + ")\\b", m -> m.group(1) + " to " + m.group(2)).onlyWith("-", "\u2013", "\u2014")
            .onlyWhere("(?:day|ary|rch|ril|May|une|uly|ust|ber)\\s?[-\u2013\u2014]\\s?\\p{Lu}");

    private Ranges() {
    }

    static String read(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    /** Ranges of days and months, which need no digits: "Monday–Friday" Monday to Friday. */
    static String names(String text) {
        return NAMES.apply(text);
    }

    /**
     * The end of a range of years in full where it is said in full: "2008–09" two thousand eight
     * to two thousand nine, "1862-3" eighteen sixty-two to sixty-three ("1914–18" stays "to
     * eighteen").
     */
    private static String yearEnd(String from, String suffix, String to) {
        if (!suffix.isEmpty() || !from.matches("1\\d{3}|20\\d{2}") || !to.matches("\\d{1,2}")) {
            return to;
        }
        String full = from.substring(0, 4 - to.length()) + to;
        if (Integer.parseInt(full) <= Integer.parseInt(from)) {
            return to;
        }
        if (from.startsWith("200")) {
            return full;
        }
        return to.length() == 1 ? full.substring(2) : to;
    }

    private static String numbers(MatchResult m) {
        String currency = m.group(1);
        String suffix = m.group(3) == null ? "" : m.group(3);
        String right = (m.group(4) != null ? m.group(4) : currency == null ? "" : currency) + m.group(5);
        if (currency == null) {
            return m.group(2) + suffix + " to " + yearEnd(m.group(2), suffix, right);
        }
        String scale = switch (suffix.strip()) {
            case "k", "K" -> " thousand";
            case "m", "M" -> " million";
            case "bn" -> " billion";
            default -> suffix;
        };
        return m.group(2) + scale + " to " + right;
    }
}
