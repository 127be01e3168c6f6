package audiobook.text;

import audiobook.text.HeadingLine.Style;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the blocks {@link HeadingFinder} chose into heading blocks with their full titles: a title
 * on the line below its number joins it ("CHAPTER I." and "Into the Primitive" read "CHAPTER I.
 * Into the Primitive"), Markdown marks go, and a title line that opens the text (a Markdown,
 * all-caps or centred line that is the only heading or is followed directly by another) is
 * taken out as the story's title.
 */
final class Titles {

    private static final int MAX_SUBTITLE_WORDS = 10;
    private static final int MAX_SUMMARY_WORDS = 40;
    private static final int MAX_SUMMARY_LINES = 4;

    private Titles() {
    }

    static HeadingFinder.Result mark(List<Block> blocks, HeadingLine[] lines, Set<Integer> chosen) {
        Set<Integer> headings = new HashSet<>(chosen);
        String storyTitle = "";
        int first = firstText(blocks);
        if (headings.contains(first) && isTitleStyle(lines[first], blocks.get(first))) {
            int next = isSubtitle(blocks, lines, headings, first + 1) ? first + 2 : first + 1;
            if (headings.size() == 1 || headings.contains(next)) {
                storyTitle = title(blocks, lines, headings, first);
                headings.remove(first);
            }
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (i == first && !storyTitle.isEmpty()) {
                i += isSubtitle(blocks, lines, chosen, i + 1) ? 1 : 0;
                continue;
            }
            if (!headings.contains(i)) {
                out.add(blocks.get(i));
                continue;
            }
            String title = title(blocks, lines, headings, i);
            if (lines[i] != null && lines[i].style() == Style.NUMBERED && title.matches("[IVXLCDM\\d]+\\.?")) {
                title = "Chapter " + title.replaceFirst("\\.$", ""); // a bare "II" is the second chapter
            }
            out.add(Block.heading(title, blocks.get(i).gapBefore()));
            i += isSubtitle(blocks, lines, headings, i + 1) ? 1 : 0;
        }
        return new HeadingFinder.Result(out, storyTitle);
    }

    /**
     * Whether block {@code at} is the title of the untitled heading before it: one short line that
     * reads as a title, with more text after it.
     */
    static boolean isSubtitle(List<Block> blocks, HeadingLine[] lines, Set<Integer> headings, int at) {
        if (at <= 0 || at >= blocks.size() || headings.contains(at) || !headings.contains(at - 1)
                || lines[at - 1] == null || lines[at - 1].titled()) {
            return false;
        }
        Block b = blocks.get(at);
        boolean shortTitle = b.isSingleLine() && b.wordCount() <= MAX_SUBTITLE_WORDS && HeadingLine.isTitle(b.text(), true);
        if (b.kind() != Block.Kind.TEXT || !shortTitle && !isCapsSummary(b)) {
            return false;
        }
        for (int k = at + 1; k < blocks.size(); k++) {
            if (blocks.get(k).kind() == Block.Kind.TEXT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The summary an older novel prints in capitals under a chapter's number ("CHAPTER I. / THE
     * INTRODUCTION TO THE WORK, OR BILL OF FARE TO THE FEAST." in Tom Jones), wrapped over a few
     * lines: the chapter's title, however long, not its first paragraph.
     */
    private static boolean isCapsSummary(Block b) {
        return b.lines().size() <= MAX_SUMMARY_LINES && b.wordCount() <= MAX_SUMMARY_WORDS
                && HeadingLine.isCaps(b.text()) && !b.text().strip().matches(".*[,;:\u2014\u2013-]$");
    }

    private static String title(List<Block> blocks, HeadingLine[] lines, Set<Integer> headings, int at) {
        Block b = blocks.get(at);
        String title = b.lines().stream().map(Titles::withoutMarks).reduce(Titles::join).orElse("");
        if (isSubtitle(blocks, lines, headings, at + 1)) {
            title = join(title, blocks.get(at + 1).text());
        }
        return title;
    }

    private static String withoutMarks(String line) {
        return Words.fold(line.replaceFirst("^\\s{0,3}#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", ""));
    }

    private static String join(String number, String title) {
        String n = Words.fold(number);
        return n.matches(".*[.:!?\u2014\u2013-]$") ? n + " " + Words.fold(title) : n + ". " + Words.fold(title);
    }

    /** A title rather than a chapter marker: "# Chapter 1" and "# IV" open chapters even alone. */
    private static boolean isTitleStyle(HeadingLine line, Block block) {
        if (line == null || line.style() == Style.KEYWORD || line.style() == Style.NUMBERED) {
            return false;
        }
        HeadingLine inner = line.style() == Style.MARKDOWN ? HeadingLine.of(withoutMarks(block.lines().get(0)), 0) : null;
        return inner == null || inner.style() != Style.KEYWORD && inner.style() != Style.NUMBERED;
    }

    private static int firstText(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.TEXT) {
                return i;
            }
        }
        return -1;
    }
}
