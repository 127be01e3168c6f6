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

    private final int chapterWords;

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
            if (blocks.get(i).isProse()) {
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
        Paragraphs paragraphs = new Paragraphs();
        for (Block b : blocks.subList(prose, blocks.size())) {
            if (b.kind() == Block.Kind.HEADING) {
                titles.add(b.text());
                bodies.add(new ArrayList<>());
                paragraphs.newChapter();
            } else {
                paragraphs.take(b, bodies.get(bodies.size() - 1));
            }
        }
        return mergeEmpty(titles, bodies);
    }

    /** A heading with nothing under it joins the next one ("PART ONE" and "CHAPTER I"); at the end it is read as text. */
    private static List<Chapter> mergeEmpty(List<String> titles, List<List<Paragraph>> bodies) {
        List<Chapter> chapters = new ArrayList<>();
        String pending = null;
        for (int i = 0; i < titles.size(); i++) {
            String title = pending == null ? titles.get(i) : join(pending, titles.get(i));
            if (bodies.get(i).isEmpty()) {
                pending = title;
                continue;
            }
            pending = null;
            chapters.add(new Chapter(title, bodies.get(i)));
        }
        if (pending != null && !chapters.isEmpty()) {
            Chapter last = chapters.remove(chapters.size() - 1);
            List<Paragraph> body = new ArrayList<>(last.paragraphs());
            body.add(new Paragraph(SentenceSplitter.split(pending)));
            chapters.add(new Chapter(last.title(), body));
        }
        return chapters;
    }

    private static String join(String first, String second) {
        return first.matches(".*[.:!?\u2014\u2013-]$") ? first + " " + second : first + ". " + second;
    }

    List<Chapter> bySections(List<Block> blocks) {
        List<List<Paragraph>> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs();
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
        int target = chapterWords > 0 ? chapterWords : ChapterSplitter.defaultTarget(total);
        List<Chapter> chapters = new ArrayList<>();
        for (List<Paragraph> section : sections) {
            boolean tooLong = section.stream().mapToInt(Paragraph::wordCount).sum() > 2 * target || sections.size() == 1;
            for (List<Paragraph> part : tooLong ? ChapterSplitter.split(section, target) : List.of(section)) {
                chapters.add(new Chapter(ChapterSplitter.title(chapters.size() + 1), part));
            }
        }
        return chapters;
    }

    /** Turns text blocks into paragraphs, carrying cue lines and scene breaks to the next paragraph. */
    private static final class Paragraphs {
        private List<String> cues = new ArrayList<>();
        private boolean sceneBreak;

        void newChapter() {
            sceneBreak = false;
        }

        void take(Block b, List<Paragraph> into) {
            switch (b.kind()) {
                case CUE -> cues.add(b.lines().get(0));
                case RULE -> sceneBreak = !into.isEmpty();
                default -> {
                    List<String> sentences = SentenceSplitter.split(b.text());
                    if (!sentences.isEmpty()) {
                        into.add(new Paragraph(sentences, cues, sceneBreak));
                        cues = new ArrayList<>();
                        sceneBreak = false;
                    }
                }
            }
        }
    }
}
