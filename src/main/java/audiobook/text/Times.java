package audiobook.text;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Clock times as they are said, with a colon or (British) a dot, and a.m./p.m. in any spelling
 * (am, a.m., a. m., AM, A.M.): "10:05" ten oh five, "4.30 p.m." four thirty P M, "5:00" five
 * o'clock, "17:00" seventeen hundred, "0600 hours" oh six hundred hours, "10:15:30" ten fifteen
 * and thirty seconds. A dotted time without a.m. or p.m. needs a word that makes it one ("at
 * 1.59", "by 2.45", "the 4.30 train", "from 9.30 to 5.30"): elsewhere "4.30" is a decimal.
 */
final class Times {

    private static final String MERIDIEM = "\\s?([AaPp])\\.?\\s?[Mm]\\b(\\.?)" + Quantities.END;
    private static final Set<String> CUES = Set.of("at", "by", "till", "til", "until", "before", "after", "from",
            "since", "past", "towards", "toward", "between", "'til", "the");
    /** "about 4.30" is a time only after a word that makes it one ("at about 4.30"). */
    private static final Set<String> HEDGES = Set.of("about", "around", "nearly", "almost", "approximately", "circa",
            "exactly", "precisely", "just");
    private static final Set<String> AFTER = Set.of("train", "express", "mail", "coach", "boat", "bus", "service",
            "tonight", "sharp", "precisely", "exactly", "o'clock", "in the morning", "in the afternoon", "in the evening",
            "at night", "from", "departure", "arrival");
    /** Words after a number that make "2.45" a quantity, not a time ("by 2.45 per cent"). */
    private static final Set<String> QUANTITY_AFTER = Set.of("per", "percent", "points", "point", "times", "degrees",
            "inches", "feet", "miles", "pounds", "kilos", "kilograms", "meters", "metres", "dollars", "euros", "cents",
            "pence", "seconds", "minutes", "hours", "goals", "runs", "million", "billion", "thousand");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    private static final Pattern TWO_WORDS_BEFORE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+$");
    private static final Pattern TIME_BEFORE = Pattern.compile("\\d{1,2}[.:][0-5]\\d\\s*\\S+\\s+$");

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d:.,])([01]?\\d|2[0-4])[:.]([0-5]\\d)(?::([0-5]\\d))?" + MERIDIEM, m -> clock(m)
                    + " " + meridiem(m, 5)).onlyWhere("\\d[:.]\\d\\d\\s?[AaPp]\\.?\\s?[Mm]"),
            Rewrite.of("(?<![\\d:.,])(1[0-2]|0?[1-9])" + MERIDIEM, m -> NumberWords.cardinal(Integer.parseInt(m.group(1)))
                    + " " + meridiem(m, 3)).onlyWhere("\\d\\s?[AaPp]\\.?\\s?[Mm]\\b"),
            Rewrite.of("(?<![\\d:.,])(1[0-2]|0?[1-9]):00(?=\\s+(?:noon|midnight)\\b)",
                    m -> NumberWords.cardinal(Integer.parseInt(m.group(1)))).onlyWith(":00"),
            Rewrite.of("(?<![\\w:.,$£€¥])(\\d{1,2}):([0-5]\\d)\\.(\\d{1,3})(?![\\d:]|\\.\\d)", m -> NumberWords.cardinal(
                    Integer.parseInt(m.group(1))) + " " + NumberWords.cardinal(Integer.parseInt(m.group(2))) + " point "
                    + NumberWords.digits(m.group(3)).replace("oh", "zero")).onlyWith(":"),
            Rewrite.of("(?<![\\w:.,$£€¥])([01]?\\d|2[0-4]):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:]|[.,]\\d)", m -> clock(m))
                    .onlyWith(":"),
            Rewrite.inContext("(?<![\\w:.,$£€¥-])([01]?\\d|2[0-3])\\.([0-5]\\d)(?!\\d|\\.\\d|,\\d|\\s?%)", Times::dotted)
                    .onlyWhere("\\d\\.[0-5]\\d"),
            Rewrite.of("(?<![\\w.,:])([01]\\d|2[0-4])([0-5]\\d)\\s?(hours|hrs|hr|h)\\b", m -> military(m))
                    .onlyWhere("\\d{4}\\s?h"),
            Rewrite.of("(?<=\\b(?:at|by|until|till|from|before|after)\\s)(0\\d)([0-5]\\d)(?![\\w:]|[.,]\\d|\\s?(?:hours|hrs)\\b)",
                    m -> "oh " + NumberWords.cardinal(Integer.parseInt(m.group(1))) + " "
                            + (m.group(2).equals("00") ? "hundred" : NumberWords.pairs(m.group(2))))
                    .onlyWhere("\\b0\\d{3}\\b"));

    private Times() {
    }

    static String read(String text) {
        if (!(Scan.digitThen(text, ":.") || Scan.digitThen(text, "AaPph")
                || Scan.hasAny(text, " 0"))) {
            return text;
        }
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    /** Hours, minutes and seconds from groups 1 to 3; with a.m. or p.m. after them, "four P M" not "four o'clock". */
    private static String clock(MatchResult m) {
        int h = Integer.parseInt(m.group(1));
        int mm = Integer.parseInt(m.group(2));
        String seconds = m.group(3) == null ? "" : " and " + NumberWords.cardinal(Integer.parseInt(m.group(3)))
                + (m.group(3).equals("01") ? " second" : " seconds");
        boolean withMeridiem = m.groupCount() > 4;
        String hour = NumberWords.cardinal(h);
        if (mm == 0 && seconds.isEmpty()) {
            if (withMeridiem) {
                return hour;
            }
            return h == 0 ? "midnight" : h <= 12 ? hour + " o'clock" : hour + " hundred";
        }
        return hour + " " + (mm < 10 ? "oh " + NumberWords.cardinal(mm) : NumberWords.cardinal(mm)) + seconds;
    }

    /** "A M" or "P M", with the full stop given back at the end of the text. */
    private static String meridiem(MatchResult m, int group) {
        boolean endsSentence = !m.group(group).isEmpty() && m.group(group + 1) != null;
        return Character.toUpperCase(m.group(group - 1).charAt(0)) + " M" + (endsSentence ? "." : "");
    }

    /** "4.30" is a time after "at", "by", "until"..., before "train", "sharp"..., or after another time ("to 5.30"). */
    private static String dotted(MatchResult m, String text) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20)).stripLeading().toLowerCase();
        var word = WORD_BEFORE.matcher(before);
        String previous = word.find() ? word.group(1).toLowerCase() : "";
        String next = after.replaceAll("^(\\p{L}+).*", "$1");
        if (QUANTITY_AFTER.contains(next)) {
            return m.group();
        }
        var two = TWO_WORDS_BEFORE.matcher(before);
        boolean hedged = two.find() && HEDGES.contains(two.group(2).toLowerCase()) && CUES.contains(two.group(1).toLowerCase());
        boolean time = CUES.contains(previous) || hedged
                || AFTER.stream().anyMatch(a -> after.startsWith(a) && (after.length() == a.length()
                        || !Character.isLetter(after.charAt(a.length()))))
                || Set.of("to", "and", "till", "until", "-").contains(previous) && TIME_BEFORE.matcher(before).find();
        if (!time) {
            return m.group();
        }
        int h = Integer.parseInt(m.group(1));
        int mm = Integer.parseInt(m.group(2));
        String hour = NumberWords.cardinal(h);
        return mm == 0 ? hour + " o'clock" : hour + " " + (mm < 10 ? "oh " + NumberWords.cardinal(mm) : NumberWords.cardinal(mm));
    }

    /** "0600 hours" oh six hundred hours, "1930 hrs" nineteen thirty hours. */
    private static String military(MatchResult m) {
        String hh = m.group(1);
        int h = Integer.parseInt(hh);
        int mm = Integer.parseInt(m.group(2));
        String hour = (hh.startsWith("0") ? "oh " : "") + NumberWords.cardinal(h);
        String minutes = mm == 0 ? "hundred" : mm < 10 ? "oh " + NumberWords.cardinal(mm) : NumberWords.cardinal(mm);
        return hour + " " + minutes + " hours";
    }
}
