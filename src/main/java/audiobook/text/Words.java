package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words as the no-word-lost rule counts them: runs of characters between white space, where
 * white space includes the Unicode spaces (no-break, thin, ideographic, zero-width) that
 * {@link SentenceSplitter#fold} folds.
 */
public final class Words {

    /** Every character the text stages treat as white space. */
    static final String SPACE = "[\\s\\u001C-\\u001F\\u0085\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000]";
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(text)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u0085';
    }

    /** Folds every run of white space into one ASCII space and strips the ends. */
    static String fold(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
