package audiobook.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers with units of measure: "5 km" five kilometers, "1 kg" one kilogram, "-0.4 kg" minus zero
 * point four kilograms, "4 1/2 lbs" four and a half pounds, "3/4 in." three quarters of an inch,
 * "-5°C" minus five degrees Celsius, "51°30′N" fifty-one degrees thirty minutes north, "7%" seven
 * percent, "6'2"" six feet two inches, "10 x 12 ft" ten by twelve feet, "100 km/h" one hundred
 * kilometers per hour, "50 m²" fifty square meters, "a 5-km race" a five-kilometer race. Units are
 * spelled the American way, which FreeTTS's lexicon knows ("kilometres" is not in it).
 */
final class Measures {

    /** Unit symbol → singular and plural, from {@code units.tsv} and the square and cubic lengths. */
    private static final Map<String, String[]> UNITS = new HashMap<>();
    /** Units written in any case ("5 KM", "10 Lbs"). */
    private static final Set<String> ANY_CASE = new HashSet<>();
    /** Units that are also words or letters ("5 in the morning", "grade 5 A"): only written against the number. */
    private static final Set<String> ATTACHED_ONLY = new HashSet<>();
    /** Units that against a number would be an ordinal ("1st"): only after a space ("11 st" eleven stone). */
    private static final Set<String> SPACED_ONLY = new HashSet<>();

    static {
        readUnits("units.tsv");
        for (String[] p : new String[][] {{"ft", "foot", "feet"}, {"m", "meter", "meters"}, {"km", "kilometer", "kilometers"},
            {"cm", "centimeter", "centimeters"}, {"mi", "mile", "miles"}, {"in", "inch", "inches"}, {"yd", "yard", "yards"}}) {
            for (String sq : new String[] {"sq ", "sq. ", "sq"}) {
                units(sq + p[0], "square " + p[1], "square " + p[2]);
            }
            units(p[0] + "\u00B2", "square " + p[1], "square " + p[2]);
            units(p[0] + "2", "square " + p[1], "square " + p[2]);
            units(p[0] + "\u00B3", "cubic " + p[1], "cubic " + p[2]);
            units(p[0] + "3", "cubic " + p[1], "cubic " + p[2]);
            units("cu " + p[0], "cubic " + p[1], "cubic " + p[2]);
            units("cu. " + p[0], "cubic " + p[1], "cubic " + p[2]);
        }
    }

    private static final String UNIT = UNITS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|"));
    private static final String ANY_CASE_UNIT = ANY_CASE.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|"));
    /** An amount; the look-ahead at its first character makes every other position fail fast. */
    private static final String AMOUNT = "(?=[-\u2212\\d\u00BC-\u00BE\u2153-\u215E])(?<![\\w.,])(" + Amount.PATTERN + ")";
    private static final String PER = "(?:\\s?/\\s?|\\s+per\\s+)(hr|h|hour|min|minute|sec|second|s|day|wk|week|mo|month|yr|year|kg|lb"
            + "|person|head|km|mi|mile|gal|gallon|l|liter|litre|m)\\b";
    private static final String COMPASS = "([NSEW])\\b(\\.?)" + Quantities.END;

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?<![\\d.,])(\\d+)'\\s?(\\d{1,2})(?:\"|'')", m -> feet(m.group(1)) + " " + inches(m.group(2)))
                    .onlyWhere("\\d'"),
            Rewrite.of("(?<![\\d.,])(\\d+)'(?=\\s+(tall|high|long|wide|deep|square|fence|wall|pole|ladder|boat|drop)\\b)",
                    m -> m.group(2).matches("tall|high|long|wide|deep|square") ? feet(m.group(1))
                            : NumberWords.cardinal(m.group(1)) + "-foot").onlyWhere("\\d' "),
            Rewrite.of("(?<![\\d.,])(\\d+)'\\s?(?:x|\u00D7|by)\\s?(\\d+)'", m -> feet(m.group(1)) + " by " + feet(m.group(2)))
                    .onlyWhere("\\d'"),
            Rewrite.of(AMOUNT + "\\s?(?:ft\\.?|feet|foot)\\s(\\d{1,2})\\s?(?:in\\b\\.?|inches\\b)",
                    m -> Amount.of(m.group(1)).with("foot", "feet") + " " + inches(m.group(2))).onlyWith("ft", "feet", "foot")
                    .onlyWhere("\\d\\s?in"),
            Rewrite.of(AMOUNT + "\\s?\u00B0\\s?(?:(\\d{1,2})\\s?'\\s?)?(?:(\\d{1,2}(?:\\.\\d+)?)\\s?\"\\s?)?" + COMPASS,
                    Measures::bearing).onlyWith("\u00B0"),
            Rewrite.of(AMOUNT + "\\s?\u00B0\\s?([CF])\\b", m -> Amount.of(m.group(1)).with(
                    m.group(2).equals("C") ? "degree Celsius" : "degree Fahrenheit",
                    m.group(2).equals("C") ? "degrees Celsius" : "degrees Fahrenheit")).onlyWith("\u00B0"),
            Rewrite.of(AMOUNT + "\\s?[\u00B0\u00BA]", m -> Amount.of(m.group(1)).with("degree", "degrees")).onlyWith("\u00B0", "\u00BA"),
            Rewrite.of(AMOUNT + "\\s?%", m -> Amount.of(m.group(1)).words() + " percent").onlyWith("%"),
            Rewrite.of(AMOUNT + "\\s?\u2030", m -> Amount.of(m.group(1)).words() + " per mille").onlyWith("\u2030"),
            Rewrite.inContext("(?<=\\d|\\d\\s?(?:ft|in|cm|mm|m|km|yd|yds)\\.?)\\s?[x\u00D7]\\s?(?=\\d)",
                    (m, text) -> text.indexOf('=', m.end()) >= 0 ? " times " : " by ").onlyWith("x", "\u00D7")
                    .onlyWhere("[x\u00D7]\\s?\\d"),
            Rewrite.of(AMOUNT + "-(" + UNIT + ")(?![\\w/])", m -> Amount.of(m.group(1)).words() + "-" + UNITS.get(m.group(2))[0])
                    .onlyWhere("\\d-\\p{L}"),
            Rewrite.of(AMOUNT + "(\\s?)(" + UNIT + "|(?i:" + ANY_CASE_UNIT + "))(?:(\\.)(?!\\d))?(?:" + PER + ")?(?![\\w/\u00B2\u00B3])"
                    + Quantities.END, Measures::measure).onlyWhere("\\d\\s?[\\p{L}\u00B5\u03BC]"),
            Rewrite.of("(?<![\\w.,])(\\d{1,3}(?:\\s|-)\\d{1,2}/\\d{1,3}|\\d{1,3}/\\d{1,3}|\\d*\\s?" + Amount.VULGAR + ")\\s(in)\\.",
                    m -> Amount.of(m.group(1)).with("inch", "inches")).onlyWith("in."),
            Rewrite.of("(?<![\\w.,])(\\d+)k\\b(?!\\s+(?:run|race|walk))", m -> Quantities.number(m.group(1), null) + " thousand")
                    .onlyWhere("\\dk\\b"),
            Rewrite.of("(?<![\\w/])(km/h|kph|mph|m/s|mpg)(?![\\w/])", m -> UNITS.get(m.group(1))[1])
                    .onlyWith("km/h", "kph", "mph", "m/s", "mpg"));

    private Measures() {
    }

    /** The table of units: a symbol, its singular and plural a line, tab-separated, and how it may be written. */
    private static void readUnits(String resource) {
        try (InputStream in = Measures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                units(f[0], f[1], f[2]);
                if (f.length > 3) {
                    switch (f[3]) {
                        case "any-case" -> ANY_CASE.add(f[0]);
                        case "attached" -> ATTACHED_ONLY.add(f[0]);
                        case "spaced" -> SPACED_ONLY.add(f[0]);
                        default -> throw new IllegalStateException(resource + ": unknown way of writing '" + f[3] + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void units(String symbol, String singular, String plural) {
        UNITS.put(symbol, new String[] {singular, plural});
    }

    static String read(String text) {
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    private static String feet(String n) {
        return NumberWords.cardinal(n) + (n.equals("1") ? " foot" : " feet");
    }

    private static String inches(String n) {
        return NumberWords.cardinal(n) + (n.equals("1") ? " inch" : " inches");
    }

    private static String[] names(String written) {
        String[] names = UNITS.get(written);
        if (names == null) {
            String lower = written.toLowerCase(java.util.Locale.ROOT);
            names = UNITS.get(lower.equals("kmh") ? "km/h" : lower);
        }
        return names;
    }

    private static String measure(MatchResult m) {
        String unit = m.group(3);
        boolean spaced = !m.group(2).isEmpty();
        String[] names = names(unit);
        if (names == null || spaced && ATTACHED_ONLY.contains(unit) || !spaced && SPACED_ONLY.contains(unit)) {
            return m.group();
        }
        String words = Amount.of(m.group(1)).with(names[0], names[1]);
        String per = m.group(5) == null ? "" : " per " + switch (m.group(5)) {
            case "hr", "h" -> "hour";
            case "min" -> "minute";
            case "sec", "s" -> "second";
            case "wk" -> "week";
            case "mo" -> "month";
            case "yr" -> "year";
            case "kg" -> "kilogram";
            case "lb" -> "pound";
            case "km" -> "kilometer";
            case "mi" -> "mile";
            case "gal" -> "gallon";
            case "l", "litre" -> "liter";
            case "m" -> "meter";
            default -> m.group(5);
        };
        boolean endsSentence = m.group(4) != null && m.group(5) == null && m.group(6) != null;
        return words + per + (endsSentence ? "." : "");
    }

    /** "40° N." forty degrees north; "51°30′N" fifty-one degrees thirty minutes north. */
    private static String bearing(MatchResult m) {
        String degrees = Amount.of(m.group(1)).with("degree", "degrees");
        String minutes = m.group(2) == null ? "" : " " + NumberWords.cardinal(Integer.parseInt(m.group(2)))
                + (m.group(2).equals("1") ? " minute" : " minutes");
        String seconds = m.group(3) == null ? "" : " " + Amount.of(m.group(3)).with("second", "seconds");
        String point = switch (m.group(4)) {
            case "N" -> "north";
            case "S" -> "south";
            case "E" -> "east";
            default -> "west";
        };
        boolean endsSentence = !m.group(5).isEmpty() && m.group(6) != null;
        return degrees + minutes + seconds + " " + point + (endsSentence ? "." : "");
    }
}
