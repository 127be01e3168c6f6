package audiobook.text;

import audiobook.AudiobookException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the structure of a story's text: front matter, chapter headings, scene breaks and
 * paragraphs. Project Gutenberg's header and footer go first; chapters then come from headings
 * when there are any ({@link HeadingFinder}), else from scene breaks, else from natural turns near
 * a target length ({@link ChapterSplitter}).
 */
public final class StoryParser {

    private static final Pattern ABOUT_THE_STORY = Pattern.compile(
            "(?i)\\b(here's|here is|this is|story|draft|words|prompt|written|note)\\b");
    private static final int FRONT_MATTER_MAX_WORDS = 150;

    private final int chapterWords;

    /** @param chapterWords target chapter length for text without headings; 0 picks one from the length */
    public StoryParser(int chapterWords) {
        this.chapterWords = chapterWords;
    }

    /**
     * The passes, in order, each handing the next what it leaves: the Gutenberg frame (and the
     * header's catalogue lines), the footnotes, a transcriber's note and what follows the last "THE
     * END", a note about the story before the first rule, the title page,
     * the headings and their numbering, and the chapters from headings, scene breaks or length.
     */
    public Manuscript parse(String text, String sourceName) {
        GutenbergFrame.Frame frame = GutenbergFrame.read(clean(text));
        Footnotes.Removed notes = Footnotes.remove(frame.body());
        BackMatter.Split edition = BackMatter.split(BlockReader.read(notes.text()));
        List<Block> blocks = edition.kept();
        List<String> frontMatter = new ArrayList<>();
        int firstRule = indexOfRule(blocks);
        if (firstRule > 0 && isAboutTheStory(blocks.subList(0, firstRule))) {
            blocks.subList(0, firstRule).forEach(b -> frontMatter.add(b.text()));
            blocks = blocks.subList(firstRule + 1, blocks.size());
        }
        TitleBlock.Found titlePage = TitleBlock.find(blocks);
        if (!titlePage.lines().isEmpty()) {
            frontMatter.add(String.join("\n\n", titlePage.lines()));
        }
        HeadingFinder.Result found = HeadingFinder.find(titlePage.rest());
        if (!found.title().isEmpty()) {
            frontMatter.add(found.title());
        }
        int beforeHeadings = frontMatter.size();
        ChapterAssembler assembler = new ChapterAssembler(chapterWords);
        List<Chapter> chapters = found.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.HEADING)
                ? assembler.byHeadings(found.blocks(), frontMatter)
                : assembler.bySections(found.blocks());
        if (chapters.stream().allMatch(c -> c.paragraphs().isEmpty())) {
            throw AudiobookException.input(sourceName + ": holds no text to narrate");
        }
        // Read aloud in the credits, so neither unread nor lost: the title page, the title line.
        List<String> unread = new ArrayList<>(frontMatter);
        unread.remove(String.join("\n\n", titlePage.lines()));
        unread.remove(found.title());
        String opening = frontMatter.size() > beforeHeadings ? frontMatter.get(beforeHeadings) : null;
        if (opening != null && isTitleLine(opening)) {
            unread.remove(opening); // a title above a list of contents: "THE STATIONMASTER'S DOG"
        } else {
            opening = null;
        }
        String title = first(frame.title(), titlePage.title(), found.title(), opening);
        BookInfo info = new BookInfo(title == null ? null : TitleBlock.titleCase(title),
                first(frame.author(), titlePage.author()), frame.language(), null);
        if (title != null && chapters.size() == 1 && found.blocks().stream().noneMatch(b -> b.kind() != Block.Kind.TEXT
                && b.kind() != Block.Kind.CUE)) {
            // One tale, no headings, no breaks: its one chapter is the tale, named for it.
            chapters = List.of(new Chapter(info.title(), chapters.get(0).paragraphs()));
        }
        List<String> warnings = new ArrayList<>();
        assembler.warnings().forEach(w -> warnings.add(sourceName + ": " + w));
        if (!unread.isEmpty()) {
            String all = Words.fold(String.join(" / ", unread));
            warnings.add(String.format("%s: %,d words before the story are not narrated (\"%s\"); "
                    + "--include-front-matter reads them", sourceName, Words.count(all), excerpt(all)));
        }
        if (!edition.left().isEmpty()) {
            String all = Words.fold(edition.left().stream().map(Block::text).collect(java.util.stream.Collectors.joining(" / ")));
            warnings.add(String.format("%s: %,d words of notes and back matter are not narrated (\"%s\")", sourceName,
                    Words.count(all), excerpt(all)));
        }
        if (notes.count() > 0) {
            warnings.add(String.format("%s: %d footnote%s not narrated (\"%s\")", sourceName, notes.count(),
                    notes.count() == 1 ? " is" : "s are", excerpt(notes.first())));
        }
        endsMidSentence(chapters, sourceName).ifPresent(warnings::add);
        return new Manuscript(info, String.join("\n\n", frontMatter), chapters, warnings);
    }

    private static boolean isTitleLine(String text) {
        return !text.contains("\n") && Words.count(text) <= 12 && !TableOfContents.HEADING.matcher(text).matches()
                && (HeadingLine.isCaps(text) || HeadingLine.isTitle(text, true));
    }

    private static java.util.Optional<String> endsMidSentence(List<Chapter> chapters, String sourceName) {
        String last = lastSentence(chapters);
        boolean closingLine = Words.count(last) <= 4 && HeadingLine.isTitle(last, true);
        if (closingLine || last.matches("(?s).*[.!?\u2026][\"'\u201D\u2019)\\]_*]*$")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sourceName + ": the text ends mid-sentence (\"..." + tail(last)
                + "\"); it is narrated as written");
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    /**
     * Line ends as {@code \n}; control characters, soft hyphens and byte-order marks removed
     * (they are not words and FreeTTS cannot say them); tabs as spaces; Unicode line and paragraph
     * separators as line breaks.
     */
    static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n')
                .replace('\u0085', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n").replace("\t", "    ");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c < 0x20 && c != '\n' && (c < 0x1C) || c >= 0x7F && c <= 0x9F && c != 0x85 || c == '\u00AD' || c == '\uFEFF';
    }

    private static int indexOfRule(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.RULE) {
                return i;
            }
        }
        return -1;
    }

    /** A short note before the first rule that talks about the story rather than telling it. */
    private static boolean isAboutTheStory(List<Block> before) {
        int words = 0;
        for (Block b : before) {
            if (b.kind() != Block.Kind.TEXT) {
                return false;
            }
            words += b.wordCount();
        }
        return words <= FRONT_MATTER_MAX_WORDS && before.size() <= 3
                && before.stream().anyMatch(b -> ABOUT_THE_STORY.matcher(b.text()).find());
    }

    private static String lastSentence(List<Chapter> chapters) {
        for (int c = chapters.size() - 1; c >= 0; c--) {
            List<Paragraph> ps = chapters.get(c).paragraphs();
            if (!ps.isEmpty()) {
                List<String> ss = ps.get(ps.size() - 1).sentences();
                return ss.isEmpty() ? "" : ss.get(ss.size() - 1);
            }
        }
        return "";
    }

    /** What a warning quotes of text left out: up to 60 characters. */
    private static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String tail(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(sentence.length() - 40);
    }
}
