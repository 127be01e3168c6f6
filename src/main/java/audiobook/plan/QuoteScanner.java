package audiobook.plan;

import java.util.List;

/**
 * Finds which words of a paragraph lie inside quotation marks (a word holding an opening or a
 * closing mark counts as inside). See {@link DialogueSplitter} for the conventions it follows.
 */
final class QuoteScanner {

    private final boolean singleQuotes;

    QuoteScanner(String paragraph) {
        this.singleQuotes = !hasDoubleQuotes(paragraph);
    }

    boolean[] quotedWords(List<String> words) {
        boolean[] quoted = new boolean[words.size()];
        char open = 0;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean touched = open != 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (open == 0 && opens(word, i, c)) {
                    open = c == '\u2018' || c == '\'' ? '\'' : '"';
                    touched = true;
                } else if (open != 0 && closes(word, i, c, open)) {
                    open = 0;
                    touched = true;
                }
            }
            quoted[w] = touched;
        }
        return quoted;
    }

    /**
     * Double quotes always; a curly opening single quote where a word starts; a straight one where
     * a word starts in a paragraph without double quotes, unless it is an elision ('tis, 'em).
     */
    private boolean opens(String word, int i, char c) {
        boolean afterLetter = i > 0 && Character.isLetterOrDigit(word.charAt(i - 1));
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
            return true;
        }
        if (c == '"') {
            return !(i > 0 && Character.isDigit(word.charAt(i - 1)));
        }
        if (afterLetter) {
            return false;
        }
        if (c == '\u2018') {
            return true;
        }
        return singleQuotes && c == '\'' && i + 1 < word.length() && Character.isLetter(word.charAt(i + 1))
                && !DialogueSplitter.isElision(word.substring(i));
    }

    private boolean closes(String word, int i, char c, char open) {
        if (open == '"') {
            return c == '\u201D' || c == '\u00BB' || c == '"';
        }
        if (c != '\u2019' && c != '\'') {
            return false;
        }
        boolean afterMark = i > 0 && ",.!?;:\u2014\u2013-\u2026".indexOf(word.charAt(i - 1)) >= 0;
        boolean atWordEnd = word.substring(i + 1).chars().noneMatch(Character::isLetterOrDigit);
        return afterMark && atWordEnd;
    }

    private static boolean hasDoubleQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
                return true;
            }
        }
        return false;
    }
}
