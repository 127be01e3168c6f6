package audiobook.text;

import java.util.List;

/**
 * The spellings of speech as old books print them: a contraction set off by a space ("we all
 * ’ll go", "it ’s", "do n’t") joins its word, as it is said (all'll, it's, don't), and "ñ" is
 * said "ny" ("Cañon" canyon, "señor" senyor) rather than losing its tilde ("canon"); "thro'"
 * is "through". Other old forms are left as written ("’tis", "o’er"): FreeTTS reads them, those
 * its rules get wrong mended in its lexicon (audiobook.speech.OldWords).
 */
final class Dialect {

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\p{L}'])([Tt])hro'?(?![\\p{L}'])", m -> m.group(1) + "hrough").onlyWith("hro"), // FreeTTS: "throw"
            Rewrite.of("(?<=\\p{L}) '(ll|ve|re|s|d|m|t)\\b(?!')", m -> "'" + m.group(1)).onlyWith(" '"),
            Rewrite.of("(?<=\\p{L}) (n't)\\b", m -> m.group(1)).onlyWith(" n't"),
            Rewrite.of("\u00F1", m -> "ny").onlyWith("\u00F1"),
            Rewrite.of("\u00D1(?=\\p{Lu})", m -> "NY").onlyWith("\u00D1"),
            Rewrite.of("\u00D1", m -> "Ny").onlyWith("\u00D1"));

    private Dialect() {
    }

    static String read(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }
}
