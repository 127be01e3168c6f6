package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into {@link Block}s at blank lines, and finds the rules and inline cues among them.
 * Two layouts without blank lines between paragraphs are understood too: one paragraph per line
 * (text pasted from a web page or word processor: a block with a line longer than any
 * hard-wrapped one), and hard-wrapped prose whose paragraphs start with an indented line. A
 * Markdown "setext" heading (a line underlined with {@code ===} or {@code ---}) becomes a
 * {@code #} heading. Illustration notes go first ({@link Illustrations}).
 */
final class BlockReader {

    private static final Pattern RULE = Pattern.compile("^\\s*(?:(?:[-*_~=\u2022\u00B7]\\s*){3,}|[\u2042#\u00A7*]\\s*)$");
    private static final Pattern SETEXT = Pattern.compile("^\\s*(?:={3,}|-{3,})\\s*$");
    /** An inline scene cue on a line of its own, e.g. {@code [storm 0.8]}; never narrated. */
    private static final Pattern CUE_LINE = Pattern.compile("^\\s*\\[\\s*([a-z]+(?::?\\s*[a-z0-9.-]+)?)\\s*]\\s*$");
    private static final int UNWRAPPED_LINE = 150;
    private static final int PROSE_LINE = 45;

    private BlockReader() {
    }

    static List<Block> read(String text) {
        List<String> lines = Illustrations.remove(text.split("\n", -1));
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int gap = 0;
        int paragraphGap = 0;
        for (String line : lines) {
            if (Words.fold(line).isEmpty()) {
                if (!paragraph.isEmpty()) {
                    flush(paragraph, paragraphGap, blocks);
                    gap = 0;
                }
                gap++;
                continue;
            }
            var cue = CUE_LINE.matcher(line);
            if (cue.matches()) {
                flush(paragraph, paragraphGap, blocks);
                blocks.add(new Block(Block.Kind.CUE, List.of(cue.group(1)), gap));
                gap = 0;
            } else if (SETEXT.matcher(line).matches() && paragraph.size() == 1 && isShortTitle(paragraph.get(0))) {
                String hashes = line.strip().startsWith("=") ? "# " : "## ";
                paragraph.set(0, hashes + paragraph.get(0).strip());
                flush(paragraph, paragraphGap, blocks);
            } else if (RULE.matcher(line).matches()) {
                flush(paragraph, paragraphGap, blocks);
                blocks.add(new Block(Block.Kind.RULE, List.of(line.strip()), gap));
                gap = 0;
            } else {
                if (paragraph.isEmpty()) {
                    paragraphGap = gap;
                    gap = 0;
                }
                paragraph.add(line.stripTrailing());
            }
        }
        flush(paragraph, paragraphGap, blocks);
        return blocks;
    }

    /** Adds the lines as one block, or several: one a line, or where indented lines start paragraphs. */
    private static void flush(List<String> lines, int gap, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() > 1 && lines.stream().anyMatch(l -> l.length() > UNWRAPPED_LINE)) {
            for (int i = 0; i < lines.size(); i++) {
                add(lines.subList(i, i + 1), i == 0 ? gap : 0, blocks);
            }
            lines.clear();
            return;
        }
        int start = 0;
        boolean prose = lines.size() > 1
                && lines.stream().mapToInt(l -> l.strip().length()).average().orElse(0) >= PROSE_LINE;
        int minIndent = lines.stream().mapToInt(BlockReader::indent).min().orElse(0);
        for (int i = 1; prose && i < lines.size(); i++) {
            int indent = indent(lines.get(i));
            if (indent >= 2 && indent > minIndent && indent > indent(lines.get(i - 1))) {
                add(lines.subList(start, i), start == 0 ? gap : 0, blocks);
                start = i;
            }
        }
        add(lines.subList(start, lines.size()), start == 0 ? gap : 0, blocks);
        lines.clear();
    }

    private static void add(List<String> lines, int gap, List<Block> blocks) {
        blocks.add(new Block(Block.Kind.TEXT, lines, gap));
    }

    private static boolean isShortTitle(String line) {
        return Words.count(line) <= 10 && !line.strip().matches(".*[.!?,;:]$");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

}
