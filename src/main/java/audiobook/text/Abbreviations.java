package audiobook.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations in full, as a narrator reads them: civil and military titles (Mr., Dr., Capt.,
 * Lieut., Col., Gen., Messrs., Rt. Hon.), the name abbreviations of old letters (Wm., Chas.,
 * Thos.), Monsieur ("M. Dupin"), St. as Saint before a name and Street after one, Latin (e.g.,
 * i.e., etc., vs., inst., ult.), compass points ("N.E." north-east, "S.S.W." south-south-west,
 * "N. by E." north by east, "NE"), dotted initialisms spelled ("U.S." U S, "Ph.D." P H D), and
 * the markers before numbers FreeTTS gets wrong ("No. 5" is "no five" to it). The period of an
 * abbreviation goes with it, except at the very end of the text, where it also ends the sentence.
 */
final class Abbreviations {

    /** After the word: optionally the period, then (captured) the end of the text. */
    private static final String DOT_END = "(\\.?)(?=([\"')\\]]*\\s*$)?)";
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("Mr", "Mister"), Map.entry("Mrs", "Missus"), Map.entry("Ms", "Miz"), Map.entry("Dr", "Doctor"),
            Map.entry("Prof", "Professor"), Map.entry("Capt", "Captain"), Map.entry("Col", "Colonel"),
            Map.entry("Gen", "General"), Map.entry("Lt", "Lieutenant"), Map.entry("Lieut", "Lieutenant"),
            Map.entry("Sgt", "Sergeant"), Map.entry("Sergt", "Sergeant"), Map.entry("Serg", "Sergeant"),
            Map.entry("Maj", "Major"), Map.entry("Adm", "Admiral"), Map.entry("Brig", "Brigadier"),
            Map.entry("Cpl", "Corporal"), Map.entry("Pvt", "Private"), Map.entry("Pte", "Private"),
            Map.entry("Cmdr", "Commander"), Map.entry("Comdr", "Commander"), Map.entry("Cdr", "Commander"),
            Map.entry("Ens", "Ensign"), Map.entry("Sen", "Senator"), Map.entry("Rep", "Representative"),
            Map.entry("Pres", "President"), Map.entry("Supt", "Superintendent"), Map.entry("Insp", "Inspector"),
            Map.entry("Det", "Detective"), Map.entry("Const", "Constable"), Map.entry("Bart", "Baronet"),
            Map.entry("Bp", "Bishop"), Map.entry("Abp", "Archbishop"), Map.entry("Ald", "Alderman"),
            Map.entry("Rev", "Reverend"), Map.entry("Revd", "Reverend"), Map.entry("Ven", "Venerable"),
            Map.entry("Hon", "Honorable"), Map.entry("Rt", "Right"), Map.entry("Gov", "Governor"),
            Map.entry("Fr", "Father"), Map.entry("Messrs", "Messieurs"), Map.entry("MM", "Messieurs"),
            Map.entry("Mme", "Madame"), Map.entry("Mlle", "Mademoiselle"), Map.entry("Mt", "Mount"), Map.entry("Ft", "Fort"),
            Map.entry("Jr", "Junior"), Map.entry("Sr", "Senior"), Map.entry("Esq", "Esquire"), Map.entry("Bros", "Brothers"),
            Map.entry("Ave", "Avenue"), Map.entry("Blvd", "Boulevard"), Map.entry("Rd", "Road"),
            Map.entry("Sq", "Square"), Map.entry("Ln", "Lane"), Map.entry("Cres", "Crescent"), Map.entry("Terr", "Terrace"),
            Map.entry("Hwy", "Highway"), Map.entry("Univ", "University"), Map.entry("Dept", "Department"),
            Map.entry("Govt", "Government"), Map.entry("Wm", "William"), Map.entry("Chas", "Charles"),
            Map.entry("Jas", "James"), Map.entry("Thos", "Thomas"), Map.entry("Geo", "George"), Map.entry("Jno", "John"),
            Map.entry("Benj", "Benjamin"), Map.entry("Robt", "Robert"), Map.entry("Saml", "Samuel"),
            Map.entry("Richd", "Richard"), Map.entry("Edw", "Edward"), Map.entry("Eliz", "Elizabeth"),
            Map.entry("Jos", "Joseph"), Map.entry("Danl", "Daniel"), Map.entry("Fredk", "Frederick"));
    private static final Map<String, String> LATIN = Map.ofEntries(
            Map.entry("e.g.", "for example"), Map.entry("i.e.", "that is"), Map.entry("etc.", "et cetera"),
            Map.entry("&c.", "et cetera"), Map.entry("vs.", "versus"), Map.entry("vs", "versus"),
            Map.entry("viz.", "namely"), Map.entry("cf.", "compare"), Map.entry("a.k.a.", "also known as"),
            Map.entry("approx.", "approximately"), Map.entry("et al.", "and others"), Map.entry("N.B.", "note"),
            Map.entry("A.D.", "A D"), Map.entry("B.C.", "B C"), Map.entry("B.C.E.", "B C E"), Map.entry("C.E.", "C E"),
            Map.entry("a.m.", "A M"), Map.entry("p.m.", "P M"),
            Map.entry("A.M.", "A M"), Map.entry("P.M.", "P M"), Map.entry("Ltd.", "Limited"),
            Map.entry("Inc.", "Incorporated"), Map.entry("& Co.", "and Company"), Map.entry("ibid.", "ibidem"),
            Map.entry("w/o", "without"), Map.entry("w/", "with"), Map.entry("c/o", "care of"), Map.entry("n/a", "not applicable"),
            Map.entry("N/A", "not applicable"), Map.entry("Approx.", "Approximately"), Map.entry("Viz.", "Namely"),
            Map.entry("Cf.", "Compare"), Map.entry("Ibid.", "Ibidem"), Map.entry("Etc.", "Et cetera"));
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("Jan", "January"),
            Map.entry("Feb", "February"), Map.entry("Mar", "March"), Map.entry("Apr", "April"), Map.entry("Jun", "June"),
            Map.entry("Jul", "July"), Map.entry("Aug", "August"), Map.entry("Sep", "September"),
            Map.entry("Sept", "September"), Map.entry("Oct", "October"), Map.entry("Nov", "November"),
            Map.entry("Dec", "December"), Map.entry("Jany", "January"), Map.entry("Feby", "February"),
            Map.entry("Augt", "August"), Map.entry("Septr", "September"), Map.entry("Octr", "October"),
            Map.entry("Novr", "November"), Map.entry("Decr", "December"));
    /** Books of the Bible as references abbreviate them, before a chapter and verse ("Gen. 1:1", "Rev. 3:20"). */
    private static final Map<String, String> BIBLE = Map.ofEntries(Map.entry("Gen", "Genesis"), Map.entry("Ex", "Exodus"),
            Map.entry("Exod", "Exodus"), Map.entry("Lev", "Leviticus"), Map.entry("Num", "Numbers"),
            Map.entry("Deut", "Deuteronomy"), Map.entry("Josh", "Joshua"), Map.entry("Judg", "Judges"),
            Map.entry("Sam", "Samuel"), Map.entry("Kgs", "Kings"), Map.entry("Chron", "Chronicles"),
            Map.entry("Neh", "Nehemiah"), Map.entry("Esth", "Esther"), Map.entry("Ps", "Psalms"), Map.entry("Psa", "Psalms"),
            Map.entry("Prov", "Proverbs"), Map.entry("Eccl", "Ecclesiastes"), Map.entry("Eccles", "Ecclesiastes"),
            Map.entry("Isa", "Isaiah"), Map.entry("Jer", "Jeremiah"), Map.entry("Lam", "Lamentations"),
            Map.entry("Ezek", "Ezekiel"), Map.entry("Dan", "Daniel"), Map.entry("Hos", "Hosea"), Map.entry("Mic", "Micah"),
            Map.entry("Hab", "Habakkuk"), Map.entry("Zech", "Zechariah"), Map.entry("Mal", "Malachi"),
            Map.entry("Matt", "Matthew"), Map.entry("Mk", "Mark"), Map.entry("Lk", "Luke"), Map.entry("Jn", "John"),
            Map.entry("Rom", "Romans"), Map.entry("Cor", "Corinthians"), Map.entry("Gal", "Galatians"),
            Map.entry("Eph", "Ephesians"), Map.entry("Phil", "Philippians"), Map.entry("Col", "Colossians"),
            Map.entry("Thess", "Thessalonians"), Map.entry("Tim", "Timothy"), Map.entry("Philem", "Philemon"),
            Map.entry("Heb", "Hebrews"), Map.entry("Jas", "James"), Map.entry("Pet", "Peter"), Map.entry("Rev", "Revelation"));
    private static final String BIBLE_BOOK = "(" + String.join("|", BIBLE.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final Map<String, String> DAYS = Map.of("Mon", "Monday", "Tue", "Tuesday", "Tues", "Tuesday",
            "Wed", "Wednesday", "Thu", "Thursday", "Thur", "Thursday", "Thurs", "Thursday", "Fri", "Friday", "Sat",
            "Saturday", "Sun", "Sunday");
    private static final String DAY = "(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)";
    private static final Map<Character, String> POINTS = Map.of('N', "north", 'S', "south", 'E', "east", 'W', "west");
    private static final Set<String> COMPASS_POINTS = Set.of("N", "S", "E", "W", "NE", "NW", "SE", "SW", "NNE", "NNW",
            "SSE", "SSW", "ENE", "ESE", "WNW", "WSW");
    private static final Set<String> NOT_A_STREET_NAME = Set.of("The", "A", "In", "On", "At", "To", "From", "Of", "By",
            "And", "But", "Near", "Past", "Old", "Little", "Great", "Good", "Dear", "Holy", "Blessed");
    private static final Pattern SAINT_OR_STREET = Pattern.compile("\\bSt\\b" + DOT_END);
    private static final String MONTH_SHORT = "(Jany|Feby|Augt|Septr|Octr|Novr|Decr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
    /**
     * The old abbreviations of American states, as books print them after a town ("Springfield,
     * Ill."; the two-letter postal codes came in 1963). Only after a capitalised word and a comma,
     * so "ill." or "Mass." in other senses stay as they are; never those that are also names or
     * forms of address ("Yes, Pa.", "Thank you, Miss.", "Hello, Cal.": Pa, Miss, Cal, Del, Mo, Me,
     * La, Ga, Ind, Tex, Penn), nor after a word that opens speech ("Well, Mass.").
     */
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("Ala", "Alabama"),
            Map.entry("Ariz", "Arizona"), Map.entry("Ark", "Arkansas"), Map.entry("Calif", "California"),
            Map.entry("Colo", "Colorado"), Map.entry("Conn", "Connecticut"), Map.entry("Fla", "Florida"),
            Map.entry("Ill", "Illinois"), Map.entry("Kan", "Kansas"), Map.entry("Kans", "Kansas"),
            Map.entry("Ky", "Kentucky"), Map.entry("Mass", "Massachusetts"), Map.entry("Md", "Maryland"),
            Map.entry("Mich", "Michigan"), Map.entry("Minn", "Minnesota"), Map.entry("Mont", "Montana"),
            Map.entry("Neb", "Nebraska"), Map.entry("Nebr", "Nebraska"), Map.entry("Nev", "Nevada"),
            Map.entry("Okla", "Oklahoma"), Map.entry("Ore", "Oregon"), Map.entry("Tenn", "Tennessee"),
            Map.entry("Va", "Virginia"), Map.entry("Vt", "Vermont"), Map.entry("Wash", "Washington"),
            Map.entry("Wis", "Wisconsin"), Map.entry("Wyo", "Wyoming"));
    private static final String STATE = "(" + String.join("|", STATES.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")";

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("\\b(?:No|no|NO)\\.\\s?(?=\\d)|#(?=\\d)|\u2116\\s?", m -> "number ")
                    .onlyWhere("(?:No|no|NO)\\.\\s?\\d|#\\d|\u2116"),
            Rewrite.of("\\bNos\\.\\s?(?=\\d)", m -> "numbers ").onlyWith("Nos."),
            Rewrite.of("\\b([Aa])pt\\.\\s?(?=\\d)", m -> m.group(1) + "partment ").onlyWith("pt."),
            Rewrite.of("\\bpp\\.\\s?(?=\\d)", m -> "pages ").onlyWith("pp."),
            Rewrite.of("\\b(?:p|[Pp]g)\\.\\s?(?=\\d)", m -> "page ").onlyWhere("\\b(?:p|[Pp]g)\\.\\s?\\d"),
            Rewrite.of("\\b[Vv]ol\\.\\s?(?=\\d|[IVXLC]+\\b)", m -> "volume ").onlyWith("ol."),
            Rewrite.of("\\b(?:[Cc]h|[Cc]hap)\\.\\s?(?=\\d|[IVXLC]+\\b)", m -> "chapter ").onlyWhere("[Cc]h(?:ap)?\\.\\s?[\\dIVXLC]"),
            Rewrite.of("\\b[Ff]ig\\.\\s?(?=\\d)", m -> "figure ").onlyWhere("[Ff]ig\\.\\s?\\d"),
            Rewrite.of("\\b(?:[Ss]ec|[Ss]ect)\\.\\s?(?=\\d)", m -> "section ").onlyWith("ec.", "ect."),
            Rewrite.of("\\b(?:[Aa]rt)\\.\\s?(?=\\d)", m -> "article ").onlyWith("rt."),
            Rewrite.of("\\b(?:c|ca)\\.\\s?(?=\\d)", m -> "circa ").onlyWhere("\\bca?\\.\\s?\\d"),
            Rewrite.of("(?<=\\d\\s?)doz(\\.?)(?!\\w)(?=([\"')\\]]*\\s*$)?)", m -> "dozen" + (!m.group(1).isEmpty()
                    && m.group(2) != null ? "." : "")).onlyWith("doz"),
            Rewrite.of("\\bWW(II|I|2|1)\\b", m -> "World War " + (m.group(1).startsWith("I") && m.group(1).length() == 2
                    || m.group(1).equals("2") ? "two" : "one")).onlyWith("WW"),
            Rewrite.of("\\b(?:[Ll]at)\\.\\s?(?=\\d)", m -> "latitude ").onlyWhere("[Ll]at\\.\\s?\\d"),
            Rewrite.of("\\b(?:[Ll]ong)\\.\\s?(?=\\d)", m -> "longitude ").onlyWhere("[Ll]ong\\.\\s?\\d"),
            Rewrite.of("\\b(?:[Tt]el|TEL)\\.?(?=:?\\s*[\\d+(])", m -> "telephone")
                    .onlyWhere("(?:[Tt]el|TEL)\\.?:?\\s*[\\d+(]"),
            Rewrite.of("(?<=\\d\\p{L}{0,2}\\s)(inst|ult|prox)\\." + "(?=([\"')\\]]*\\s*$)?)",
                    m -> (m.group(1).equals("inst") ? "instant" : m.group(1).equals("ult") ? "ultimo" : "proximo")
                            + (m.group(2) != null ? "." : "")).onlyWith("inst.", "ult.", "prox."),
            Rewrite.of("(?<=\\p{Lu}\\p{Ll}{1,30},\\s)(?<!\\b(?:Yes|No|Well|Oh|Ah|Now|Why|Hello|Good|Sir|Madam|Come|Look)"
                    + ",\\s)" + STATE + "\\.(?=([\"')\\]]*\\s*$)?)",
                    m -> STATES.get(m.group(1)) + (m.group(2) != null ? "." : "")).onlyWhere("\\p{Ll}, \\p{Lu}\\p{Ll}{1,4}\\."),
            Rewrite.of("\\b" + MONTH_SHORT + "\\.(?=\\s*\\d)", m -> MONTHS.get(m.group(1)))
                    .onlyWith("Jan", "Feb", "Mar.", "Apr.", "Jun.", "Jul.", "Aug", "Sep", "Oct", "Nov", "Dec"),
            Rewrite.of("(?<=\\d(?:st|nd|rd|th|d)?\\s(?:of\\s)?)" + MONTH_SHORT + "\\.(?=([\"')\\]]*\\s*$)?)",
                    m -> MONTHS.get(m.group(1)) + (m.group(2) != null ? "." : ""))
                    .onlyWhere("\\d\\p{L}{0,2}\\s(?:of\\s)?\\p{Lu}\\p{Ll}{2,4}\\."),
            Rewrite.of("\\b" + DAY + "\\.(?=,?\\s+(?:\\d|the\\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
                    + "|Oct|Nov|Dec))|(?<=\\b(?i:on|by|until|till|from|every|next|last|since|before|after)\\s)" + DAY + "\\.(?!\\w)"
                    + "(?=([\"')\\]]*\\s*$|\\s+\\p{Lu})?)", m -> DAYS.get(m.group(1) != null ? m.group(1) : m.group(2))
                            + (m.group(3) != null ? "." : "")).onlyWith("Mon.", "Tue", "Wed.", "Thu", "Fri.", "Sat.", "Sun."),
            Rewrite.of("\\b" + DAY + "\\.?\\s?[-\u2013]\\s?" + DAY + "\\b(\\.?)(?=([\"')\\]]*\\s*$)?)",
                    m -> DAYS.get(m.group(1)) + " to " + DAYS.get(m.group(2)) + (!m.group(3).isEmpty() && m.group(4) != null
                            ? "." : "")).onlyWith("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            Rewrite.of("\\b" + BIBLE_BOOK + "\\.(?=\\s?\\d{1,3}:\\d)", m -> BIBLE.get(m.group(1))).onlyWhere("\\.\\s?\\d{1,3}:\\d"),
            Rewrite.of("\\bXmas\\b", m -> "Christmas").onlyWith("Xmas"),
            Rewrite.of("\\b(Mr|Mrs|Ms)\\b(?!\\.)|\\b(Dr)(?=\\s+\\p{Lu})",
                    m -> TITLES.get(m.group(1) != null ? m.group(1) : m.group(2))).onlyWith("Mr", "Ms", "Dr"),
            Rewrite.inContext("\\bCorp\\.(?=([\"')\\]]*\\s*$)?)", (m, text) -> beforeName(m, text)
                    ? "Corporal" : "Corporation" + dot(m)).onlyWith("Corp."),
            Rewrite.inContext("(?<!&\\s?)\\bCo\\.(?=([\"')\\]]*\\s*$)?)", (m, text) -> beforeName(m, text)
                    ? "County" : "Company" + dot(m)).onlyWith("Co."),
            Rewrite.inContext("(?<![\\p{L}.])M\\.(?=\\s+\\p{Lu}\\p{Ll})", Abbreviations::monsieur).onlyWith("M."),
            Rewrite.of("\\b(\\p{Lu}[\\p{Ll}M]{0,5})\\.(?=([\"')\\]]*\\s*$)?)", m -> TITLES.containsKey(m.group(1))
                    ? TITLES.get(m.group(1)) + (m.group(2) != null ? "." : "") : m.group()).onlyWith("."),
            Rewrite.of("(?<![\\w.])(e\\.g\\.|i\\.e\\.|etc\\.|&c\\.|vs\\.?|viz\\.|cf\\.|a\\.k\\.a\\.|approx\\.|et al\\.|N\\.B\\."
                    + "|A\\.D\\.|B\\.C\\.E\\.|B\\.C\\.|C\\.E\\.|[ap]\\.m\\.|[AP]\\.M\\.|Ltd\\.|Inc\\.|& Co\\.|ibid\\.|w/o|w/(?=\\s)"
                    + "|c/o|n/a|N/A|Approx\\.|Viz\\.|Cf\\.|Ibid\\.|Etc\\.)(?!\\w)(?=([\"')\\]]*\\s*$)?)",
                    m -> LATIN.get(m.group(1)) + (m.group(1).endsWith(".") && m.group(2) != null ? "." : ""))
                    .onlyWith(LATIN.keySet().toArray(String[]::new)),
            Rewrite.of("(?<![\\w.])([NSEW])\\.(?:([NSEW])\\.)?(?:([NSEW])\\.)?(?:\\s+by\\s+([NSEW])\\.)?(?!\\w)"
                    + "(?=([\"')\\]]*\\s*$)?)", Abbreviations::dottedCompass).onlyWith("N.", "S.", "E.", "W."),
            Rewrite.of("(?<![\\w.-])(NNE|NNW|SSE|SSW|ENE|ESE|WNW|WSW|NE|NW|SE|SW)(?:\\s+by\\s+([NSEW])\\b)?(?![\\w-]|\\.\\w)",
                    m -> compass(m.group(1)) + (m.group(2) == null ? "" : " by " + compass(m.group(2))))
                    .onlyWith("NE", "NW", "SE", "SW", "NN", "SS", "EN", "ES", "WN", "WS"),
            Rewrite.of("(?<!\\d\\s?)(?<![\\w/])(km/h|kph|mph|m/s|mpg)(?![\\w/])", m -> switch (m.group(1)) {
                case "km/h", "kph" -> "kilometers per hour";
                case "mph" -> "miles per hour";
                case "m/s" -> "meters per second";
                default -> "miles per gallon";
            }).onlyWith("km/h", "kph", "mph", "m/s", "mpg"),
            Rewrite.of("(?<![\\w.])(Ph\\.D\\.|(?:\\p{L}\\.){2,})(?!\\w)(?=([\"')\\]]*\\s*$)?)",
                    m -> spelled(m.group(1)) + (m.group(2) != null ? "." : "")).onlyWhere("\\p{L}\\.\\p{L}\\."));

    private Abbreviations() {
    }

    static String expand(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s.contains("St") ? saintOrStreet(s) : s;
    }

    private static String compass(String letters) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            words.append(i == 0 ? "" : "-").append(POINTS.get(letters.charAt(i)));
        }
        return words.toString();
    }

    /** "N.E." north-east, "S.S.W." south-south-west, "N. by E." north by east; a lone "N." is an initial. */
    private static String dottedCompass(MatchResult m) {
        String letters = m.group(1) + (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
        if (!COMPASS_POINTS.contains(letters) || letters.length() == 1 && m.group(4) == null) {
            return m.group();
        }
        return compass(letters) + (m.group(4) == null ? "" : " by " + compass(m.group(4))) + (m.group(5) != null ? "." : "");
    }

    /** "U.S." U S, "Ph.D." P H D: the letters, spelled. */
    private static String spelled(String dotted) {
        return String.join(" ", dotted.replace(".", "").toUpperCase().split(""));
    }

    /** "Corp. Trim" Corporal Trim, "Co. Cork" County Cork: a name follows, not a sentence. */
    private static boolean beforeName(MatchResult m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40)).stripLeading();
        return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !isSentenceStart(after);
    }

    private static String dot(MatchResult m) {
        return m.group(1) != null ? "." : "";
    }

    /** "said M. Dupin" Monsieur Dupin; "Mary M. Smith" and "J. M. Barrie" keep their initial. */
    private static String monsieur(MatchResult m, String text) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start()).stripTrailing();
        String word = before.replaceAll("(?s).*\\s", "");
        boolean initial = word.matches("\\p{Lu}\\.") || word.matches("\\p{Lu}\\p{Ll}+") && !isSentenceStart(word);
        return initial ? m.group() : "Monsieur";
    }

    /** Words that open a sentence rather than name someone: after them a capital is not a surname. */
    private static final Set<String> SENTENCE_STARTS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
            "You", "There", "This", "That", "These", "Those", "But", "And", "Then", "When", "As", "In", "On", "At",
            "His", "Her", "Its", "Their", "Our", "My", "Your", "If", "So", "Yet", "Now", "Here", "What", "Who", "Why",
            "How", "Where", "After", "Before", "Next", "One", "No", "Yes", "Not", "All", "Some", "Said", "Meanwhile");

    static boolean isSentenceStart(String text) {
        int i = 0;
        while (i < text.length() && "\"'(\u201C\u2018[".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i)) && i - start < 12) {
            i++;
        }
        return SENTENCE_STARTS.contains(text.substring(start, i));
    }

    /**
     * Saint before a name ("St. Paul's", "Mr. St. John"), Street after one ("Baker St.", also
     * when a sentence follows: "Baker St. The next day").
     */
    private static String saintOrStreet(String text) {
        Matcher m = SAINT_OR_STREET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40)).stripLeading();
            boolean afterName = before.matches("(?s).*\\b(\\p{Lu}\\p{L}*|\\d+\\p{L}{0,2})\\s+$")
                    && !NOT_A_STREET_NAME.contains(before.strip().replaceAll("(?s).*\\s", ""))
                    && !TITLES.containsValue(before.strip().replaceAll("(?s).*\\s", ""));
            boolean beforeName = !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !isSentenceStart(after);
            String word = beforeName || !afterName && !after.isEmpty() && Character.isUpperCase(after.charAt(0)) ? "Saint" : "Street";
            boolean keepDot = !m.group(1).isEmpty() && (m.group(2) != null || word.equals("Street") && isSentenceStart(after));
            m.appendReplacement(out, Matcher.quoteReplacement(word + (keepDot ? "." : "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
