package audiobook.text;

import java.math.BigInteger;

/**
 * Numbers as English words, the way a narrator says them: cardinals ("one thousand two hundred
 * thirty-four", American style, without "and"), ordinals ("twenty-third"), years ("eighteen
 * ninety-seven", "two thousand five"), digit strings ("oh oh seven") and decimals ("three point
 * one four"). Tens and units are joined with a hyphen, which FreeTTS reads as two words.
 */
public final class NumberWords {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion",
        "quintillion"};
    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    private NumberWords() {
    }

    public static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(BigInteger.valueOf(n).negate());
        }
        return cardinal(BigInteger.valueOf(n));
    }

    /** Any size the scales cover; beyond a quintillion the digits are read one by one. */
    public static String cardinal(BigInteger n) {
        if (n.signum() == 0) {
            return "zero";
        }
        if (n.bitLength() > 69) {
            return digits(n.toString());
        }
        StringBuilder words = new StringBuilder();
        int scale = 0;
        BigInteger rest = n;
        while (rest.signum() > 0) {
            int group = rest.mod(THOUSAND).intValue();
            if (group > 0) {
                String part = belowThousand(group) + (scale > 0 ? " " + SCALES[scale] : "");
                words.insert(0, words.isEmpty() ? part : part + " ");
            }
            rest = rest.divide(THOUSAND);
            scale++;
        }
        return words.toString();
    }

    private static String belowThousand(int n) {
        if (n >= 100) {
            return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + belowHundred(n % 100));
        }
        return belowHundred(n);
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return SMALL[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }

    public static String ordinal(long n) {
        return ordinalOf(cardinal(n));
    }

    /** Turns the last word of a cardinal into its ordinal: "twenty-one" into "twenty-first". */
    static String ordinalOf(String cardinal) {
        int cut = Math.max(cardinal.lastIndexOf(' '), cardinal.lastIndexOf('-')) + 1;
        String head = cardinal.substring(0, cut);
        String last = cardinal.substring(cut);
        String ordinal = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return head + ordinal;
    }

    /** A plural of a cardinal, for decades and fractions: "eighties", "thirds", "hundreds". */
    static String pluralOf(String cardinal) {
        if (cardinal.endsWith("y")) {
            return cardinal.substring(0, cardinal.length() - 1) + "ies";
        }
        return cardinal.endsWith("x") ? cardinal + "es" : cardinal + "s";
    }

    /**
     * A year as it is said: 1897 "eighteen ninety-seven", 1905 "nineteen oh five", 1900
     * "nineteen hundred", 2005 "two thousand five", 2023 "twenty twenty-three"; outside
     * 1000-9999 (and for 1000 itself) the cardinal.
     */
    public static String year(int year) {
        if (year < 1000 || year > 9999 || year % 1000 == 0 || year >= 2000 && year < 2010) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        if (low == 0) {
            return cardinal(high) + " hundred";
        }
        return cardinal(high) + " " + (low < 10 ? "oh " + SMALL[low] : belowHundred(low));
    }

    /** Each digit in turn, zero as "oh": "007" is "oh oh seven". */
    public static String digits(String digits) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                words.append(words.isEmpty() ? "" : " ").append(c == '0' ? "oh" : SMALL[c - '0']);
            }
        }
        return words.toString();
    }

    /** "3" and "14" as "three point one four"; an empty whole part reads "point five". */
    public static String decimal(String whole, String fraction) {
        String head = whole.isEmpty() ? "" : cardinal(new BigInteger(whole)) + " ";
        return head + "point " + digits(fraction).replace("oh", "zero");
    }
}
