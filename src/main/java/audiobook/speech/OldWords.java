package audiobook.speech;

import com.sun.speech.freetts.lexicon.Lexicon;
import java.util.Map;

/**
 * The old and poetic words of public-domain books that FreeTTS's lexicon lacks and its
 * letter-to-sound rules misread ("o'er" as {@code aa1 er}, "ere" as {@code ih1 r}, "'em" as the
 * letter M), added to a voice's lexicon with the phones a narrator says. The text keeps the
 * words as written (captions and the read-along page show them so); only the voice reads them
 * differently.
 */
final class OldWords {

    /** Keyed as FreeTTS looks them up: without their apostrophes ("o'er" is "oer", "'em" is "em"). */
    private static final Map<String, String> PHONES = Map.ofEntries(Map.entry("oer", "ao1 r"),
            Map.entry("neer", "n eh1 r"), Map.entry("eer", "eh1 r"), Map.entry("ere", "eh1 r"),
            Map.entry("whateer", "w ah1 t eh1 r"), Map.entry("whereer", "w eh1 r eh1 r"),
            Map.entry("howeer", "hh aw1 eh1 r"), Map.entry("wheneer", "w eh1 n eh1 r"),
            Map.entry("em", "ax m"), Map.entry("neath", "n iy1 th"), Map.entry("taen", "t ey1 n"),
            Map.entry("thither", "dh ih1 dh er"));

    private OldWords() {
    }

    static void addTo(Lexicon lexicon) {
        PHONES.forEach((word, phones) -> lexicon.addAddendum(word, null, phones.split(" ")));
    }
}
