package audiobook.speech;

import com.sun.speech.freetts.lexicon.Lexicon;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the words FreeTTS would read with a lone /w/. Its letter-to-sound rules cannot read
 * "irr" after "wh", and drop it: "whirr" becomes {@code w}, "MacWhirr" {@code m ax k w},
 * "MacWhirr's" {@code m ax k w z}. The kevin voices have no diphone from /w/ into a pause or most
 * consonants, so FreeTTS prints "Can't find diphone w-pau" (w-k, w-s, w-hh, w-w) and the listener
 * hears "Mack" and a click where the name's vowel should be (Conrad's <i>Typhoon</i>, whose
 * captain is MacWhirr, printed 70 such lines). The vowel the rules dropped is put back, {@code er},
 * as a lexicon addendum for the word: "MacWhirr" is spoken {@code m ax k w er1}.
 *
 * <p>Only a /w/ before a pause or a consonant it cannot join is mended: /w/ before a vowel, /r/,
 * /l/ or /y/ is English as usual. Each word is looked at once per voice (the addenda belong to
 * the voice's own lexicon, and a voice serves one call at a time).
 */
final class LoneW {

    private static final Set<String> JOINS = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "eh", "er",
            "ey", "ih", "iy", "ow", "oy", "uh", "uw", "r", "l", "y");

    private final Lexicon lexicon;
    private final Set<String> seen = new HashSet<>();

    LoneW(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds an addendum for every word of the text that would be read with a lone /w/. */
    void mend(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            String w = word.replaceAll("^'+|'+$", "");
            // FreeTTS reads a possessive as its base word and a /z/: mend the base too.
            for (String form : new String[] {w, w.replace("'", ""), w.replaceFirst("'s?$", "")}) {
                if (form.indexOf('w') < 0 || !seen.add(form)) {
                    continue;
                }
                String[] phones = lexicon.getPhones(form, null);
                String[] mended = mended(phones);
                if (mended != phones) {
                    lexicon.addAddendum(form, null, mended);
                }
            }
        }
    }

    /** The phones with {@code er1} after each lone /w/; the same array if there is none. */
    static String[] mended(String[] phones) {
        if (phones == null) {
            return null;
        }
        String[] out = phones;
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i].equals("w") && (i == out.length - 1 || !JOINS.contains(out[i + 1].replaceAll("\\d", "")))) {
                String[] longer = Arrays.copyOf(out, out.length + 1);
                System.arraycopy(out, i + 1, longer, i + 2, out.length - i - 1);
                longer[i + 1] = "er1";
                out = longer;
            }
        }
        return out;
    }
}
