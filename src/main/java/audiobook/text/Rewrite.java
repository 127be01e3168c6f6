package audiobook.text;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rewriting rule of the speech normaliser: every match of a pattern becomes the words it
 * computes, from the match and, where context decides (is 1897 a year?), the whole text.
 */
record Rewrite(Pattern pattern, BiFunction<MatchResult, String, String> words, Pattern guard, String... needles) {

    static Rewrite of(String regex, Function<MatchResult, String> words) {
        return new Rewrite(Pattern.compile(regex), (m, text) -> words.apply(m), null);
    }

    static Rewrite of(String regex, int flags, Function<MatchResult, String> words) {
        return new Rewrite(Pattern.compile(regex, flags), (m, text) -> words.apply(m), null);
    }

    static Rewrite inContext(String regex, BiFunction<MatchResult, String, String> words) {
        return new Rewrite(Pattern.compile(regex), words, null);
    }

    /** The same rule, tried only on texts that contain one of the needles: a cheap test first. */
    Rewrite onlyWith(String... strings) {
        return new Rewrite(pattern, words, guard, strings);
    }

    /** The same rule, tried only on texts where a simple pattern finds something: a cheaper scan first. */
    Rewrite onlyWhere(String regex) {
        return new Rewrite(pattern, words, Pattern.compile(regex), needles);
    }

    String apply(String text) {
        if (needles.length > 0 && !containsAny(text) || guard != null && !guard.matcher(text).find()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start()).append(words.apply(m, text));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private boolean containsAny(String text) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
