package audiobook.text;

import java.util.List;

/**
 * A run of lines between blank lines, before it is known what it is: text (a paragraph, or a
 * heading once {@link HeadingFinder} decides so), a horizontal rule, an inline cue, or a heading.
 * {@code lines} keep their leading spaces (a centred heading shows by them); {@code gapBefore}
 * counts the blank lines before the block (books set chapter headings off with several).
 */
record Block(Kind kind, List<String> lines, int gapBefore) {

    enum Kind { TEXT, RULE, CUE, HEADING }

    Block {
        lines = List.copyOf(lines);
    }

    static Block heading(String title, int gapBefore) {
        return new Block(Kind.HEADING, List.of(title), gapBefore);
    }

    String text() {
        return Words.fold(String.join(" ", lines));
    }

    int wordCount() {
        return Words.count(text());
    }

    boolean isSingleLine() {
        return lines.size() == 1;
    }

    int indent() {
        String line = lines.get(0);
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
