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

    /** Digits of any length as a cardinal; beyond what the scales cover, one by one. */
    static String cardinal(String digits) {
        return digits.length() > 21 ? digits(digits) : cardinal(new BigInteger(digits));
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

    /**
     * Digits as a model or house number is said: three digits as one and a pair ("380" "three
     * eighty", "305" "three oh five", "300" "three hundred"), four as a year ("1080" "ten eighty"),
     * one or two as a cardinal, a leading zero or five digits and more one by one.
     */
    public static String pairs(String digits) {
        if (digits.isEmpty()) {
            return "";
        }
        if (digits.charAt(0) == '0' && digits.length() > 1 || digits.length() > 4) {
            return digits(digits);
        }
        int value = Integer.parseInt(digits);
        if (digits.length() == 3) {
            int rest = value % 100;
            return rest == 0 ? cardinal(value) : SMALL[value / 100] + " " + (rest < 10 ? "oh " + SMALL[rest] : belowHundred(rest));
        }
        return digits.length() == 4 ? year(value) : cardinal(value);
    }

    /** A fraction: "one half", "three quarters", "five eighths", "twenty-two sevenths"; "over" where no ordinal fits. */
    public static String fraction(long numerator, long denominator) {
        if (denominator < 2 || denominator > 1000 || numerator > 999_999) {
            return cardinal(numerator) + " over " + cardinal(denominator);
        }
        String part = numerator == 1 ? part(denominator) : parts(denominator);
        return numerator == 1 && part.startsWith("one ") ? part : cardinal(numerator) + " " + part;
    }

    /** "half", "quarter", "third", "sixteenth". */
    static String part(long denominator) {
        return denominator == 2 ? "half" : denominator == 4 ? "quarter" : ordinal(denominator);
    }

    /** "halves", "quarters", "thirds", "sixteenths". */
    static String parts(long denominator) {
        return denominator == 2 ? "halves" : part(denominator) + "s";
    }

    /** A mixed number: "four and a half", "two and three quarters", "three and an eighth". */
    public static String mixed(String whole, long numerator, long denominator) {
        String w = cardinal(new BigInteger(whole));
        if (denominator < 2 || denominator > 1000 || numerator >= denominator) {
            return w + " and " + fraction(numerator, denominator);
        }
        if (numerator == 1) {
            String part = part(denominator);
            return w + " and " + article(part) + " " + part;
        }
        return w + " and " + fraction(numerator, denominator);
    }

    /** "a" or "an" before a word, by its sound as far as spelling shows it ("an hour", "an eighth", "a unit"). */
    public static String article(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        boolean vowel = !w.isEmpty() && "aeio".indexOf(w.charAt(0)) >= 0
                || w.startsWith("u") && !w.startsWith("uni") && !w.startsWith("use") && !w.startsWith("usu")
                || w.startsWith("hour") || w.startsWith("honest") || w.startsWith("heir");
        return vowel ? "an" : "a";
    }

    /** "3" and "14" as "three point one four"; an empty whole part reads "point five". */
    public static String decimal(String whole, String fraction) {
        String head = whole.isEmpty() ? "" : cardinal(new BigInteger(whole)) + " ";
        return head + "point " + digits(fraction).replace("oh", "zero");
    }
}
