package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Telephone numbers, digit by digit in the groups they are printed in, a pause between groups and
 * zero as "oh": "(555) 123-4567" five five five, one two three, four five six seven; "+44 20 7946
 * 0958" plus four four, two oh, seven nine four six, oh nine five eight. Found by their shape (an
 * international "+", a bracketed area code, 3-3-4 and 3-4 groups, a British number starting with
 * 0) or after a word that names one ("Dial 999", "phone 4567", "call 911").
 */
final class Telephones {

    private static final String EXTENSION = "(?:,?\\s*(?:ext\\.?|extension|x)\\s?(\\d{1,5}))?";
    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(0\\))?(?:[ .-]?\\(?\\d{1,5}\\)?){1,6}(?![\\w/])" + EXTENSION,
                    Telephones::international).onlyWith("+"),
            Rewrite.of("(?<![\\w(/])(?:1[ .-])?\\(\\d{3}\\)\\s?\\d{3}[ .-]\\d{4}(?![\\w/-])" + EXTENSION, Telephones::grouped)
                    .onlyWith("("),
            Rewrite.of("(?<![\\w(/])\\(0\\d{1,4}\\)\\s?\\d{3,4}[ .-]?\\d{3,4}(?![\\w/-])" + EXTENSION, Telephones::grouped)
                    .onlyWith("(0"),
            Rewrite.of("(?<![\\w./-])(?:1[ .-])?\\d{3}([.-])\\d{3}\\1\\d{4}(?![\\w/-]|\\.\\d)" + EXTENSION, Telephones::grouped)
                    .onlyWhere("\\d{3}[.-]\\d{3}[.-]\\d"),
            Rewrite.of("(?<![\\w.,/-])0\\d{2,4}[ -]\\d{3,4}(?:[ -]?\\d{3,4})(?![\\w/-]|[.,]\\d)" + EXTENSION,
                    Telephones::grouped).onlyWith("0"),
            Rewrite.of("(?<![\\w.,/:-])\\d{3} \\d{3} \\d{4}(?![\\w/-]|[.,]\\d| \\d)" + EXTENSION, Telephones::grouped)
                    .onlyWhere("\\d{3} \\d{3} \\d{4}"),
            Rewrite.of("(?<![\\w.,/:-])(\\d{3})-(\\d{4})(?![\\w/-]|[.,]\\d)" + EXTENSION, Telephones::local).onlyWith("-"),
            Rewrite.of("(?<=\\b(?i:dial|ring|phone|telephone|tel\\.?|fax|mobile|cell|number is)[:\\s]{1,3})"
                    + "\\d{3,}(?:[ -]\\d{2,})*(?![\\w/]|[.,]\\d)", Telephones::grouped)
                    .onlyWhere("(?i:dial|ring|phone|tel|fax|mobile|cell|number is)[.:]?\\s{1,2}\\d"),
            Rewrite.of("(?<=\\b(?i:call|ring)\\s)0\\d{2,}(?:[ -]\\d{2,})+(?![\\w/]|[.,]\\d)", Telephones::grouped)
                    .onlyWhere("(?i:call|ring) 0\\d"),
            Rewrite.of("(?<=\\b(?i:call)\\s)(?:911|999|112|000)(?![\\w/]|[.,]\\d)", Telephones::grouped)
                    .onlyWith("911", "999", "112", "000"));

    private Telephones() {
    }

    private static final java.util.regex.Pattern QUICK = java.util.regex.Pattern.compile("\\d{3}|\\+\\d|\\(\\d");

    static String read(String text) {
        if (!QUICK.matcher(text).find()) {
            return text;
        }
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    private static String international(MatchResult m) {
        String number = m.group().replaceAll("\\(0\\)", " ");
        int digits = number.replaceAll("\\D", "").length() - (m.group(1) == null ? 0 : m.group(1).length());
        if (digits < 8 || digits > 15) {
            return m.group();
        }
        return "plus " + grouped(m);
    }

    /** "555-1234" is a number to dial, "100-1000" (both round) a range. */
    private static String local(MatchResult m) {
        boolean round = m.group(1).endsWith("0") && m.group(2).endsWith("0");
        return round && m.group(3) == null ? m.group() : grouped(m);
    }

    /** The groups as written, split at spaces, dashes, dots and brackets; an extension after them. */
    private static String grouped(MatchResult m) {
        String extension = m.groupCount() >= 1 ? m.group(m.groupCount()) : null;
        String number = m.group().replaceAll("\\(0\\)", " ");
        if (extension != null) {
            number = number.substring(0, number.length() - extension.length()).replaceAll("(?i)[,\\s]*(?:ext\\.?|extension|x)\\s?$", "");
        }
        List<String> groups = new ArrayList<>();
        for (String g : number.split("[^0-9]+")) {
            if (!g.isEmpty()) {
                groups.add(NumberWords.digits(g));
            }
        }
        String words = String.join(", ", groups);
        return extension == null ? words : words + ", extension " + NumberWords.digits(extension);
    }
}
