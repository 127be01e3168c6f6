package audiobook.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites written text as the words a narrator says, in text FreeTTS reads well: the user's
 * lexicon first (it matches the text as written), then markup, letters, abbreviations, roman
 * numerals, quantities, numbers, dashes and symbols; what is left is plain ASCII words and
 * punctuation. FreeTTS expands some of this itself, but not all correctly (DSP-NOTES §6), and
 * doing it here makes the spoken text shown in captions and plans exactly what is heard.
 */
public final class SpeechNormaliser {

    public static final SpeechNormaliser PLAIN = new SpeechNormaliser(Lexicon.EMPTY);

    private static final Pattern BARE_NUMBER_TITLE = Pattern.compile("^\\s*([IVXLCDM]+|\\d{1,4})(?=[.:]|\\s|$)(.*)$",
            Pattern.DOTALL);
    private static final List<Rewrite> TIDY = List.of(
            Rewrite.of("\\s+", m -> " "),
            Rewrite.of("\\(\\s*\\)|\\[\\s*]|\"\\s*\"", m -> " "),
            Rewrite.of("\\s+(?=[,.;:!?)\\]])", m -> ""),
            Rewrite.of("([,;:])(?:\\s*[,;:])+", m -> m.group(1)),
            Rewrite.of("[,;:]\\s*(?=[.!?])", m -> ""),
            Rewrite.of("(?<=[.!?])\\s*[,;:]", m -> ""),
            Rewrite.of("^[\\s,;:]+|[\\s,;:]+$", m -> ""));

    private final Lexicon lexicon;

    public SpeechNormaliser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The spoken form with no user lexicon. */
    public static String normalise(String written) {
        return PLAIN.spoken(written);
    }

    public String spoken(String written) {
        String s = Typography.quotes(written);
        s = lexicon.apply(s);
        s = Typography.markup(s);
        s = Letters.spell(s);
        s = Abbreviations.expand(s);
        s = RomanNumerals.read(s);
        s = Quantities.read(s);
        s = Numbers.read(s);
        s = Typography.pauses(s);
        s = Letters.symbols(s);
        s = Letters.speakableOnly(s);
        for (Rewrite rule : TIDY) {
            s = rule.apply(s);
        }
        return s;
    }

    /** A chapter heading: a bare number or roman numeral at its start is read as a number ("IV" is "Four"). */
    public String spokenTitle(String heading) {
        Matcher m = BARE_NUMBER_TITLE.matcher(heading);
        if (m.matches()) {
            String numeral = m.group(1);
            int value = Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : RomanNumerals.value(numeral);
            if (value > 0) {
                String words = NumberWords.cardinal(value);
                return spoken(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + m.group(2));
            }
        }
        return spoken(heading);
    }
}
