package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the footnotes out of a plain-text book: Project Gutenberg's {@code [Footnote 1: ...]} and
 * {@code [Sidenote: ...]} notes, which may run over several lines and hold brackets of their own,
 * and the {@code [1] ...} notes of a {@code FOOTNOTES:} section. Read where they stand they break
 * the story's sentences ("[Footnote one: ...]" between two halves of a paragraph), so, as an
 * EPUB's or a Markdown file's notes, they are not narrated, and the warning counts them.
 */
final class Footnotes {

    /** The text without its notes, how many there were, and the first one's words. */
    record Removed(String text, int count, String first) {
    }

    private static final Pattern NOTE = Pattern.compile("(?i)^\\s*\\[(?:foot-?note|side-?note)\\b.*");
    private static final Pattern SECTION = Pattern.compile("(?i)^\\s*foot-?notes?\\s*:?\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\[(?:\\d{1,3}|[A-Z]|\\*+)\\]\\s*\\S.*");

    private Footnotes() {
    }

    static Removed remove(String text) {
        if (!text.contains("[")) {
            return new Removed(text, 0, null);
        }
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        int count = 0;
        String first = null;
        int i = 0;
        while (i < lines.length) {
            int end = NOTE.matcher(lines[i]).matches() ? Illustrations.endOf(lines, i) : -1;
            if (end < 0 && SECTION.matcher(lines[i]).matches()) {
                end = sectionEnd(lines, i);
            }
            if (end < 0) {
                kept.add(lines[i++]);
                continue;
            }
            count += Math.max(1, countNumbered(lines, i, end));
            first = first != null ? first : Words.fold(String.join(" ", java.util.Arrays.copyOfRange(lines, i, end + 1)));
            i = Illustrations.after(kept, lines, end);
        }
        return new Removed(count == 0 ? text : String.join("\n", kept), count, first);
    }

    /** The last line of a "FOOTNOTES:" section's notes, or -1 when no numbered note follows it. */
    private static int sectionEnd(String[] lines, int heading) {
        int end = -1;
        int i = heading + 1;
        while (true) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i >= lines.length || !NUMBERED.matcher(lines[i]).matches()) {
                return end;
            }
            while (i < lines.length && !lines[i].isBlank()) {
                end = i++;
            }
        }
    }

    private static int countNumbered(String[] lines, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += NUMBERED.matcher(lines[i]).matches() ? 1 : 0;
        }
        return n;
    }
}
