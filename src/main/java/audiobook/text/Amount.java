package audiobook.text;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as books print it before a unit or after a currency sign, and how it is said with
 * the unit: "5 lb" five pounds, "1 lb" one pound, "-0.4 kg" minus zero point four kilograms,
 * "4 1/2 lbs" four and a half pounds, "1/2 lb" half a pound, "1/4 mile" a quarter of a mile,
 * "3/4 in." three quarters of an inch.
 */
record Amount(String sign, String whole, String decimals, long numerator, long denominator) {
    // denominator: -1 when the amount is not a fraction.

    static final String INTEGER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";
    static final String VULGAR = "[\u00BD\u00BC\u00BE\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215A\u215B\u215C\u215D\u215E]";
    /** The written forms, without capture groups: sign, commas, decimals, a fraction or a mixed number. */
    static final String PATTERN = "[-\u2212]?(?:\\d{1,3}(?:\\s|-)\\d{1,2}/\\d{1,3}(?![\\d/])|\\d+\\s?" + VULGAR
            + "|\\d{1,3}/\\d{1,3}(?![\\d/])|" + VULGAR + "|" + INTEGER + "?\\.\\d+|" + INTEGER + ")";

    private static final Pattern PARTS = Pattern.compile(
            "([-\u2212])?(?:(\\d+)(?:\\s|-)(\\d+)/(\\d+)|(\\d+)?\\s?(" + VULGAR + ")|(\\d+)/(\\d+)|(" + INTEGER + ")?\\.(\\d+)|("
                    + INTEGER + "))");
    private static final String VULGARS = "\u00BD\u00BC\u00BE\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215A\u215B\u215C\u215D\u215E";
    private static final int[][] VULGAR_VALUES = {{1, 2}, {1, 4}, {3, 4}, {1, 3}, {2, 3}, {1, 5}, {2, 5}, {3, 5}, {4, 5},
        {1, 6}, {5, 6}, {1, 8}, {3, 8}, {5, 8}, {7, 8}};

    static Amount of(String written) {
        Matcher m = PARTS.matcher(written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount: " + written);
        }
        String sign = m.group(1) == null ? "" : "minus ";
        if (m.group(2) != null) {
            return new Amount(sign, m.group(2), null, Long.parseLong(m.group(3)), Long.parseLong(m.group(4)));
        }
        if (m.group(6) != null) {
            int[] v = VULGAR_VALUES[VULGARS.indexOf(m.group(6))];
            return new Amount(sign, m.group(5), null, v[0], v[1]);
        }
        if (m.group(7) != null) {
            return new Amount(sign, null, null, Long.parseLong(m.group(7)), Long.parseLong(m.group(8)));
        }
        if (m.group(10) != null) {
            return new Amount(sign, m.group(9) == null ? "" : m.group(9).replace(",", ""), m.group(10), 0, -1);
        }
        return new Amount(sign, m.group(11).replace(",", ""), null, 0, -1);
    }

    /** The number alone: "four and a half", "three quarters", "zero point four". */
    String words() {
        if (denominator >= 0) {
            return sign + (whole == null ? NumberWords.fraction(numerator, denominator)
                    : NumberWords.mixed(whole, numerator, denominator));
        }
        if (decimals != null) {
            return sign + NumberWords.decimal(whole, decimals);
        }
        return sign + (whole.length() > 21 ? NumberWords.digits(whole) : NumberWords.cardinal(new BigInteger(whole)));
    }

    /** Exactly one: the unit is singular. */
    boolean isOne() {
        return decimals == null && denominator < 0 && whole.equals("1");
    }

    /** A fraction less than one with no whole part: the unit follows with "of a". */
    boolean isPart() {
        return whole == null && denominator > 1 && numerator < denominator;
    }

    /** With its unit: "five pounds", "one pound", "half a pound", "a quarter of a mile", "three quarters of an inch". */
    String with(String singular, String plural) {
        if (isPart()) {
            String a = NumberWords.article(singular);
            if (numerator == 1 && denominator == 2) {
                return sign + "half " + a + " " + singular;
            }
            String part = numerator == 1 ? NumberWords.article(NumberWords.part(denominator)) + " "
                    + NumberWords.part(denominator) : NumberWords.fraction(numerator, denominator);
            return sign + part + " of " + a + " " + singular;
        }
        return words() + " " + (isOne() ? singular : plural);
    }
}
