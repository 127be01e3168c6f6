package audiobook.text;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Dates as they are said, American order as American order ("May 3, 1862" May third, eighteen
 * sixty-two) and British as British ("3 May 1862" the third of May eighteen sixty-two, "on the
 * 26th May" on the twenty-sixth of May): with or without the ordinal's letters (also the old "2d",
 * "3d"), month names in full or short ("Jan 5", "Sept. 1, 1939"; a short name with a full stop is
 * unfolded by {@link Abbreviations}), day ranges ("3–5 May" the third to the fifth of May), a
 * month and a year, numeric dates (12/25/2023, 25.12.2023, 1990-01-31), eras (1066 AD, 44 B.C.)
 * and abbreviated years ("the class of '62"). A year in a date is always read as a year.
 */
final class Dates {

    static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("Jan", "January"),
            Map.entry("Feb", "February"), Map.entry("Mar", "March"), Map.entry("Apr", "April"), Map.entry("Jun", "June"),
            Map.entry("Jul", "July"), Map.entry("Aug", "August"), Map.entry("Sep", "September"),
            Map.entry("Sept", "September"), Map.entry("Oct", "October"), Map.entry("Nov", "November"),
            Map.entry("Dec", "December"));
    private static final String MONTH = "(" + String.join("|", MONTH_NAMES)
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b";
    private static final String[] MONTH_NEEDLES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String DAY = "([1-9]|[12]\\d|3[01])(?:st|nd|rd|th|d)?";
    private static final String YEAR = "(\\d{4}|'\\d{2})(?![\\d'])";
    /** What may not follow a day after a month: more digits, a time, a percentage, a hyphenated word. */
    private static final String NOT_A_DAY = "(?![\\d:.,]\\d|\\d|%|\\s?(?:[ap]\\.?m\\b|[AP]\\.?\\s?M\\b|o'clock)|-\\w)";

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d/])(9/11|24/7|50/50)(?![\\d/])", m -> switch (m.group(1)) {
                case "9/11" -> "nine eleven";
                case "24/7" -> "twenty-four seven";
                default -> "fifty-fifty";
            }).onlyWith("9/11", "24/7", "50/50"),
            Rewrite.of("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", m -> numeric(m, true)).onlyWith("/"),
            Rewrite.of("(?<![\\d.,-])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d]|\\.\\d)", m -> numeric(m, false)).onlyWhere("\\d\\.\\d{1,2}\\.\\d{4}"),
            Rewrite.of("(?<![\\d.,-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d]|-\\d)", m -> numeric(m, true)).onlyWhere("\\d-\\d{1,2}-\\d{4}"),
            Rewrite.of("(?<![\\d-])(1\\d{3}|20\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d-])",
                    m -> MONTH_NAMES[Integer.parseInt(m.group(2)) - 1] + " " + NumberWords.ordinal(Integer.parseInt(m.group(3)))
                            + ", " + NumberWords.year(Integer.parseInt(m.group(1)))).onlyWith("-"),
            Rewrite.of("(?<![\\w.,:/])(?:(the|The)\\s+)?" + DAY + "\\s+to\\s+(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH
                    + "(?:(,?\\s+)" + YEAR + ")?", Dates::dayRangeMonth).onlyWith(MONTH_NEEDLES).onlyWhere("\\sto\\s"),
            Rewrite.inContext("(?<![\\w.,:/])(?:(the|The)\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:(,?\\s+)" + YEAR + ")?",
                    Dates::dayMonth).onlyWith(MONTH_NEEDLES),
            Rewrite.of("\\b" + MONTH + "\\s+" + DAY + "\\s+to\\s+" + DAY + NOT_A_DAY + "(?:(,?\\s+)" + YEAR + ")?",
                    Dates::monthDayRange).onlyWith(MONTH_NEEDLES).onlyWhere("\\sto\\s"),
            Rewrite.of("\\b" + MONTH + "\\s+(?:(the)\\s+)?" + DAY + NOT_A_DAY + "(?:(,?\\s+)" + YEAR + ")?", Dates::monthDay).onlyWith(MONTH_NEEDLES),
            Rewrite.of("\\b" + MONTH + "(,?\\s+(?:of\\s+)?)(\\d{4})(?!\\d)",
                    m -> month(m.group(1)) + m.group(2) + NumberWords.year(Integer.parseInt(m.group(3))))
                    .onlyWith(MONTH_NEEDLES),
            Rewrite.of("(?<![\\w.,])(\\d{1,4})\\s?(A\\s?D|B\\s?C(?:\\s?E)?|C\\s?E)\\b",
                    m -> era(m.group(1)) + " " + letters(m.group(2))).onlyWith("AD", "A D", "BC", "B C", "CE", "C E"),
            Rewrite.of("\\b(A\\s?D)\\s?(\\d{1,4})(?![\\w.,]\\d|\\w)", m -> "A D " + era(m.group(2))).onlyWith("AD", "A D"),
            Rewrite.of("(?<![\\w'])'(\\d{2})(?![\\d'%]|s\\b|\\w)", m -> twoDigitYear(m.group(1))).onlyWith("'"));

    private Dates() {
    }

    static String read(String text) {
        if (!(Scan.hasAnyChar(text, "/'-") || Scan.digitThen(text, ".") || Scan.hasAny(text, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec", "AD", "A D", "BC", "B C", "CE", "C E"))) {
            return text;
        }
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    static String month(String name) {
        return SHORT.getOrDefault(name, name);
    }

    private static String ordinal(String day) {
        return NumberWords.ordinal(Integer.parseInt(day));
    }

    /** "1862" eighteen sixty-two, "'62" sixty-two. */
    private static String year(String written) {
        return written.startsWith("'") ? twoDigitYear(written.substring(1)) : NumberWords.year(Integer.parseInt(written));
    }

    private static String twoDigitYear(String digits) {
        return digits.startsWith("0") ? "oh " + NumberWords.cardinal(Integer.parseInt(digits))
                : NumberWords.cardinal(Integer.parseInt(digits));
    }

    private static String withYear(MatchResult m, int separator) {
        return m.group(separator + 1) == null ? "" : m.group(separator).replaceAll("\\s+", " ") + year(m.group(separator + 1));
    }

    private static String the(String written) {
        return written == null ? "the" : written;
    }

    /** Words after which a day takes no "the" of its own ("this very 2nd of October"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("this", "that", "very", "same", "his", "her",
            "its", "their", "our", "my", "your", "every", "each", "next", "last", "a", "an", "one", "following");
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\s+$");

    private static String dayMonth(MatchResult m, String text) {
        var before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        if (m.group(1) == null && before.find() && DETERMINERS.contains(before.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return ordinal(m.group(2)) + " of " + month(m.group(3)) + withYear(m, 4);
        }
        return the(m.group(1)) + " " + ordinal(m.group(2)) + " of " + month(m.group(3)) + withYear(m, 4);
    }

    private static String dayRangeMonth(MatchResult m) {
        return the(m.group(1)) + " " + ordinal(m.group(2)) + " to the " + ordinal(m.group(3)) + " of " + month(m.group(4))
                + withYear(m, 5);
    }

    private static String monthDay(MatchResult m) {
        return month(m.group(1)) + " " + (m.group(2) == null ? "" : m.group(2) + " ") + ordinal(m.group(3)) + withYear(m, 4);
    }

    private static String monthDayRange(MatchResult m) {
        return month(m.group(1)) + " " + ordinal(m.group(2)) + " to " + ordinal(m.group(3)) + withYear(m, 4);
    }

    /** Month first when it can be (American order) or, with dots, day first (European order) when it can be. */
    private static String numeric(MatchResult m, boolean monthFirst) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String y = m.group(3);
        String year = y.length() == 4 ? NumberWords.year(Integer.parseInt(y)) : twoDigitYear(y);
        boolean aMonth = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        boolean bMonth = b >= 1 && b <= 12 && a >= 1 && a <= 31;
        if (aMonth && (monthFirst || !bMonth)) {
            return MONTH_NAMES[a - 1] + " " + NumberWords.ordinal(b) + ", " + year;
        }
        if (bMonth) {
            return "the " + NumberWords.ordinal(a) + " of " + MONTH_NAMES[b - 1] + " " + year;
        }
        return m.group();
    }

    /** A year with an era: four digits as a year, fewer as a number ("44 BC" forty-four B C). */
    private static String era(String digits) {
        return digits.length() == 4 ? NumberWords.year(Integer.parseInt(digits)) : NumberWords.cardinal(Integer.parseInt(digits));
    }

    private static String letters(String era) {
        return String.join(" ", era.replace(" ", "").split(""));
    }
}
