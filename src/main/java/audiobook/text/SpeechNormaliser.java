package audiobook.text;

import java.text.Normalizer;

/**
 * Rewrites written text as text FreeTTS reads well. FreeTTS's tokenizer knows only ASCII
 * punctuation and white space: curly quotes, dashes, ellipses and accented letters otherwise
 * become silent or spelled-out "words" (DSP-NOTES §6), so they are replaced here.
 */
public final class SpeechNormaliser {

    private SpeechNormaliser() {
    }

    public static String normalise(String written) {
        String s = written
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace("\u2026", "...")
                .replaceAll("\\s*(\u2014|\u2013|--)\\s*", ", ")
                .replace("&", " and ")
                .replaceAll("(?<=\\s|^)_+|_+(?=\\s|$|[.,;:!?])", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("ß", "ss");
        return SentenceSplitter.fold(s.replaceAll(",\\s*,", ",").replaceAll("^,\\s*", ""));
    }
}
