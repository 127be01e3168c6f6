package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens of letters and digits, read as a reader reads a model, a road, a paper size or a code:
 * capital letters spelled and digits as a number ("B12" B twelve, "MP3" M P three, "3D" three D,
 * "A4" A four, "F-16" F sixteen, "R2-D2" R two D two, "H2O" H two O), three digits as one and a
 * pair ("A380" A three eighty, "221B" two twenty-one B), four as a year ("1080p" ten eighty P).
 * Words in the token stay words ("COVID-19" COVID nineteen, "Catch-22", "iPhone 12"); ordinals
 * and decades ("21st", "1960s") are left for {@link Numbers}.
 */
final class Serials {

    /** Capitals said as a word, not spelled. */
    private static final Set<String> WORDS = Set.of("COVID", "NATO", "NASA", "UNESCO", "UNICEF", "OPEC", "FIFA", "UEFA",
            "ASCII", "SARS", "MERS", "AIDS", "RADAR", "LASER", "SCUBA", "JPEG", "MPEG", "DOS", "SIM", "PIN", "ROM", "RAM",
            "LAN", "WAN", "NAFTA", "APOLLO", "GEMINI", "TITAN", "SATURN", "MARK", "MODEL", "TYPE", "ZIP", "WIN", "NOKIA");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w'\u2019.-])(?=[A-Za-z0-9-]*\\d)(?=[A-Za-z0-9-]*[A-Za-z])"
            + "[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\\w'\u2019-]|\\.\\w)");
    private static final Pattern NUMBER_FORM = Pattern.compile("\\d+(?:st|nd|rd|th|d|s|'s|ST|ND|RD|TH)");
    private static final Pattern RUNS = Pattern.compile("\\d+|\\p{L}+");

    private Serials() {
    }

    private static final Pattern QUICK = Pattern.compile("[A-Za-z]-?\\d|\\d-?[A-Za-z]");

    static String read(String text) {
        if (!QUICK.matcher(text).find()) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start()).append(token(m.group()));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A part of letters only that is a word ("Catch", "year", "COVID"), not capitals to spell ("F", "DC"). */
    private static boolean isWord(String part) {
        return part.chars().allMatch(Character::isLetter) && (WORDS.contains(part) || !part.equals(part.toUpperCase()));
    }

    /**
     * The token's parts between hyphens: a token with capitals to spell or letters and digits
     * together is a serial, said part by part; one of words and numbers ("3-year-old") is left
     * for {@link Numbers}.
     */
    private static String token(String token) {
        String[] parts = token.split("-");
        boolean serial = false;
        for (String p : parts) {
            boolean letters = p.chars().allMatch(Character::isLetter);
            boolean digits = p.chars().allMatch(Character::isDigit);
            serial |= letters && !isWord(p) || !letters && !digits && !NUMBER_FORM.matcher(p).matches();
        }
        if (!serial) {
            return token;
        }
        StringBuilder out = new StringBuilder();
        boolean previousWord = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean word = isWord(p);
            if (i > 0) {
                out.append(word || previousWord ? "-" : " ");
            }
            if (word) {
                out.append(p);
            } else if (p.matches("\\d+")) {
                out.append(NumberWords.pairs(p));
            } else if (p.matches("\\d+s")) {
                out.append(NumberWords.pluralOf(NumberWords.pairs(p.substring(0, p.length() - 1))));
            } else if (NUMBER_FORM.matcher(p).matches()) {
                out.append(p);
            } else {
                out.append(runs(p));
            }
            previousWord = word;
        }
        return out.toString();
    }

    /** One part of letters and digits: "MP3" M P three, "221B" two twenty-one B, "iPhone12" iPhone twelve. */
    private static String runs(String part) {
        List<String> words = new ArrayList<>();
        Matcher r = RUNS.matcher(part);
        boolean digitsBefore = false;
        while (r.find()) {
            String run = r.group();
            if (Character.isDigit(run.charAt(0))) {
                words.add(NumberWords.pairs(run));
                digitsBefore = true;
            } else if (run.equals("x") && digitsBefore && r.end() == part.length()) {
                words.add("times");
            } else if (WORDS.contains(run) || run.length() >= 4 && !run.equals(run.toUpperCase())) {
                words.add(run);
            } else {
                words.add(String.join(" ", run.toUpperCase().split("")));
            }
        }
        return String.join(" ", words);
    }
}
