package audiobook.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initialisms said letter by letter: "the BBC" the B B C, "the FBI", "a UFO", "MPs" M P's. Only
 * those known to be spelled (NATO and NASA are words), and the few that are also English words
 * (US, AM, ID) only where the words around them are not shouted in capitals too ("HELP US!").
 */
final class Initialisms {

    private static final Set<String> SPELLED = Set.of("BBC", "FBI", "CIA", "USA", "UK", "US", "TV", "DNA", "NHS", "CEO",
            "MP", "PC", "ID", "IQ", "UFO", "VIP", "ATM", "GPS", "HIV", "CD", "DVD", "LP", "RSVP", "SOS", "TNT", "UN", "EU",
            "USSR", "MIT", "NYPD", "LAPD", "HQ", "KGB", "RAF", "HMS", "JFK", "FDR", "ITV", "CNN", "NBC", "CBS", "BMW", "IBM",
            "MD", "QC", "KC", "GP", "ICU", "CPR", "DJ", "GMT", "EST", "PST", "BST", "UTC", "USB", "PDF", "URL", "HTML", "AI",
            "PR", "HR", "RV", "SUV", "ATV", "UV", "IRA", "IRS", "VAT", "NGO", "POW", "MIA", "GI", "PTA", "LSD", "FAQ", "ETA",
            "DIY", "RSPCA", "YMCA", "NAACP", "CSI", "DA", "NYC", "LA", "DC", "UCLA", "NYU", "OBE", "MBE", "CBE", "KBE", "VC",
            "DSO", "RN", "NCO", "CO", "PO", "GPO", "RIP", "IOU", "TB", "MRI", "ECG", "EKG", "ADHD", "OCD", "PTSD", "SMS",
            "CPU", "LED", "LCD", "ISBN", "UPS", "DHL", "BBQ", "PDA", "CV", "GCSE", "MBA", "HGV", "MOT", "EPA", "FDA", "NSA",
            "DEA", "ATF", "IMF", "WTO", "OECD", "AM", "PM", "AWOL", "ASAP", "BC", "AD", "GB", "NY", "SS", "RAM", "HMV");
    /** Also English words: spelled only among words that are not all capitals. */
    private static final Set<String> AMBIGUOUS = Set.of("US", "AM", "PM", "ID", "AD", "LA", "CO", "PO", "SS", "RAM", "GB");
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\w'\u2019.-])([A-Z]{2,5})(s|'s)?(?![\\w'\u2019-]|\\.\\w)");
    private static final Pattern SHOUTED = Pattern.compile("\\b[A-Z]{2,}\\b");

    private Initialisms() {
    }

    static String read(String text) {
        Matcher m = CAPITALS.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String letters = m.group(1);
            if (!SPELLED.contains(letters) || AMBIGUOUS.contains(letters) && shouted(text, m.start(), m.end())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            String spelled = String.join(" ", letters.split(""));
            out.append(text, last, m.start()).append(m.group(2) == null ? spelled : spelled + "'s");
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** Another word of capitals just before or after: a shout or a heading, where "US" is "us". */
    private static boolean shouted(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 20), start) + " " + text.substring(end, Math.min(text.length(), end + 20));
        Matcher s = SHOUTED.matcher(around);
        while (s.find()) {
            if (!SPELLED.contains(s.group()) || AMBIGUOUS.contains(s.group())) {
                return true;
            }
        }
        return around.matches("(?s).*\\b(?:I|A)\\b.*") && around.equals(around.toUpperCase());
    }
}
