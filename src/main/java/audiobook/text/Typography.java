package audiobook.text;

import java.util.List;

/**
 * Typography FreeTTS cannot read (DSP-NOTES §6: its tokenizer knows only ASCII punctuation, so a
 * curly apostrophe splits "Don’t" into "don" and "t"): quotes become ASCII quotes, dashes a comma
 * pause, ellipses (also spaced, ". . ." and ". . . .") three dots; italic underscores, emphasis asterisks and footnote markers such as
 * {@code (*1)}, {@code [12]} or a trailing {@code *} are not read at all.
 */
final class Typography {

    private Typography() {
    }

    /** Quotes and apostrophes first, so that the lexicon and the abbreviations see plain ASCII ones. */
    static String quotes(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\u02BC', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                default -> Character.isISOControl(c) ? ' ' : c;
            });
        }
        return s.toString();
    }

    private static final List<Rewrite> MARKUP = List.of(
            Rewrite.of("\\(\\*+\\d*\\)|\\[\\*+\\d*]|\\[\\d{1,3}]|(?<=[\\p{L}\\p{P}])\\[[A-Z]]|\\{\\d{1,3}}|[\u2020\u2021]"
                    + "|(?<!\\d\\s?(?:m|cm|mm|km|ft|in|mi|yd|m/s))[\u00B9\u00B2\u00B3\u2070-\u2079]+",
                    m -> " "),
            Rewrite.of("(?<=[\\p{L}\\p{P}])\\*+(?=[\\s\\p{P}]|$)", m -> " "),
            Rewrite.of("[_*]+", m -> ""));

    private static final List<Rewrite> PAUSES = List.of(
            Rewrite.of("\u2026+(?:\\s?\\.)*|\\.(?:\\s?\\.){2,}", m -> "..."),
            Rewrite.of(" ?(?:[\u2013\u2014\u2015\u2012\u2E3A\u2E3B]+|-{2,}) ?| - ", m -> ", "),
            Rewrite.of("(?<=\\p{L})-$", m -> ","));

    /** Footnote markers and emphasis marks. */
    static String markup(String text) {
        String s = text;
        for (Rewrite rule : MARKUP) {
            s = rule.apply(s);
        }
        return s;
    }

    /** Dashes and ellipses, after numbers have taken the dashes of ranges ("1980–1986"). */
    static String pauses(String text) {
        String s = text;
        for (Rewrite rule : PAUSES) {
            s = rule.apply(s);
        }
        return s;
    }
}
