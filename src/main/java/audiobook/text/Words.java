package audiobook.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words as the no-word-lost rule counts them: runs of characters between white space, where
 * white space includes the Unicode spaces (no-break, thin, ideographic, zero-width) that
 * {@link SentenceSplitter#fold} folds.
 */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
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

    /** Java's white space and Unicode space separators, the zero-width space and the next-line control. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u0085';
    }

    /** Folds every run of white space into one ASCII space and strips the ends. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = !folded.isEmpty();
            } else {
                if (space) {
                    folded.append(' ');
                    space = false;
                }
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
