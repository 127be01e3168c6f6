package audiobook.text;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Numbers that carry a unit, read before plain numbers: dates with slashes, clock times, money,
 * percentages and units of measure. FreeTTS reads "12/25/2023" as "twelve slash twenty five
 * slash..." (DSP-NOTES §6), and writing all numbers out here makes the spoken text shown in
 * captions and in {@code audiobook plan} exactly what is heard.
 */
final class Quantities {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String MONTH_NAMES = String.join("|", MONTHS);
    /** Captures the end of the text, if it follows, so that a full stop taken with an abbreviation is given back. */
    private static final String END = "(?=(\\s*$)?)";
    /** Currency symbol → singular, plural, hundredth singular, hundredth plural. */
    private static final Map<String, String[]> CURRENCIES = Map.of(
            "$", new String[] {"dollar", "dollars", "cent", "cents"},
            "£", new String[] {"pound", "pounds", "penny", "pence"},
            "€", new String[] {"euro", "euros", "cent", "cents"},
            "¥", new String[] {"yen", "yen", "sen", "sen"});
    /** Unit symbol → singular and plural, in the American spelling FreeTTS's lexicon knows. */
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("km", new String[] {"kilometer", "kilometers"}),
            Map.entry("cm", new String[] {"centimeter", "centimeters"}),
            Map.entry("mm", new String[] {"millimeter", "millimeters"}),
            Map.entry("m", new String[] {"meter", "meters"}),
            Map.entry("kg", new String[] {"kilogram", "kilograms"}),
            Map.entry("g", new String[] {"gram", "grams"}),
            Map.entry("mg", new String[] {"milligram", "milligrams"}),
            Map.entry("lb", new String[] {"pound", "pounds"}),
            Map.entry("lbs", new String[] {"pound", "pounds"}),
            Map.entry("oz", new String[] {"ounce", "ounces"}),
            Map.entry("ft", new String[] {"foot", "feet"}),
            Map.entry("yd", new String[] {"yard", "yards"}),
            Map.entry("yds", new String[] {"yard", "yards"}),
            Map.entry("mi", new String[] {"mile", "miles"}),
            Map.entry("in", new String[] {"inch", "inches"}),
            Map.entry("mph", new String[] {"mile per hour", "miles per hour"}),
            Map.entry("kph", new String[] {"kilometer per hour", "kilometers per hour"}),
            Map.entry("km/h", new String[] {"kilometer per hour", "kilometers per hour"}),
            Map.entry("ml", new String[] {"milliliter", "milliliters"}),
            Map.entry("l", new String[] {"liter", "liters"}),
            Map.entry("L", new String[] {"liter", "liters"}),
            Map.entry("gal", new String[] {"gallon", "gallons"}),
            Map.entry("hr", new String[] {"hour", "hours"}),
            Map.entry("hrs", new String[] {"hour", "hours"}),
            Map.entry("min", new String[] {"minute", "minutes"}),
            Map.entry("mins", new String[] {"minute", "minutes"}),
            Map.entry("sec", new String[] {"second", "seconds"}),
            Map.entry("secs", new String[] {"second", "seconds"}),
            Map.entry("°C", new String[] {"degree Celsius", "degrees Celsius"}),
            Map.entry("°F", new String[] {"degree Fahrenheit", "degrees Fahrenheit"}),
            Map.entry("°", new String[] {"degree", "degrees"}),
            Map.entry("Hz", new String[] {"hertz", "hertz"}),
            Map.entry("kHz", new String[] {"kilohertz", "kilohertz"}),
            Map.entry("MHz", new String[] {"megahertz", "megahertz"}),
            Map.entry("kW", new String[] {"kilowatt", "kilowatts"}),
            Map.entry("KB", new String[] {"kilobyte", "kilobytes"}),
            Map.entry("MB", new String[] {"megabyte", "megabytes"}),
            Map.entry("GB", new String[] {"gigabyte", "gigabytes"}),
            Map.entry("TB", new String[] {"terabyte", "terabytes"}));
    private static final Map<String, String> SCALES = Map.of("bn", "billion", "k", "thousand", "m", "million",
            "M", "million");
    /** Units that are also common words ("5 in the morning") count only when written against the number. */
    private static final String SPACED_UNITS = "km/h|km|cm|mm|kg|mg|lbs|lb|oz|ft|yds|yd|mi|mph|kph|ml|gal|hrs|hr|mins|min"
            + "|secs|sec|°C|°F|°|kHz|MHz|Hz|kW|KB|MB|GB|TB";
    private static final String ATTACHED_UNITS = "m|g|l|L|in";

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", Quantities::date).onlyWith("/"),
            Rewrite.of("(?<![\\d-])(1\\d{3}|20\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d-])",
                    m -> MONTHS[Integer.parseInt(m.group(2)) - 1] + " " + NumberWords.ordinal(Integer.parseInt(m.group(3)))
                            + ", " + NumberWords.year(Integer.parseInt(m.group(1)))).onlyWith("-"),
            Rewrite.of("(?<![\\d/])(9/11|24/7|50/50)(?![\\d/])", m -> switch (m.group(1)) {
                case "9/11" -> "nine eleven";
                case "24/7" -> "twenty-four seven";
                default -> "fifty-fifty";
            }).onlyWith("/"),
            Rewrite.of("\u00A3(\\d+)\\s(\\d{1,2})s\\.?(?:\\s?(\\d{1,2})d\\.?)?(?!\\w)" + END, m -> poundsShillingsPence(m)
                    + (m.group(4) != null ? "." : "")).onlyWith("\u00A3"),
            Rewrite.of("(?<![\\w.,])(\\d{1,2})s\\.\\s?(\\d{1,2})d\\.?(?!\\w)" + END,
                    m -> shillings(m.group(1)) + " and " + pence(m.group(2)) + (m.group(3) != null ? "." : "")).onlyWith("d"),
            Rewrite.of("(?<![\\w.,])(\\d?[1-9])s\\.(?=\\s|$)" + END,
                    m -> shillings(m.group(1)) + (m.group(2) != null ? "." : "")).onlyWith("s."),
            Rewrite.of("(?<![\\w.,])(\\d{1,2})d\\.(?=\\s|$)" + END,
                    m -> pence(m.group(1)) + (m.group(2) != null ? "." : "")).onlyWith("d."),
            Rewrite.of("(?<![\\d.,:/])([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(" + MONTH_NAMES + ")\\b",
                    m -> "the " + NumberWords.ordinal(Integer.parseInt(m.group(1))) + " of " + m.group(2))
                    .onlyWith(MONTHS),
            Rewrite.of("\\b(" + MONTH_NAMES + ")\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d|%)",
                    m -> m.group(1) + " " + NumberWords.ordinal(Integer.parseInt(m.group(2)))).onlyWith(MONTHS),
            Rewrite.of("(?<![\\d:.])(\\d{1,2})(?::([0-5]\\d))?\\s?([AaPp])\\.?\\s?[Mm]\\b(\\.?)(?=([\"')\\]]*\\s*$)?)",
                    Quantities::clockTime).onlyWith("m", "M"),
            Rewrite.of("(?<![\\d:.,])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])", m -> clock(m.group(1), m.group(2)))
                    .onlyWith(":"),
            Rewrite.of("([$£€¥])\\s?" + NUMBER + "(?:\\.(\\d{1,2})(?!\\d))?"
                    + "(?:\\s?(thousand|million|billion|trillion|bn|k|m|M)\\b)?", Quantities::money)
                    .onlyWith("$", "\u00A3", "\u20AC", "\u00A5"),
            Rewrite.of("(?<![\\w.,])(\\d+)([\u00BD\u00BC\u00BE])?p\\b", Quantities::pence).onlyWith("p"),
            Rewrite.of("(?<![\\d.,])(\\d+)\\s?\u00A2", m -> NumberWords.cardinal(Long.parseLong(clip(m.group(1))))
                    + (m.group(1).equals("1") ? " cent" : " cents")).onlyWith("\u00A2"),
            Rewrite.of("(?<![\\d.,])" + NUMBER + "(?:\\.(\\d+))?\\s?%", m -> number(m.group(1), m.group(2)) + " percent")
                    .onlyWith("%"),
            Rewrite.of("(?<![\\d.,])(\\d+)['\u2032]\\s?(\\d{1,2})(?:[\"\u2033]|'')", m -> NumberWords.cardinal(
                    Long.parseLong(m.group(1))) + " feet " + NumberWords.cardinal(Long.parseLong(m.group(2))) + " inches")
                    .onlyWith("'", "\u2032"),
            Rewrite.of("(?<![\\w.,])" + NUMBER + "(?:\\.(\\d+))?-(" + SPACED_UNITS + "|" + ATTACHED_UNITS + ")(?![\\w/])",
                    m -> number(m.group(1), m.group(2)) + "-" + UNITS.get(m.group(3))[0]).onlyWith("-"),
            Rewrite.of("(?<![\\w.,])" + NUMBER + "(?:\\.(\\d+))?(?:\\s?(" + SPACED_UNITS + ")|(" + ATTACHED_UNITS + "))"
                    + "(?![\\w/])(\\.?)(?=([\"')\\]]*\\s*$)?)", Quantities::measure));

    private Quantities() {
    }

    static String read(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    /** The first number is the month when it can be (American order), else the day. */
    private static String date(MatchResult m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 4 ? NumberWords.year(Integer.parseInt(m.group(3)))
                : m.group(3).startsWith("0") ? NumberWords.digits(m.group(3)) : NumberWords.cardinal(Integer.parseInt(m.group(3)));
        int month = a >= 1 && a <= 12 && b >= 1 && b <= 31 ? a : b >= 1 && b <= 12 && a >= 1 && a <= 31 ? b : 0;
        if (month == 0) {
            return NumberWords.cardinal(a) + " " + NumberWords.cardinal(b) + " " + year;
        }
        int day = month == a ? b : a;
        return MONTHS[month - 1] + " " + NumberWords.ordinal(day) + ", " + year;
    }

    private static String clockTime(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(2);
        String words = minutes == null || minutes.equals("00") ? NumberWords.cardinal(hour) : clock(m.group(1), minutes);
        String period = Character.toUpperCase(m.group(3).charAt(0)) + " M";
        boolean endsSentence = !m.group(4).isEmpty() && m.group(5) != null;
        return words + " " + period + (endsSentence ? "." : "");
    }

    private static String clock(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int mm = Integer.parseInt(minutes);
        String hour = NumberWords.cardinal(h);
        if (mm == 0) {
            return h <= 12 ? hour + " o'clock" : hour + " hundred";
        }
        return hour + " " + (mm < 10 ? "oh " + NumberWords.cardinal(mm) : NumberWords.cardinal(mm));
    }

    private static String money(MatchResult m) {
        String[] names = CURRENCIES.get(m.group(1));
        BigInteger whole = new BigInteger(m.group(2).replace(",", ""));
        String fraction = m.group(3);
        String scale = m.group(4);
        if (scale != null) {
            return number(m.group(2), fraction) + " " + SCALES.getOrDefault(scale, scale) + " " + names[1];
        }
        int hundredths = fraction == null ? 0 : Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
        String main = NumberWords.cardinal(whole) + " " + (whole.equals(BigInteger.ONE) ? names[0] : names[1]);
        String small = NumberWords.cardinal(hundredths) + " " + (hundredths == 1 ? names[2] : names[3]);
        if (hundredths == 0) {
            return main;
        }
        return whole.signum() == 0 ? small : main + " and " + small;
    }

    /** Money before 1971: "£5 10s. 6d." is five pounds, ten shillings and sixpence. */
    private static String poundsShillingsPence(MatchResult m) {
        String pounds = NumberWords.cardinal(Long.parseLong(m.group(1))) + (m.group(1).equals("1") ? " pound " : " pounds ");
        return pounds + shillings(m.group(2)) + (m.group(3) == null ? "" : " and " + pence(m.group(3)));
    }

    private static String shillings(String n) {
        return NumberWords.cardinal(Integer.parseInt(n)) + (n.equals("1") ? " shilling" : " shillings");
    }

    private static String pence(String n) {
        return NumberWords.cardinal(Integer.parseInt(n)) + (n.equals("1") ? " penny" : " pence");
    }

    /** "5p" and "2½p": pence, as British money was written after 1971. */
    private static String pence(MatchResult m) {
        String fraction = m.group(2) == null ? "" : " and " + switch (m.group(2)) {
            case "\u00BD" -> "a half";
            case "\u00BC" -> "a quarter";
            default -> "three quarters";
        };
        boolean one = m.group(1).equals("1") && fraction.isEmpty();
        return NumberWords.cardinal(Long.parseLong(clip(m.group(1)))) + fraction + (one ? " penny" : " pence");
    }

    private static String measure(MatchResult m) {
        String unit = m.group(3) != null ? m.group(3) : m.group(4);
        String[] names = UNITS.get(unit);
        boolean one = m.group(1).equals("1") && m.group(2) == null;
        boolean endsSentence = !m.group(5).isEmpty() && m.group(6) != null;
        return number(m.group(1), m.group(2)) + " " + names[one ? 0 : 1] + (endsSentence ? "." : "");
    }

    private static String clip(String digits) {
        return digits.length() > 15 ? "999999999999999" : digits;
    }

    /** A whole number (commas allowed) with an optional decimal part, in words. */
    static String number(String whole, String fraction) {
        String digits = whole.replace(",", "");
        if (fraction != null) {
            return NumberWords.decimal(digits, fraction);
        }
        return NumberWords.cardinal(new BigInteger(digits));
    }
}
