package audiobook.text;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Money: amounts after a currency sign or code ("$3.50" three dollars and fifty cents, "£5m" five
 * million pounds, "$10K", "US$5", "₹500", "USD 100"), a price per unit ("$20/mo" twenty dollars
 * per month), an amount that names a note or a coin ("a $5 bill" a five-dollar bill), cents and
 * new pence ("99¢", "5p"), and the money of old books: "£5 10s. 6d." five pounds ten shillings and
 * six pence, "500l." five hundred pounds, "2s. 6d.", "5s.", "6d.", "2/-", "½d." a halfpenny,
 * "5 gns." five guineas. "2d" and "3d" after "the" are ordinals ("the 3d regiment"), not pence.
 */
final class Money {

    /** Currency → singular, plural, hundredth singular, hundredth plural. */
    private static final Map<String, String[]> CURRENCIES = Map.ofEntries(
            Map.entry("$", new String[] {"dollar", "dollars", "cent", "cents"}),
            Map.entry("US$", new String[] {"U S dollar", "U S dollars", "cent", "cents"}),
            Map.entry("A$", new String[] {"Australian dollar", "Australian dollars", "cent", "cents"}),
            Map.entry("C$", new String[] {"Canadian dollar", "Canadian dollars", "cent", "cents"}),
            Map.entry("NZ$", new String[] {"New Zealand dollar", "New Zealand dollars", "cent", "cents"}),
            Map.entry("HK$", new String[] {"Hong Kong dollar", "Hong Kong dollars", "cent", "cents"}),
            Map.entry("£", new String[] {"pound", "pounds", "penny", "pence"}),
            Map.entry("€", new String[] {"euro", "euros", "cent", "cents"}),
            Map.entry("¥", new String[] {"yen", "yen", "sen", "sen"}),
            Map.entry("₹", new String[] {"rupee", "rupees", "paisa", "paise"}),
            Map.entry("Rs", new String[] {"rupee", "rupees", "paisa", "paise"}),
            Map.entry("USD", new String[] {"dollar", "dollars", "cent", "cents"}),
            Map.entry("GBP", new String[] {"pound", "pounds", "penny", "pence"}),
            Map.entry("EUR", new String[] {"euro", "euros", "cent", "cents"}),
            Map.entry("JPY", new String[] {"yen", "yen", "sen", "sen"}),
            Map.entry("INR", new String[] {"rupee", "rupees", "paisa", "paise"}),
            Map.entry("CHF", new String[] {"Swiss franc", "Swiss francs", "centime", "centimes"}),
            Map.entry("CAD", new String[] {"Canadian dollar", "Canadian dollars", "cent", "cents"}),
            Map.entry("AUD", new String[] {"Australian dollar", "Australian dollars", "cent", "cents"}));
    private static final Map<String, String> SCALES = Map.of("bn", "billion", "k", "thousand", "K", "thousand",
            "m", "million", "M", "million", "B", "billion");
    /** After a slash: "per" and the unit. */
    private static final Map<String, String> PER = Map.ofEntries(Map.entry("mo", "month"), Map.entry("hr", "hour"),
            Map.entry("h", "hour"), Map.entry("wk", "week"), Map.entry("yr", "year"), Map.entry("y", "year"),
            Map.entry("lb", "pound"), Map.entry("kg", "kilogram"), Map.entry("oz", "ounce"), Map.entry("ft", "foot"),
            Map.entry("sq ft", "square foot"), Map.entry("m", "meter"), Map.entry("km", "kilometer"),
            Map.entry("mi", "mile"), Map.entry("gal", "gallon"), Map.entry("l", "liter"), Map.entry("pp", "person"),
            Map.entry("ea", "each"), Map.entry("min", "minute"), Map.entry("d", "day"));
    /** Nouns that an amount before them names ("a $5 bill", "a £10 note"): the amount is said in the singular. */
    private static final Set<String> NAMED = Set.of("bill", "note", "coin", "piece", "fine", "bet", "bond", "cheque",
            "check", "reward", "prize", "tip", "fee", "ticket", "gift", "bribe", "question", "deal", "loan", "note.",
            "bill.", "bottle", "meal", "hat", "suit", "watch", "stake", "wager", "fare", "order", "raise", "bonus");
    private static final String CURRENCY = "(US\\$|A\\$|C\\$|NZ\\$|HK\\$|[$£€¥₹]|Rs\\.?(?=\\s?\\d))";
    private static final String SCALE = "(?:\\s?(thousand|million|billion|trillion)\\b|(bn|k|K|m|M|B)(?![\\w]))?";
    private static final String SLASH = "(?:\\s?/\\s?(sq ft|[A-Za-z]+)\\b)?";

    private static final List<Rewrite> RULES = List.of(
            Rewrite.of("(?:\u00A3\\s?(\\d+)|(?<![\\w.,])(\\d+)l\\.?)\\s(\\d{1,2})s\\.?(?:\\s?(\\d{1,2}[\u00BD\u00BC\u00BE]?)d\\.?)?(?!\\w)"
                    + Quantities.END, Money::poundsShillingsPence).onlyWhere("\\d\\s?[ls]\\.?\\s?\\d|\u00A3\\s?\\d+\\s\\d{1,2}s\\b"),
            Rewrite.of("(?<![\\w.,])(\\d{1,2})s\\.?\\s?(\\d{1,2}[\u00BD\u00BC\u00BE]?)d\\.?(?!\\w)" + Quantities.END,
                    m -> shillings(m.group(1)) + " and " + pence(m.group(2)) + dot(m, 3)).onlyWhere("[\\d\u00BD\u00BC\u00BE]d\\b"),
            Rewrite.of("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)l\\.(?!\\w)" + Quantities.END,
                    m -> Quantities.number(m.group(1), null) + (m.group(1).equals("1") ? " pound" : " pounds") + dot(m, 2))
                    .onlyWith("l."),
            Rewrite.of("(?<![\\w.,])(\\d?[1-9])s\\.(?=[\\s,;:)\"']|$)" + Quantities.END, m -> shillings(m.group(1)) + dot(m, 2))
                    .onlyWhere("\\ds\\."),
            Rewrite.inContext("(?<![\\w.,])(\\d{1,2}[\u00BD\u00BC\u00BE]?|[\u00BD\u00BC\u00BE])d\\.(?=[\\s\"')\\]]|$)"
                    + Quantities.END, Money::oldPence).onlyWhere("[\\d\u00BD\u00BC\u00BE]d\\."),
            Rewrite.of("(?<![\\w.,])(\\d{1,2})/-", m -> shillings(m.group(1))).onlyWith("/-"),
            Rewrite.of("(?<![\\w.,])(\\d+)\\s?gns?\\.?(?!\\w)", m -> NumberWords.cardinal(m.group(1))
                    + (m.group(1).equals("1") ? " guinea" : " guineas")).onlyWith("gn"),
            Rewrite.of("(?<![\\w.,])([\u20AC])\\s?(\\d+),(\\d{2})(?![\\d,])", m -> m.group(1) + m.group(2) + "." + m.group(3))
                    .onlyWith("\u20AC"),
            Rewrite.inContext("(?<![\\w.,])([-\u2212])?" + CURRENCY + "\\s?(" + Amount.INTEGER + ")?(?:\\.(\\d+))?" + SCALE + SLASH,
                    Money::amount).onlyWith("$", "\u00A3", "\u20AC", "\u00A5", "\u20B9", "Rs"),
            Rewrite.inContext("\\b(USD|GBP|EUR|JPY|INR|CHF|CAD|AUD)\\s?(" + Amount.INTEGER + ")(?:\\.(\\d+))?" + SCALE,
                    (m, text) -> amount(null, m.group(1), m.group(2), m.group(3), scale(m, 4), null, false))
                    .onlyWith("USD", "GBP", "EUR", "JPY", "INR", "CHF", "CAD", "AUD"),
            Rewrite.of("(?<![\\w.,])(\\d{1,2})([\u00BD\u00BC\u00BE])?p\\b", Money::newPence).onlyWhere("[\\d\u00BD\u00BC\u00BE]p\\b"),
            Rewrite.of("(?<![\\d.,])(\\d+)\\s?\u00A2", m -> NumberWords.cardinal(Long.parseLong(clip(m.group(1))))
                    + (m.group(1).equals("1") ? " cent" : " cents")).onlyWith("\u00A2"));

    private Money() {
    }

    static String read(String text) {
        if (!(Scan.hasAnyChar(text, "$\u00A3\u20AC\u00A5\u20B9\u00A2\u00BD\u00BC\u00BE") || Scan.digitThen(text, "lsdpg/")
                || Scan.hasAny(text, "USD", "GBP", "EUR", "JPY", "INR", "CHF", "CAD", "AUD", "Rs"))) {
            return text;
        }
        String s = text;
        for (Rewrite rule : RULES) {
            s = rule.apply(s);
        }
        return s;
    }

    private static String dot(MatchResult m, int endGroup) {
        return m.group(endGroup) != null && m.group().endsWith(".") ? "." : "";
    }

    private static String scale(MatchResult m, int group) {
        return m.group(group) != null ? m.group(group) : m.group(group + 1) != null ? SCALES.get(m.group(group + 1)) : null;
    }

    private static String amount(MatchResult m, String text) {
        if (m.group(3) == null && m.group(4) == null) {
            return m.group();
        }
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12)).stripLeading();
        String noun = after.replaceAll("^(\\p{Ll}+\\.?).*", "$1");
        boolean named = before.matches("(?s).*\\b(?:a|an|A|An)\\s$") && NAMED.contains(noun) && m.group(7) == null;
        String currency = m.group(2).replace(".", "");
        String words = amount(m.group(1), currency, m.group(3), m.group(4), scale(m, 5), m.group(7), named);
        return words;
    }

    /** The amount in words with its currency after it; "per" and a unit when a slash follows. */
    private static String amount(String minus, String currency, String whole, String decimals, String scale, String per,
            boolean named) {
        String[] names = CURRENCIES.get(currency);
        String sign = minus == null ? "" : "minus ";
        String perWords = per == null ? "" : per.equals("ea") ? " each" : " per " + PER.getOrDefault(per, per);
        String digits = whole == null ? "0" : whole.replace(",", "");
        if (scale != null) {
            return sign + Quantities.number(digits, decimals) + " " + scale + " " + (named ? names[0] : names[1]) + perWords;
        }
        if (decimals != null && decimals.length() > 2) {
            return sign + Quantities.number(digits, decimals) + " " + names[1] + perWords;
        }
        BigInteger units = new BigInteger(digits);
        int hundredths = decimals == null ? 0 : Integer.parseInt(decimals.length() == 1 ? decimals + "0" : decimals);
        if (named && hundredths == 0) {
            return sign + NumberWords.cardinal(units) + "-" + names[0];
        }
        String main = NumberWords.cardinal(units) + " " + (units.equals(BigInteger.ONE) ? names[0] : names[1]);
        String small = NumberWords.cardinal(hundredths) + " " + (hundredths == 1 ? names[2] : names[3]);
        String words = hundredths == 0 ? main : units.signum() == 0 ? small : main + " and " + small;
        return sign + words + perWords;
    }

    /** Money before 1971: "£5 10s. 6d." (or "5l. 10s. 6d.") is five pounds, ten shillings and six pence. */
    private static String poundsShillingsPence(MatchResult m) {
        String p = m.group(1) != null ? m.group(1) : m.group(2);
        String pounds = NumberWords.cardinal(Long.parseLong(clip(p))) + (p.equals("1") ? " pound " : " pounds ");
        return pounds + shillings(m.group(3)) + (m.group(4) == null ? "" : " and " + pence(m.group(4))) + dot(m, 5);
    }

    private static String shillings(String n) {
        return NumberWords.cardinal(Integer.parseInt(n)) + (n.equals("1") ? " shilling" : " shillings");
    }

    /** "6d." six pence, "1½d." three halfpence, "½d." a halfpenny. */
    private static String pence(String written) {
        char last = written.charAt(written.length() - 1);
        if (Character.isDigit(last)) {
            return NumberWords.cardinal(Integer.parseInt(written)) + (written.equals("1") ? " penny" : " pence");
        }
        String whole = written.substring(0, written.length() - 1);
        if (whole.isEmpty()) {
            return last == '\u00BD' ? "a halfpenny" : last == '\u00BC' ? "a farthing" : "three farthings";
        }
        if (whole.equals("1") && last == '\u00BD') {
            return "three halfpence";
        }
        return Amount.of(written).words() + " pence";
    }

    /** "6d." is six pence, but "the 2d." and "the 3d." are ordinals, left for {@link Numbers}. */
    private static String oldPence(MatchResult m, String text) {
        String n = m.group(1);
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        boolean ordinalEnding = n.matches("\\d*[23]") && !n.matches("\\d*1[23]");
        if (ordinalEnding && before.matches("(?is).*\\bthe\\s")) {
            return m.group();
        }
        if (n.equals("\u00BD") && before.matches("(?s).*\\b[Aa]\\s")) {
            return "halfpenny" + dot(m, 2);
        }
        return pence(n) + dot(m, 2);
    }

    /** "5p" and "2½p": pence, as British money was written after 1971. */
    private static String newPence(MatchResult m) {
        String fraction = m.group(2) == null ? "" : " and " + switch (m.group(2)) {
            case "\u00BD" -> "a half";
            case "\u00BC" -> "a quarter";
            default -> "three quarters";
        };
        boolean one = m.group(1).equals("1") && fraction.isEmpty();
        return NumberWords.cardinal(Long.parseLong(clip(m.group(1)))) + fraction + (one ? " penny" : " pence");
    }

    private static String clip(String digits) {
        return digits.length() > 15 ? "999999999999999" : digits;
    }
}
