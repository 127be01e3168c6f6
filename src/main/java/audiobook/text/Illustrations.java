package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes Project Gutenberg's illustration notes, {@code [Illustration]} or {@code
 * [Illustration: caption]}, which may run over several lines and blank lines and hold brackets of
 * their own ({@code [_Copyright 1894._]]}): they describe pictures, they are not the story. A
 * note that interrupts a sentence ("the idea of his" ... "being gone to London") is removed with
 * the blank lines around it, so that the paragraph stays whole.
 */
final class Illustrations {

    private static final Pattern START = Pattern.compile("(?i)^\\s*\\[(?:illustration|image|picture)\\b.*");
    /** A note never runs longer than this; an unclosed bracket stops being one here. */
    private static final int MAX_LINES = 60;

    private Illustrations() {
    }

    static List<String> remove(String[] lines) {
        List<String> kept = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            int end = START.matcher(lines[i]).matches() ? endOf(lines, i) : -1;
            if (end < 0) {
                kept.add(lines[i++]);
                continue;
            }
            i = after(kept, lines, end);
        }
        return kept;
    }

    /**
     * The line to go on from after a note that ends at {@code end}: a note that interrupts a
     * sentence goes with the blank lines around it, so that the paragraph stays whole; otherwise
     * it leaves one blank line, a paragraph break.
     */
    static int after(List<String> kept, String[] lines, int end) {
        int next = end + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        if (continuesSentence(kept, lines, next)) {
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                kept.remove(kept.size() - 1);
            }
            return next;
        }
        kept.add("");
        return end + 1;
    }

    /** The line where the note's brackets close, or -1 if they do not within {@link #MAX_LINES}. */
    static int endOf(String[] lines, int start) {
        int depth = 0;
        for (int i = start; i < lines.length && i < start + MAX_LINES; i++) {
            for (int k = 0; k < lines[i].length(); k++) {
                char c = lines[i].charAt(k);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (c == ']' && depth == 0) {
                    return lines[i].substring(k + 1).isBlank() ? i : -1;
                }
            }
        }
        return -1;
    }

    private static boolean continuesSentence(List<String> kept, String[] lines, int next) {
        if (next >= lines.length || kept.isEmpty()) {
            return false;
        }
        String before = "";
        for (int k = kept.size() - 1; k >= 0 && before.isEmpty(); k--) {
            before = kept.get(k).strip();
        }
        String after = lines[next].strip();
        return !before.isEmpty() && !after.isEmpty() && Character.isLowerCase(after.charAt(0))
                && !before.matches(".*[.!?:;\"\u201D\u2019)\\]]$");
    }
}
