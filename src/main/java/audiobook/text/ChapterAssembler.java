package audiobook.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups blocks into chapters: at headings when there are any (scene breaks inside a chapter then
 * open a new scene), else at scene breaks, else at natural turns near the target length. Inline
 * cue lines attach to the next paragraph; text before the first heading that is not prose (a
 * title page, a table of contents, a dedication) is front matter.
 */
final class ChapterAssembler {

    /** About 27 minutes at 150 words a minute; a tale is cut only above twice that. */
    static final int DEFAULT_CHAPTER_WORDS = 4000;
    /** A story up to about 13 minutes may be given as its movements; a longer one is left whole. */
    private static final int MOVEMENTS_MAX_WORDS = 2000;
    private static final int MOVEMENT_MIN_WORDS = 200;

    /** Two hours at 130 words a minute, a slow narrator's pace. */
    private static final int MAX_CHAPTER_WORDS = 15_600;
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile(
            "\\p{Ll}\\S*[.!?\u2026][\"'\u201D\u2019)_*]*(?:\\s|$)");
    private static final java.util.regex.Pattern DEDICATION = java.util.regex.Pattern.compile(
            "^(?:To|For|Dedicated|In memory)\\b|(?i)\\b(?:copyright|all rights reserved|contents)\\b");


    private final int chapterWords;
    private final List<String> warnings = new ArrayList<>();

    /** @param chapterWords target length for text without headings; 0 picks one from the length */
    ChapterAssembler(int chapterWords) {
        this.chapterWords = chapterWords;
    }

    List<Chapter> byHeadings(List<Block> blocks, List<String> frontMatter) {
        int firstHeading = 0;
        while (blocks.get(firstHeading).kind() != Block.Kind.HEADING) {
            firstHeading++;
        }
        int prose = firstHeading;
        for (int i = 0; i < firstHeading; i++) {
            if (blocks.get(i).isProse() || isNarrative(blocks.get(i))) {
                prose = i;
                break;
            }
            if (blocks.get(i).kind() == Block.Kind.TEXT) {
                frontMatter.add(blocks.get(i).text());
            }
        }
        List<String> titles = new ArrayList<>();
        List<List<Paragraph>> bodies = new ArrayList<>();
        if (prose < firstHeading) {
            titles.add("Opening");
            bodies.add(new ArrayList<>());
        }
        Paragraphs paragraphs = new Paragraphs(blocks);
        boolean inContents = false;
        for (Block b : blocks.subList(prose, blocks.size())) {
            inContents = b.kind() == Block.Kind.TEXT && (TableOfContents.HEADING.matcher(b.text()).matches() || inContents && !b.isProse());
            if (inContents) {
                frontMatter.add(b.text()); // a contents list printed after a preface is not read out in it
            } else if (b.kind() == Block.Kind.HEADING) {
                String title = plainTitle(b.text());
                // a heading that is only a footnote mark ("[2]" underlined) is a chapter with no name
                titles.add(title.isEmpty() ? ChapterSplitter.title(titles.size() + 1) : title);
                bodies.add(new ArrayList<>());
                paragraphs.newChapter();
            } else {
                paragraphs.take(b, bodies.get(bodies.size() - 1));
            }
        }
        return capLength(mergeEmpty(titles, bodies));
    }

    /**
     * Sentences before the first heading are the story's opening, however short ("It was a
     * bright cold day. The clocks were striking."); a title page, a list of contents or a
     * dedication are not.
     */
    private static boolean isNarrative(Block b) {
        if (b.kind() != Block.Kind.TEXT || b.wordCount() < 4 || !SENTENCE.matcher(b.text()).find()
                || DEDICATION.matcher(b.text()).find()) {
            return false;
        }
        List<String> words = Words.of(b.text());
        long lower = words.stream().filter(w -> Character.isLowerCase(w.codePointAt(0))).count();
        return lower >= 0.5 * words.size(); // running text, not a list of capitalised titles

    }

    /**
     * A chapter longer than a player or ACX takes in one file (about 120 minutes) is cut into
     * parts near the target length, with a warning.
     */
    private List<Chapter> capLength(List<Chapter> chapters) {
        List<Chapter> out = new ArrayList<>();
        for (Chapter c : chapters) {
            if (c.wordCount() <= MAX_CHAPTER_WORDS) {
                out.add(c);
                continue;
            }
            int target = chapterWords > 0 ? chapterWords : DEFAULT_CHAPTER_WORDS;
            List<List<Paragraph>> parts = ChapterSplitter.split(c.paragraphs(), target);
            for (int i = 0; i < parts.size(); i++) {
                out.add(new Chapter(i == 0 ? c.title() : c.title() + ", part " + (i + 1), parts.get(i)));
            }
            warnings.add(String.format("chapter \"%s\" has %,d words (over two hours of audio, more than players "
                    + "and ACX take in one file); it is read in %d parts", c.title(), c.wordCount(), parts.size()));
        }
        return out;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * A heading with nothing under it joins the next one ("PART ONE" and "CHAPTER I"); at the end it
     * is read as text. Where chapters would share a title because their numbers start again in
     * each part ("CHAPTER II" in Book One and in Book Two), every chapter carries its part's
     * heading ("BOOK TWO. CHAPTER II"), so that a player's list and the files tell them apart.
     */
    private static List<Chapter> mergeEmpty(List<String> titles, List<List<Paragraph>> bodies) {
        List<Chapter> chapters = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String pending = null;
        String part = null;
        for (int i = 0; i < titles.size(); i++) {
            boolean joined = pending != null;
            String title = joined ? join(pending, titles.get(i)) : titles.get(i);
            if (bodies.get(i).isEmpty()) {
                pending = title;
                continue;
            }
            if (joined) {
                part = pending;
            }
            pending = null;
            chapters.add(new Chapter(title, bodies.get(i)));
            parts.add(joined ? null : part);
        }
        if (pending != null && !chapters.isEmpty()) {
            Chapter last = chapters.remove(chapters.size() - 1);
            List<Paragraph> body = new ArrayList<>(last.paragraphs());
            body.add(new Paragraph(SentenceSplitter.split(pending)));
            chapters.add(new Chapter(last.title(), body));
        }
        return withParts(chapters, parts);
    }

    private static List<Chapter> withParts(List<Chapter> chapters, List<String> parts) {
        if (chapters.stream().map(Chapter::title).distinct().count() == chapters.size()) {
            return chapters;
        }
        List<Chapter> out = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            out.add(parts.get(i) != null ? new Chapter(join(parts.get(i), c.title()), c.paragraphs()) : c);
        }
        return out;
    }

    /**
     * A heading as a player shows it: without the typist's italic underscores and footnote marks,
     * a double hyphen as the dash it stands for ("JOURNAL--_continued_" as "JOURNAL—continued").
     */
    static String plainTitle(String heading) {
        return Typography.markup(heading).replaceAll(" ?-{2,} ?", "\u2014").replaceAll("\\s+", " ").strip();
    }

    private static String join(String first, String second) {
        return first.matches(".*[.:!?\u2014\u2013-]$") ? first + " " + second : first + ". " + second;
    }

    List<Chapter> bySections(List<Block> blocks) {
        List<List<Paragraph>> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs(blocks);
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.RULE) {
                if (!current.isEmpty()) {
                    sections.add(current);
                }
                current = new ArrayList<>();
                paragraphs.newChapter();
            } else {
                paragraphs.take(b, current);
            }
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        int total = sections.stream().flatMap(List::stream).mapToInt(Paragraph::wordCount).sum();
        int target = chapterWords > 0 ? chapterWords : DEFAULT_CHAPTER_WORDS;
        if (sections.size() == 1) {
            return capLength(oneTale(sections.get(0), total, target));
        }
        List<Chapter> chapters = new ArrayList<>();
        for (List<Paragraph> section : sections) {
            int words = section.stream().mapToInt(Paragraph::wordCount).sum();
            for (List<Paragraph> part : words > 2 * target ? ChapterSplitter.split(section, target) : List.of(section)) {
                chapters.add(new Chapter(ChapterSplitter.title(chapters.size() + 1), part));
            }
        }
        return capLength(chapters);
    }

    /**
     * A tale with no headings and no scene breaks: one chapter, unless it is longer than a
     * listener wants in one file (over twice the target: then parts near the target, at turns),
     * or it is short and told in movements ({@link ChapterSplitter#movements}). Parts are titled
     * "Part One", "Part Two": the author wrote no chapters.
     */
    private static List<Chapter> oneTale(List<Paragraph> tale, int total, int target) {
        List<List<Paragraph>> parts = total > 2 * target ? ChapterSplitter.split(tale, target)
                : total <= MOVEMENTS_MAX_WORDS ? ChapterSplitter.movements(tale, MOVEMENT_MIN_WORDS) : List.of();
        if (parts.size() < 2) {
            return List.of(new Chapter(ChapterSplitter.title(1), tale));
        }
        List<Chapter> chapters = new ArrayList<>();
        for (List<Paragraph> part : parts) {
            chapters.add(new Chapter(ChapterSplitter.title("Part", chapters.size() + 1), part));
        }
        return chapters;
    }

    /**
     * Turns text blocks into paragraphs, carrying cue lines and scene breaks to the next paragraph;
     * epigraphs are marked for the narrator, verse is read a line a sentence ({@link Epigraphs}).
     */
    private static final class Paragraphs {
        private final java.util.Set<Block> epigraphs;
        private List<String> cues = new ArrayList<>();
        private boolean sceneBreak;

        Paragraphs(List<Block> blocks) {
            epigraphs = Epigraphs.find(blocks);
        }

        void newChapter() {
            sceneBreak = false;
        }

        void take(Block b, List<Paragraph> into) {
            switch (b.kind()) {
                case CUE -> cues.add(b.lines().get(0));
                case RULE -> sceneBreak = !into.isEmpty();
                default -> {
                    List<String> sentences = Epigraphs.isVerse(b)
                            ? b.lines().stream().map(Words::fold).filter(l -> !l.isEmpty()).toList()
                            : SentenceSplitter.split(b.text());
                    if (!sentences.isEmpty()) {
                        into.add(new Paragraph(sentences, cues, sceneBreak, epigraphs.contains(b)));
                        cues = new ArrayList<>();
                        sceneBreak = false;
                    }
                }
            }
        }
    }
}
