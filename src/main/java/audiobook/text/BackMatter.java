package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an edition adds that is not the story: a transcriber's note (at the head of a Project
 * Gutenberg text, or a list of corrections at its end) and whatever follows the book's last "THE
 * END" (an index, the publisher's advertisements, the corrections). Neither is narrated; the
 * warning says how many words were left out and where they begin, so nothing goes silently.
 */
final class BackMatter {

    /** The blocks kept, and those left out, in order. */
    record Split(List<Block> kept, List<Block> left) {
    }

    private static final Pattern TRANSCRIBERS_NOTE = Pattern.compile(
            "(?i)^[\\[(*_\\s]*transcriber[\u2019']?s?[\u2019']?\\s+notes?\\b.*", Pattern.DOTALL);
    /** "THE END", "The End.", "_Finis_"; not "The end," said in a quotation. */
    private static final Pattern THE_END = Pattern.compile("^[\\s*_.]*(?:THE END|The End|FINIS|Finis)[\\s*_.]*$");
    /** What follows the end is back matter only while it is short beside the book: an anthology's last tale is not. */
    private static final double MAX_BACK_MATTER_SHARE = 0.2;
    /** A note this short, or ending in a colon, is the heading of a list of corrections below it. */
    private static final int NOTE_HEADING_WORDS = 4;

    private BackMatter() {
    }

    static Split split(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        List<Block> left = new ArrayList<>();
        int end = lastEnd(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (end >= 0 && i > end) {
                left.add(b);
            } else if (b.kind() == Block.Kind.TEXT && TRANSCRIBERS_NOTE.matcher(b.text()).matches()) {
                left.add(b);
                if (b.wordCount() <= NOTE_HEADING_WORDS || b.text().strip().endsWith(":")) {
                    while (i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.TEXT
                            && HeadingLine.of(blocks.get(i + 1).lines().get(0), 2) == null) {
                        left.add(blocks.get(++i));
                    }
                }
            } else {
                kept.add(b);
            }
        }
        return new Split(kept, left);
    }

    /**
     * The last "THE END" line with something after it, or -1; also -1 when what follows holds a
     * chapter heading or more than a fifth of the words, which makes it more story.
     */
    private static int lastEnd(List<Block> blocks) {
        int after = 0;
        for (int i = blocks.size() - 1; i > 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.TEXT) {
                continue;
            }
            if (b.isSingleLine() && THE_END.matcher(b.text()).matches()) {
                int total = blocks.stream().mapToInt(Block::wordCount).sum();
                return after > 0 && after <= MAX_BACK_MATTER_SHARE * total ? i : -1;
            }
            HeadingLine h = HeadingLine.of(b.lines().get(0), 2);
            if (h != null && h.style() == HeadingLine.Style.KEYWORD && h.number() > 0) {
                return -1;
            }
            after += b.wordCount();
        }
        return -1;
    }
}
