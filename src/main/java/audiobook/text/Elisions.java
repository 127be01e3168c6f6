package audiobook.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What old books leave out with a dash, said as a narrator says it: an elided year ("the tenth of
 * July, 18—" eighteen hundred and something, "184—" eighteen forty-something), an elided name
 * ("Mr. ——" Mister blank, "the town of ——" the town of blank, "Lady B——" Lady B: an initial
 * alone, but never "I", whose dash is a stammer) and the
 * printed oaths ("d——d" damned, "d——n" damn). A dash after a number that goes on with words
 * ("She was 18—no, 19") is a pause, not an elision.
 */
final class Elisions {

    private static final String DASHES = "(?:[\u2014\u2015]+|\u2E3A|\u2E3B|-{2,}|_{2,}|\\*{2,})";
    private static final String LONG_DASHES = "(?:[\u2014\u2015]{2,}|\u2E3A|\u2E3B|-{3,}|_{3,}|\\*{3,})";
    private static final Set<String> YEAR_CUES = Set.of("in", "of", "year", "since", "until", "till", "from", "to",
            "summer", "winter", "spring", "autumn", "about", "circa", "before", "after", "during", "by", "the");
    private static final Map<String, String> OATHS = Map.of("d-d", "damned", "d-n", "damn", "d-l", "devil",
            "h-l", "hell", "b-y", "bloody", "g-d", "God", "d-mn", "damn", "d-ned", "damned", "d-nation", "damnation");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?[\\s,]*$");

    private static final List<Rewrite> RULES = List.of(
            Rewrite.inContext("(?<![\\w.,])(1\\d)(\\d)?(?:" + DASHES + "|\u2013|\\.{3,}|\u2026)(?=[\\s.,;:!?)\"']|$)",
                    Elisions::year).onlyWhere("1\\d\\d?(?:[\u2014\u2015\u2E3A\u2E3B\u2013\u2026]|--|__|\\*\\*|\\.\\.\\.)"),
            Rewrite.of("\\b([dDhHbBgG])" + DASHES + "(mn|n|d|l|y|ned|nation)\\b", m -> oath(m))
                    .onlyWhere("[dDhHbBgG](?:[\u2014\u2015\u2E3A\u2E3B]|--|__|\\*\\*)"),
            Rewrite.inContext("(?<=^|\\s)" + LONG_DASHES + "(?=['\\s.,;:!?\")]|$|\\p{Ll})", Elisions::blank)
                    .onlyWhere("(?:^|\\s)(?:[\u2014\u2015]{2}|\u2E3A|\u2E3B|---|___|\\*\\*\\*)"),
            Rewrite.of("\\b([A-HJ-Z])" + DASHES + "(?=['\\s.,;:!?\")]|$)", m -> m.group(1))
                    .onlyWhere("\\b[A-HJ-Z](?:[\u2014\u2015\u2E3A\u2E3B]|--|__|\\*\\*)"));

    private Elisions() {
    }

    static String read(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    /** "18—" eighteen hundred and something; "184—" eighteen forty-something. */
    private static String year(MatchResult m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        boolean punctuationAfter = after.isEmpty() || !Character.isWhitespace(after.charAt(0));
        var word = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
        boolean cue = word.find() && (YEAR_CUES.contains(word.group(1).toLowerCase())
                || Dates.month(word.group(1)) != null && List.of(Dates.MONTH_NAMES).contains(Dates.month(word.group(1))))
                || text.substring(Math.max(0, m.start() - 30), m.start()).matches("(?s).*\\d(?:st|nd|rd|th|d)?,\\s*$");
        if (!punctuationAfter && !cue) {
            return m.group();
        }
        String century = NumberWords.cardinal(Integer.parseInt(m.group(1)));
        if (m.group(2) == null) {
            return century + " hundred and something";
        }
        int decade = Integer.parseInt(m.group(2));
        return century + " " + (decade == 0 ? "oh something" : NumberWords.cardinal(decade * 10) + "-something");
    }

    private static String oath(MatchResult m) {
        String key = Character.toLowerCase(m.group(1).charAt(0)) + "-" + m.group(2);
        String word = OATHS.get(key);
        if (word == null) {
            return m.group();
        }
        return Character.isUpperCase(m.group(1).charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** A long dash standing for a name, after a word that a name would follow ("Mr. ——", "the town of ——"). */
    private static String blank(MatchResult m, String text) {
        var word = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
        if (!word.find()) {
            return m.group();
        }
        String w = word.group(1);
        boolean nameFollows = Character.isUpperCase(w.charAt(0)) || Set.of("of", "at", "in", "to", "from", "near", "the",
                "by", "with", "for", "and", "on").contains(w);
        boolean suffix = m.end() < text.length() && Character.isLowerCase(text.charAt(m.end()));
        return nameFollows ? suffix ? "blank-" : "blank" : m.group();
    }
}
