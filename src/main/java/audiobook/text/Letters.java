package audiobook.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * Letters and symbols for an English voice that knows only ASCII: accented Latin letters lose
 * their accents (café, façade, señor, Zoë are said as English speakers say them), æ œ ø ß ð þ
 * become their usual spellings, ligatures and full-width forms are unfolded, and symbols become
 * words. What still is not ASCII (other scripts, emoji) is left out of the spoken text, which
 * FreeTTS would otherwise read as silence or noise; the written text keeps it.
 */
final class Letters {

    private static final Map<Character, String> SPELLINGS = Map.ofEntries(
            Map.entry('æ', "ae"), Map.entry('Æ', "Ae"), Map.entry('œ', "oe"), Map.entry('Œ', "Oe"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ß', "ss"), Map.entry('ẞ', "SS"),
            Map.entry('ð', "th"), Map.entry('Ð', "Th"), Map.entry('þ', "th"), Map.entry('Þ', "Th"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ı', "i"), Map.entry('ŋ', "ng"), Map.entry('ĸ', "k"), Map.entry('ſ', "s"));

    private static final List<Rewrite> SYMBOLS = List.of(
            Rewrite.of("(\\p{L}+)/(?=(\\p{L}+))", m -> m.group(1) + (m.group(1).equalsIgnoreCase("or")
                    || m.group(2).equalsIgnoreCase("or") ? " " : " or ")),
            Rewrite.of("\\s*&\\s*", m -> " and "),
            Rewrite.of("\\s*\\+\\s*", m -> " plus "),
            Rewrite.of("\\s*\u00B1\\s*", m -> " plus or minus "),
            Rewrite.of("~\\s?(?=\\p{L}|\\d)", m -> "about "),
            Rewrite.of("\\s*\u2248\\s*", m -> " approximately "),
            Rewrite.of("\\s*<\\s*(?=\\p{L})", m -> " less than "),
            Rewrite.of("\\s*>\\s*(?=\\p{L})", m -> " more than "),
            Rewrite.of("\u221E", m -> " infinity "),
            Rewrite.of("\u00B6", m -> " paragraph "),
            Rewrite.of("\\s*=\\s*", m -> " equals "),
            Rewrite.of("\\s*×\\s*", m -> " times "),
            Rewrite.of("\\s*÷\\s*", m -> " divided by "),
            Rewrite.of("(?<=\\w)@(?=\\w)", m -> " at "),
            Rewrite.of("%", m -> " percent"),
            Rewrite.of("°", m -> " degrees"),
            Rewrite.of("§", m -> " section "),
            Rewrite.of("\\$", m -> " dollars "),
            Rewrite.of("£", m -> " pounds "),
            Rewrite.of("€", m -> " euros "));

    private Letters() {
    }

    static String spell(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String spelling = SPELLINGS.get(c);
            if (spelling != null) {
                s.append(spelling);
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                s.append((char) (c - 0xFEE0));
            } else if (c >= '\uFB00' && c <= '\uFB06') {
                s.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                s.append(c);
            }
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static String symbols(String text) {
        String s = text;
        for (Rewrite rule : SYMBOLS) {
            s = rule.apply(s);
        }
        return s;
    }

    /** Everything FreeTTS cannot say, as white space: what is left is ASCII words and punctuation. */
    static String speakableOnly(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean speakable = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || ".,;:!?'\"()[]- ".indexOf(c) >= 0;
            s.append(speakable ? c : ' ');
        }
        return s.toString();
    }
}
