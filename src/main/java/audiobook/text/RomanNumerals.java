package audiobook.text;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Roman numerals: only the canonical spellings (IV, not IIII; XC, not LXXXX) count. In running
 * text a numeral is read only where its context makes it one: after a heading word ("Chapter IV",
 * "Part II"), after "World War", and after a ruler's name ("George III" is "George the third").
 * A lone "I" is the pronoun unless a title and a name come before it ("King John I") or a ruler's
 * name and the end of a clause ("Elizabeth I was queen", "James I of England"), and a lone "V"
 * or "X" needs a ruler's name or title ("Henry V", but "Malcolm X" stays as written). Long
 * numerals from M are years ("MDCCCLXII" eighteen sixty-two), and "XIXth" is an ordinal.
 */
public final class RomanNumerals {

    private static final String HEADING_WORDS = "(?i:chapter|book|part|volume|act|scene|stave|canto|letter|section"
            + "|psalm|appendix|article|episode|lesson|stage|type|class|grade|level|phase|mark|round|form|category|page"
            + "|pages|plate|figure|tome|movement)";
    private static final Set<String> RULER_TITLES = Set.of("King", "Queen", "Pope", "Emperor", "Empress", "Tsar",
            "Czar", "Tsarina", "Kaiser", "Pharaoh", "Prince", "Princess", "Duke", "Sultan", "Shah", "Saint");
    private static final Set<String> RULER_NAMES = Set.of("Henry", "George", "Edward", "William", "Charles", "Louis",
            "James", "Richard", "Elizabeth", "Mary", "Victoria", "Philip", "Frederick", "John", "Pius", "Leo", "Gregory",
            "Benedict", "Innocent", "Clement", "Alexander", "Peter", "Ivan", "Nicholas", "Catherine", "Napoleon",
            "Ramesses", "Ptolemy", "Alfonso", "Ferdinand", "Gustav", "Christian", "Olaf", "Harald", "Otto", "Wilhelm",
            "Franz", "Constantine", "Selim", "Mehmed", "Suleiman", "Urban", "Boniface", "Stephen", "David", "Robert",
            "Anne", "Juan", "Carlos", "Felipe", "Umberto", "Vittorio", "Rudolf", "Sancho", "Baldwin", "Paul", "Edmund",
            "Ethelred", "Harold", "Canute", "Amenhotep", "Thutmose", "Rameses", "Seti", "Darius", "Xerxes", "Artaxerxes",
            "Antiochus", "Cleopatra", "Herod", "Justinian", "Leopold", "Albert", "Manuel", "Sigismund", "Casimir",
            "Vasily", "Boris", "Fyodor", "Michael", "Gustavus", "Haakon", "Magnus", "Eric", "Erik", "Valdemar",
            "Christina", "Ludwig", "Maximilian", "Joseph", "Francis", "Matthias", "Wenceslaus", "Conrad", "Lothair",
            "Pepin", "Hugh", "Henri", "Carlo", "Pedro", "Afonso", "Sebastian", "Isabella", "Isabel", "Edgar", "Alexius",
            "Basil", "Theodosius", "Sixtus", "Julius", "Paschal", "Celestine", "Eugene", "Eugenius", "Martin", "Adrian",
            "Hadrian", "Honorius", "Amadeus", "Victor", "Emmanuel", "Oscar", "Cyrus", "Osman", "Murad", "Bayezid",
            "Mahmud", "Ahmed", "Mustafa", "Amadeo", "Ludovico", "Cosimo", "Lorenzo", "Friedrich", "Karl", "Gustaf");
    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("\\b(" + HEADING_WORDS + ")(\\s+)([IVXLCDM]+|[ivxlcdm]+)\\b(?!['\u2019]\\p{L})",
                    m -> cardinalAfter(m, 3)),
            Rewrite.of("\\b((?i:world\\s+war))(\\s+)(I{1,3})\\b", m -> cardinalAfter(m, 3)).onlyWith("War", "WAR", "war"),
            Rewrite.inContext("\\b(\\p{Lu}\\p{Ll}+)(\\s+)([IVX]+)\\b(?!['\u2019]\\p{L})", RomanNumerals::regnal));
    /** "MDCCCLXII" as a year (title pages, inscriptions); "the XIXth century" as an ordinal. */
    private static final List<Rewrite> FORMS = List.of(
            Rewrite.of("\\b(M{1,2}[CDLXVI]{3,})\\b(?!['\u2019]\\p{L})", m -> {
                int value = value(m.group(1));
                return value >= 1000 && value < 2100 ? NumberWords.year(value) : m.group();
            }).onlyWith("MD", "MC", "MM"),
            Rewrite.of("\\b([IVXLC]+)(th|st|nd|rd)\\b", m -> {
                int value = value(m.group(1));
                return value > 0 ? NumberWords.ordinal(value) : m.group();
            }).onlyWhere("[IVXLC](?:th|st|nd|rd)\\b"));

    private static final Pattern FORM = Pattern.compile("M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    /** The value of an upper-case canonical numeral, or 0 when the text is not one. */
    public static int value(String text) {
        if (text.isEmpty() || text.length() > 15 || !FORM.matcher(text).matches()) {
            return 0;
        }
        int total = 0;
        int i = 0;
        for (int s = 0; s < SYMBOLS.length && i < text.length(); s++) {
            while (text.startsWith(SYMBOLS[s], i)) {
                total += VALUES[s];
                i += SYMBOLS[s].length();
            }
        }
        return total;
    }

    /** Reads the numerals of a text that its context marks as numerals. */
    static String read(String text) {
        String s = text;
        for (Rewrite rule : FORMS) {
            s = rule.apply(s);
        }
        if (!hasSpacedNumeral(s)) {
            return s;
        }
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    /** A cheap test first: a word of numeral letters after a space, the only place the rules look. */
    private static boolean hasSpacedNumeral(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && "IVXLCDMivxlcdm".indexOf(text.charAt(i)) >= 0) {
                int end = i;
                while (end < text.length() && "IVXLCDMivxlcdm".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end == text.length() || !Character.isLetter(text.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String cardinalAfter(MatchResult m, int group) {
        int value = value(m.group(group).toUpperCase(java.util.Locale.ROOT));
        return value == 0 ? m.group() : m.group(1) + m.group(2) + NumberWords.cardinal(value);
    }

    private static String regnal(MatchResult m, String text) {
        String name = m.group(1);
        String numeral = m.group(3);
        int value = value(numeral);
        String before = text.substring(Math.max(0, m.start() - 20), m.start()).strip();
        String titleBefore = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        boolean titled = RULER_TITLES.contains(titleBefore);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        boolean endsClause = after.isEmpty() || after.matches("(?s)^(?:[.,;:!?)\"']|\\s+(?:of|and|was|had|died|reigned)\\b).*");
        boolean isNumeral = numeral.length() >= 2 || titled
                || RULER_NAMES.contains(name) && (!numeral.equals("I") || endsClause);
        if (value == 0 || !isNumeral) {
            return m.group();
        }
        return name + m.group(2) + "the " + NumberWords.ordinal(value);
    }

    public static String of(int value) {
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int s = 0; s < SYMBOLS.length; s++) {
            while (rest >= VALUES[s]) {
                roman.append(SYMBOLS[s]);
                rest -= VALUES[s];
            }
        }
        return roman.toString();
    }
}
