package audiobook.text;

import audiobook.text.HeadingLine.Style;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which blocks are chapter headings, looking at the whole text, because a line alone
 * cannot tell: "I" may be a numeral heading or a line of a poem, "HELP" a title or a shout.
 *
 * <ul>
 * <li>Strong headings: Markdown ({@code # Title}), keyword lines ({@code Chapter 3}, {@code CHAPTER
 * IV.}, {@code Part One}, {@code The First Chapter}, {@code Prologue}) and numbered lines ({@code
 * II}, {@code 3.}, {@code IV. The Storm}, {@code ONE}, {@code Twenty-One: Home}) that form a series
 * (1, 2, 3... or I, II, III...; numbers in words at least three beside keyword headings).</li>
 * <li>Weak headings, used only when there are no strong ones: all-caps title lines and centred
 * lines, each followed by at least {@value #MIN_WEAK_CHAPTER_WORDS} words, at least two of them;
 * or one such line opening the text (the story's title).</li>
 * <li>A heading's title may follow on its own line ({@code CHAPTER I.} then {@code Into the
 * Primitive}).</li>
 * <li>Bare numbers that start again from 1 under titled numbered headings number sections: they
 * become scene breaks.</li>
 * <li>Entries of a table of contents are not headings ({@link TableOfContents}).</li>
 * <li>A heading that opens the text and is followed directly by another heading, or is the only
 * heading there is, is the story's title: it goes to the front matter.</li>
 * </ul>
 */
final class HeadingFinder {

    static final int MIN_WEAK_CHAPTER_WORDS = 40;

    /** The blocks with headings marked, and the story's title line if one was found. */
    record Result(List<Block> blocks, String title) {
    }

    private HeadingFinder() {
    }

    static Result find(List<Block> input) {
        List<Block> blocks = splitOffHeadingLines(input);
        HeadingLine[] lines = new HeadingLine[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.TEXT && b.isSingleLine()) {
                lines[i] = HeadingLine.of(b.lines().get(0), i == 0 ? 2 : b.gapBefore());
            } else if (b.kind() == Block.Kind.TEXT) {
                lines[i] = titleBelow(b);
            }
        }
        Set<Integer> headings = strong(lines);
        int opening = firstText(blocks);
        if (headings.isEmpty() && opening >= 0 && lines[opening] != null && lines[opening].style() == Style.NUMBERED
                && opening + 1 < blocks.size() && blocks.get(opening + 1).isProse()) {
            headings.add(opening); // "II" opening an excerpt: its one chapter
        }
        Set<Integer> sections = sections(blocks, lines, headings);
        headings.removeAll(sections);
        for (int i : sections) {
            blocks.set(i, new Block(Block.Kind.RULE, blocks.get(i).lines(), blocks.get(i).gapBefore()));
        }
        if (headings.isEmpty()) {
            headings = weak(blocks, lines);
        }
        headings.removeAll(TableOfContents.entries(blocks, lines, headings));
        return Titles.mark(blocks, lines, headings);
    }

    /**
     * A block whose first line is a Markdown or keyword heading and whose other lines are text
     * becomes two blocks, unless it is a list of such lines (a table of contents).
     */
    private static List<Block> splitOffHeadingLines(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            boolean several = b.kind() == Block.Kind.TEXT && b.lines().size() > 1;
            HeadingLine first = several ? HeadingLine.of(b.lines().get(0), 2) : null;
            boolean strong = first != null && (first.style() == Style.MARKDOWN || first.style() == Style.KEYWORD);
            if (!strong || titleBelow(b) != null
                    || b.lines().stream().filter(l -> HeadingLine.of(l, 2) != null).count() > 1) {
                out.add(b);
                continue;
            }
            out.add(new Block(Block.Kind.TEXT, b.lines().subList(0, 1), b.gapBefore()));
            out.add(new Block(Block.Kind.TEXT, b.lines().subList(1, b.lines().size()), 0));
        }
        return out;
    }

    /** A two-line block of a keyword or numbered heading and its title ("CHAPTER I." / "Into the Primitive"). */
    private static HeadingLine titleBelow(Block b) {
        if (b.lines().size() != 2 || !HeadingLine.isTitle(b.lines().get(1), true)) {
            return null;
        }
        HeadingLine first = HeadingLine.of(b.lines().get(0), 2);
        boolean numberLine = first != null && !first.titled()
                && (first.style() == Style.KEYWORD || first.style() == Style.NUMBERED);
        String family = first != null && first.style() == Style.NUMBERED ? first.family() + " titled" : null;
        return numberLine ? new HeadingLine(first.style(), family != null ? family : first.family(), first.number(), true)
                : null;
    }

    private static Set<Integer> strong(HeadingLine[] lines) {
        Set<Integer> headings = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != null && (lines[i].style() == Style.MARKDOWN || lines[i].style() == Style.KEYWORD)) {
                headings.add(i);
            }
        }
        boolean keywords = !headings.isEmpty();
        for (String family : List.of("roman", "arabic", "words", "roman titled", "arabic titled", "words titled")) {
            List<Integer> series = numberedSeries(lines, family);
            if (!(keywords && family.startsWith("words") && series.size() < 3)) {
                headings.addAll(series); // beside "CHAPTER" headings, "One." and "Two." may be words said
            }
        }
        return headings;
    }

    /**
     * Bare numbers under titled numbered headings ("I. A SCANDAL IN BOHEMIA", then "I.", "II.",
     * "III.") number the sections of a chapter, not chapters: when they start again from 1 (at
     * least twice), or when a bare 1 comes straight under a titled heading and titled headings
     * go on after the story has begun (in a book where only one chapter has sections). Titled
     * headings found only before the first prose are a table of contents over bare chapter
     * numbers ("I. The Storm", "II. The Calm", then "I." and its text): those stay chapters.
     */
    private static Set<Integer> sections(List<Block> blocks, HeadingLine[] lines, Set<Integer> headings) {
        Set<Integer> sections = new HashSet<>();
        boolean titled = headings.stream().anyMatch(i -> titledNumber(lines[i]));
        int storyBegins = Block.firstProse(blocks);
        boolean titledInStory = headings.stream().anyMatch(i -> i > storyBegins && titledNumber(lines[i]));
        for (String family : List.of("roman", "arabic")) {
            List<Integer> bare = headings.stream().filter(i -> lines[i].style() == Style.NUMBERED
                    && lines[i].family().equals(family)).toList();
            boolean restarts = bare.stream().filter(i -> lines[i].number() == 1).count() >= 2;
            boolean underTitle = titledInStory && bare.stream().anyMatch(i -> lines[i].number() == 1
                    && headings.contains(i - 1) && titledNumber(lines[i - 1]));
            if (titled && (restarts || underTitle)) {
                sections.addAll(bare);
            }
        }
        return sections;
    }

    private static boolean titledNumber(HeadingLine line) {
        return line.style() == Style.NUMBERED && line.titled();
    }

    /**
     * Numbered lines that count up from 1 (at least two) or from anywhere (at least three); a
     * numbered keyword heading ("CHAPTER I") may start or continue the count.
     */
    private static List<Integer> numberedSeries(HeadingLine[] lines, String family) {
        boolean bareNumerals = family.equals("roman") || family.equals("arabic"); // "ONE" alone may be a word said
        List<Integer> accepted = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int last = 0;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            HeadingLine h = lines[i];
            boolean counts = h != null && (h.style() == Style.NUMBERED && h.family().equals(family)
                    || h.style() == Style.KEYWORD && h.number() > 0 && !family.startsWith("words"));
            if (!counts) {
                continue;
            }
            if (run.isEmpty() || h.number() != last + 1) {
                keep(run, first, bareNumerals, accepted);
                run = new ArrayList<>();
                first = h.number();
            }
            run.add(i);
            last = h.number();
        }
        keep(run, first, bareNumerals, accepted);
        return accepted;
    }

    /**
     * A series of three, or two that start from 1; bare numerals ("II", "III" alone on their
     * lines) from anywhere, since an excerpt or an anthology may start at any chapter.
     */
    private static void keep(List<Integer> run, int first, boolean bare, List<Integer> accepted) {
        if (run.size() >= 3 || run.size() == 2 && (first == 1 || bare)) {
            accepted.addAll(run);
        }
    }

    /** All-caps and centred lines, when at least two of them each open a stretch of text. */
    private static Set<Integer> weak(List<Block> blocks, HeadingLine[] lines) {
        Set<Integer> headings = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != null && (lines[i].style() == Style.CAPS || lines[i].style() == Style.CENTRED)) {
                headings.add(i);
            }
        }
        Set<Integer> candidates = new HashSet<>(headings);
        for (int pass = 0; pass < 2; pass++) {
            headings.removeIf(i -> wordsUntilNextHeading(blocks, i, headings) < MIN_WEAK_CHAPTER_WORDS);
        }
        if (headings.size() >= 2) {
            return headings;
        }
        int first = 0;
        while (first < blocks.size() && blocks.get(first).kind() != Block.Kind.TEXT) {
            first++;
        }
        Set<Integer> title = new HashSet<>();
        if (candidates.contains(first)) {
            title.add(first);
        }
        return title;
    }

    private static int firstText(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.TEXT) {
                return i;
            }
        }
        return -1;
    }

    private static int wordsUntilNextHeading(List<Block> blocks, int heading, Set<Integer> headings) {
        int words = 0;
        for (int i = heading + 1; i < blocks.size() && !headings.contains(i); i++) {
            if (blocks.get(i).kind() == Block.Kind.TEXT) {
                words += blocks.get(i).wordCount();
            }
        }
        return words;
    }
}
