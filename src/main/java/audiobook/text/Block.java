package audiobook.text;

import java.util.List;

/**
 * A run of lines between blank lines, before it is known what it is: text (a paragraph, or a
 * heading once {@link HeadingFinder} decides so), a horizontal rule, an inline cue, or a heading.
 * {@code lines} keep their leading spaces (a centred heading shows by them); {@code gapBefore}
 * counts the blank lines before the block (books set chapter headings off with several). The
 * folded text and its word count are computed once: a novel has thousands of blocks.
 */
final class Block {

    enum Kind { TEXT, RULE, CUE, HEADING }

    private static final int PROSE_WORDS = 20;

    private final Kind kind;
    private final List<String> lines;
    private final int gapBefore;
    private final String text;
    private final int wordCount;

    Block(Kind kind, List<String> lines, int gapBefore) {
        this.kind = kind;
        this.lines = List.copyOf(lines);
        this.gapBefore = gapBefore;
        this.text = Words.fold(String.join(" ", lines));
        this.wordCount = Words.count(text);
    }

    static Block heading(String title, int gapBefore) {
        return new Block(Kind.HEADING, List.of(title), gapBefore);
    }

    Kind kind() {
        return kind;
    }

    List<String> lines() {
        return lines;
    }

    int gapBefore() {
        return gapBefore;
    }

    String text() {
        return text;
    }

    int wordCount() {
        return wordCount;
    }

    /** Running text, not a title page line, a list of contents or a dedication. */
    boolean isProse() {
        return kind == Kind.TEXT && wordCount >= PROSE_WORDS
                && lines.stream().filter(l -> HeadingLine.of(l, 2) != null).count() <= 1;
    }

    /** The index of the first prose block, where the story begins; the size of the list when there is none. */
    static int firstProse(List<Block> blocks) {
        int i = 0;
        while (i < blocks.size() && !blocks.get(i).isProse()) {
            i++;
        }
        return i;
    }

    boolean isSingleLine() {
        return lines.size() == 1;
    }
}
