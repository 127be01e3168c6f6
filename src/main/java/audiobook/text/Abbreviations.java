package audiobook.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations in full, as a narrator reads them: titles (Mr., Dr., Capt.), St. as Saint before
 * a name and Street after one, Latin (e.g., i.e., etc., vs.), and the markers before numbers
 * FreeTTS gets wrong ("No. 5" is "no five" to it). The period of an abbreviation goes with it,
 * except at the very end of the text, where it also ends the sentence.
 */
final class Abbreviations {

    /** After the word: optionally the period, then (captured) the end of the text. */
    private static final String DOT_END = "(\\.?)(?=([\"')\\]]*\\s*$)?)";
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("Mr", "Mister"), Map.entry("Mrs", "Missus"), Map.entry("Ms", "Miz"), Map.entry("Dr", "Doctor"),
            Map.entry("Prof", "Professor"), Map.entry("Capt", "Captain"), Map.entry("Col", "Colonel"),
            Map.entry("Gen", "General"), Map.entry("Lt", "Lieutenant"), Map.entry("Sgt", "Sergeant"),
            Map.entry("Rev", "Reverend"), Map.entry("Hon", "Honorable"), Map.entry("Gov", "Governor"),
            Map.entry("Fr", "Father"), Map.entry("Messrs", "Messieurs"), Map.entry("Mme", "Madame"),
            Map.entry("Mlle", "Mademoiselle"), Map.entry("Mt", "Mount"), Map.entry("Ft", "Fort"),
            Map.entry("Jr", "Junior"), Map.entry("Sr", "Senior"), Map.entry("Esq", "Esquire"));
    private static final Map<String, String> LATIN = Map.ofEntries(
            Map.entry("e.g.", "for example"), Map.entry("i.e.", "that is"), Map.entry("etc.", "et cetera"),
            Map.entry("&c.", "et cetera"), Map.entry("vs.", "versus"), Map.entry("vs", "versus"),
            Map.entry("viz.", "namely"), Map.entry("cf.", "compare"), Map.entry("a.k.a.", "also known as"),
            Map.entry("approx.", "approximately"), Map.entry("et al.", "and others"), Map.entry("N.B.", "note"),
            Map.entry("A.D.", "A D"), Map.entry("B.C.", "B C"), Map.entry("a.m.", "A M"), Map.entry("p.m.", "P M"),
            Map.entry("A.M.", "A M"), Map.entry("P.M.", "P M"), Map.entry("Ltd.", "Limited"),
            Map.entry("Inc.", "Incorporated"), Map.entry("& Co.", "and Company"));
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("Jan", "January"),
            Map.entry("Feb", "February"), Map.entry("Mar", "March"), Map.entry("Apr", "April"), Map.entry("Jun", "June"),
            Map.entry("Jul", "July"), Map.entry("Aug", "August"), Map.entry("Sep", "September"),
            Map.entry("Sept", "September"), Map.entry("Oct", "October"), Map.entry("Nov", "November"),
            Map.entry("Dec", "December"));
    private static final Set<String> NOT_A_STREET_NAME = Set.of("The", "A", "In", "On", "At", "To", "From", "Of", "By",
            "And", "But", "Near", "Past", "Old", "Little", "Great", "Good", "Dear", "Holy", "Blessed");
    private static final Pattern SAINT_OR_STREET = Pattern.compile("\\bSt\\b" + DOT_END);

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("\\b(?:No|no|NO)\\.\\s?(?=\\d)|#(?=\\d)|\u2116\\s?", m -> "number ").onlyWith("o.", "O.", "#", "\u2116"),
            Rewrite.of("\\bNos\\.\\s?(?=\\d)", m -> "numbers ").onlyWith("Nos."),
            Rewrite.of("\\bpp\\.\\s?(?=\\d)", m -> "pages ").onlyWith("pp."),
            Rewrite.of("\\bp\\.\\s?(?=\\d)", m -> "page ").onlyWith("p."),
            Rewrite.of("\\b[Vv]ol\\.\\s?(?=\\d|[IVXLC]+\\b)", m -> "volume ").onlyWith("ol."),
            Rewrite.of("\\b[Cc]h\\.\\s?(?=\\d|[IVXLC]+\\b)", m -> "chapter ").onlyWith("h."),
            Rewrite.of("\\b[Ff]ig\\.\\s?(?=\\d)", m -> "figure ").onlyWith("ig."),
            Rewrite.of("\\b(?:c|ca)\\.\\s?(?=\\d)", m -> "circa ").onlyWith("c.", "ca."),
            Rewrite.of("\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.(?=\\s*\\d)", m -> MONTHS.get(m.group(1)))
                    .onlyWith("n.", "b.", "r.", "l.", "g.", "p.", "t.", "v.", "c."),
            Rewrite.of("\\b(Mr|Mrs|Ms)\\b(?!\\.)|\\b(Dr)(?=\\s+\\p{Lu})",
                    m -> TITLES.get(m.group(1) != null ? m.group(1) : m.group(2))).onlyWith("Mr", "Ms", "Dr"),
            Rewrite.of("\\b(" + String.join("|", TITLES.keySet().stream().sorted().toList()) + ")\\.(?=([\"')\\]]*\\s*$)?)",
                    m -> TITLES.get(m.group(1)) + (m.group(2) != null ? "." : ""))
                    .onlyWith(TITLES.keySet().stream().map(t -> t + ".").toArray(String[]::new)),
            Rewrite.of("(?<![\\w.])(e\\.g\\.|i\\.e\\.|etc\\.|&c\\.|vs\\.?|viz\\.|cf\\.|a\\.k\\.a\\.|approx\\.|et al\\.|N\\.B\\."
                    + "|A\\.D\\.|B\\.C\\.|[ap]\\.m\\.|[AP]\\.M\\.|Ltd\\.|Inc\\.|& Co\\.)(?!\\w)(?=([\"')\\]]*\\s*$)?)",
                    m -> LATIN.get(m.group(1)) + (m.group(1).endsWith(".") && m.group(2) != null ? "." : ""))
                    .onlyWith(LATIN.keySet().toArray(String[]::new)));

    private Abbreviations() {
    }

    static String expand(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s.contains("St") ? saintOrStreet(s) : s;
    }

    /** Saint before a name ("St. Paul's"), Street after one ("Baker St."). */
    private static String saintOrStreet(String text) {
        Matcher m = SAINT_OR_STREET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3)).stripLeading();
            boolean afterName = before.matches("(?s).*\\b(\\p{Lu}\\p{L}*|\\d+\\p{L}?)\\s+$")
                    && !NOT_A_STREET_NAME.contains(before.strip().replaceAll(".*\\s", ""));
            boolean beforeName = !after.isEmpty() && Character.isUpperCase(after.charAt(0));
            String word = afterName || !beforeName ? "Street" : "Saint";
            boolean keepDot = !m.group(1).isEmpty() && m.group(2) != null;
            m.appendReplacement(out, Matcher.quoteReplacement(word + (keepDot ? "." : "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
