package audiobook.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words as the no-word-lost rule counts them: runs of characters between white space, where
 * white space includes the Unicode spaces (no-break, thin, ideographic, zero-width) that
 * {@link SentenceSplitter#fold} folds. Two words written without a space between them are still
 * two: after an em dash or a double hyphen attached to a word ({@code ran—fast},
 * {@code ran--fast}), and between any dash and an opening quotation mark
 * ({@code thousand—“One}), so that a long sentence can be cut at the dash and a speech starts at
 * its quotation mark. A dash never parts digits ({@code 1914–18} stays one word).
 */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int[] spans = spans(text);
        for (int i = 0; i < spans.length; i += 2) {
            words.add(text.substring(spans[i], spans[i + 1]));
        }
        return words;
    }

    public static int count(String text) {
        return spans(text).length / 2;
    }

    /** Start and end offsets of every word, in order: {start0, end0, start1, end1, ...}. */
    public static int[] spans(String text) {
        int[] spans = new int[16];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            boolean joined = !space && start >= 0 && startsJoinedWord(text, start, i);
            if ((space || joined) && start >= 0) {
                if (n + 2 > spans.length) {
                    spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                }
                spans[n++] = start;
                spans[n++] = i;
                start = joined ? i : -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return java.util.Arrays.copyOf(spans, n);
    }

    /** Whether a new word starts at {@code i}, inside the run of non-space characters from {@code start}. */
    private static boolean startsJoinedWord(String text, int start, int i) {
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        if (isDash(c) || !isDash(before)) {
            return false;
        }
        int dashes = i - 1;
        while (dashes > start && isDash(text.charAt(dashes - 1))) {
            dashes--;
        }
        if (dashes == start) {
            return false;   // a leading dash ("—Hello") belongs to its word
        }
        if (isOpeningQuote(text, i)) {
            return true;
        }
        boolean longDash = before == '\u2014' || before == '\u2015' || i - dashes >= 2;
        return longDash && Character.isLetter(c) && !Character.isDigit(text.charAt(dashes - 1));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    private static boolean isOpeningQuote(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018') {
            return true;
        }
        return c == '"' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
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
