package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the structure of a story's text: front matter, chapter headings, scene breaks and
 * paragraphs. Chapters come from headings when there are any, else from scene breaks, else
 * from natural turns near a target length ({@link ChapterSplitter}).
 */
public final class StoryParser {

    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,}|(?:\\*\\s*){3,})\\s*$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern CHAPTER_HEADING = Pattern.compile(
            "^\\s*(?i:chapter)\\s+([0-9]+|[IVXLCDMivxlcdm]+|[A-Za-z-]+)\\b\\.?(.*)$");
    /** An inline scene cue on a line of its own, e.g. {@code [storm 0.8]}; never narrated. */
    private static final Pattern CUE_LINE = Pattern.compile("^\\s*\\[\\s*([a-z]+(?::?\\s*[a-z0-9.-]+)?)\\s*]\\s*$");
    private static final Pattern ROMAN_LINE = Pattern.compile("^\\s*[IVXLC]+\\.?\\s*$");
    private static final Pattern ABOUT_THE_STORY = Pattern.compile(
            "(?i)\\b(here's|here is|this is|story|draft|words|prompt|written|note)\\b");
    private static final int FRONT_MATTER_MAX_WORDS = 150;

    private final int chapterWords;

    /** @param chapterWords target chapter length for unstructured text; 0 picks one from the length */
    public StoryParser(int chapterWords) {
        this.chapterWords = chapterWords;
    }

    public Manuscript parse(String text, String sourceName) {
        List<Block> blocks = blocks(text.replace("\r\n", "\n").replace('\r', '\n'));
        String frontMatter = "";
        int firstRule = indexOfRule(blocks);
        if (firstRule > 0 && isFrontMatter(blocks.subList(0, firstRule))) {
            frontMatter = String.join("\n\n", blocks.subList(0, firstRule).stream().map(Block::text).toList());
            blocks = blocks.subList(firstRule + 1, blocks.size());
        }
        List<String> warnings = new ArrayList<>();
        List<Chapter> chapters = blocks.stream().anyMatch(b -> b.kind == Kind.HEADING)
                ? byHeadings(blocks)
                : bySceneBreaksOrTurns(blocks);
        if (chapters.isEmpty()) {
            throw audiobook.AudiobookException.input(sourceName + ": holds no text to narrate");
        }
        String last = lastSentence(chapters);
        if (!last.isEmpty() && !last.matches("(?s).*[.!?\u2026][\"'\u201D\u2019)\\]]*$")) {
            warnings.add(sourceName + ": the text ends mid-sentence (\"..." + tail(last) + "\"); it is narrated as written");
        }
        return new Manuscript(frontMatter, chapters, warnings);
    }

    private enum Kind { TEXT, HEADING, RULE, CUE }

    private record Block(Kind kind, String text) {
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Block special = special(line);
            if (line.isBlank() || special != null) {
                flush(paragraph, blocks);
                if (special != null) {
                    blocks.add(special);
                }
            } else {
                paragraph.append(line).append('\n');
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static Block special(String line) {
        var cue = CUE_LINE.matcher(line);
        if (cue.matches()) {
            return new Block(Kind.CUE, cue.group(1));
        }
        if (RULE.matcher(line).matches()) {
            return new Block(Kind.RULE, line.strip());
        }
        var markdown = MARKDOWN_HEADING.matcher(line);
        if (markdown.matches()) {
            return new Block(Kind.HEADING, markdown.group(1));
        }
        if (CHAPTER_HEADING.matcher(line).matches() && line.strip().split("\\s+").length <= 12
                || ROMAN_LINE.matcher(line).matches()) {
            return new Block(Kind.HEADING, line.strip());
        }
        return null;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Kind.TEXT, SentenceSplitter.fold(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static int indexOfRule(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind == Kind.RULE) {
                return i;
            }
        }
        return -1;
    }

    /** A short block before the first rule that talks about the story rather than telling it. */
    private static boolean isFrontMatter(List<Block> before) {
        int words = 0;
        for (Block b : before) {
            if (b.kind != Kind.TEXT) {
                return false;
            }
            words += Words.count(b.text);
        }
        return words <= FRONT_MATTER_MAX_WORDS && before.size() <= 3
                && before.stream().anyMatch(b -> ABOUT_THE_STORY.matcher(b.text).find());
    }

    private static List<Chapter> byHeadings(List<Block> blocks) {
        List<Chapter> chapters = new ArrayList<>();
        String title = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind == Kind.HEADING) {
                addChapter(chapters, title, paragraphs);
                title = b.text;
                paragraphs = new ArrayList<>();
            } else if (b.kind == Kind.CUE) {
                cues.add(b.text);
            } else if (b.kind == Kind.TEXT) {
                paragraphs.add(new Paragraph(SentenceSplitter.split(b.text), cues));
                cues = new ArrayList<>();
            }
        }
        addChapter(chapters, title, paragraphs);
        return chapters;
    }

    private static void addChapter(List<Chapter> chapters, String title, List<Paragraph> paragraphs) {
        if (title == null && paragraphs.isEmpty()) {
            return;
        }
        chapters.add(new Chapter(title == null ? "Opening" : title, paragraphs));
    }

    private List<Chapter> bySceneBreaksOrTurns(List<Block> blocks) {
        List<List<Paragraph>> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind == Kind.RULE) {
                if (!current.isEmpty()) {
                    sections.add(current);
                }
                current = new ArrayList<>();
            } else if (b.kind == Kind.CUE) {
                cues.add(b.text);
            } else {
                current.add(new Paragraph(SentenceSplitter.split(b.text), cues));
                cues = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        if (sections.size() == 1) {
            sections = new ChapterSplitter(chapterWords).split(sections.get(0));
        }
        List<Chapter> chapters = new ArrayList<>();
        for (List<Paragraph> section : sections) {
            chapters.add(new Chapter(ChapterSplitter.title(chapters.size() + 1), section));
        }
        return chapters;
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

    private static String tail(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(sentence.length() - 40);
    }
}
