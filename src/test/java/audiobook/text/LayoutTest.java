package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapters from the common layouts of stories and books, and the false friends of each. */
class LayoutTest {

    private static final String PROSE = "The wind rose over the moor and the rain came after it, "
            + "cold and grey, and nobody in the village went out that night if they could help it.";

    private static Manuscript parse(String text) {
        return new StoryParser(0).parse(text, "s.txt");
    }

    private static List<String> titles(String text) {
        return parse(text).chapters().stream().map(Chapter::title).toList();
    }

    private static List<String> firstParagraphs(Manuscript m) {
        return m.chapters().stream().map(c -> c.paragraphs().get(0).text()).toList();
    }

    @Test
    void markdownHeadingsWithABookTitleAbove() {
        Manuscript m = parse("# The Sea\n\n## The Call\n\n" + PROSE + "\n\n## The Law\n\n" + PROSE + "\n");
        assertEquals(List.of("The Call", "The Law"), m.chapters().stream().map(Chapter::title).toList());
        assertEquals("The Sea", m.frontMatter());
    }

    @Test
    void setextHeadings() {
        assertEquals(List.of("The Call", "The Law"),
                titles("The Call\n========\n\n" + PROSE + "\n\nThe Law\n-------\n\n" + PROSE + "\n"));
    }

    @Test
    void chapterLinesWithTheTitleOnTheSameLineTheNextLineOrTheNextBlock() {
        assertEquals(List.of("Chapter I. Into the Primitive", "CHAPTER II. The Law of Club and Fang",
                "CHAPTER III. JONATHAN HARKER'S JOURNAL", "Chapter 4"),
                titles("Chapter I. Into the Primitive\n\n" + PROSE + "\n\nCHAPTER II.\nThe Law of Club and Fang\n\n"
                        + PROSE + "\n\n\nCHAPTER III\n\nJONATHAN HARKER'S JOURNAL\n\n" + PROSE
                        + "\n\nChapter 4\n\nIt rained.\n\n" + PROSE + "\n"));
    }

    @Test
    void aSentenceAfterAChapterLineIsNarratedNotTakenForItsTitle() {
        Manuscript m = parse("Chapter 1\n\nIt rained.\n\n" + PROSE + "\n\nChapter 2\n\n" + PROSE + "\n");
        assertEquals("It rained.", m.chapters().get(0).paragraphs().get(0).text());
    }

    @Test
    void aChapterLineAtTheTopOfABlockIsSplitFromItsText() {
        Manuscript m = parse("CHAPTER ONE\n" + PROSE + "\n\nCHAPTER TWO\n" + PROSE + "\n");
        assertEquals(List.of("CHAPTER ONE", "CHAPTER TWO"), m.chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of(PROSE, PROSE), firstParagraphs(m));
    }

    @Test
    void bareRomanAndArabicNumeralsThatCountUp() {
        assertEquals(List.of("Chapter I", "Chapter II", "Chapter III"), titles("I\n\n" + PROSE + "\n\nII\n\n" + PROSE + "\n\nIII.\n\n" + PROSE));
        assertEquals(List.of("Chapter 1", "Chapter 2"), titles("1.\n\n" + PROSE + "\n\n2.\n\n" + PROSE));
        assertEquals(List.of("I. A Scandal in Bohemia", "II. The Red-Headed League"),
                titles("I. A Scandal in Bohemia\n\n" + PROSE + "\n\nII. The Red-Headed League\n\n" + PROSE));
    }

    @Test
    void numbersThatStartAgainUnderTitledNumbersAreSections() {
        Manuscript m = parse("I. A SCANDAL IN BOHEMIA\n\n\nI.\n\n" + PROSE + "\n\nII.\n\n" + PROSE
                + "\n\n\nII. THE RED-HEADED LEAGUE\n\n\nI.\n\n" + PROSE + "\n\nII.\n\n" + PROSE + "\n");
        assertEquals(List.of("I. A SCANDAL IN BOHEMIA", "II. THE RED-HEADED LEAGUE"), titlesOf(m));
        for (Chapter c : m.chapters()) {
            assertEquals(List.of(false, true), c.paragraphs().stream().map(Paragraph::opensScene).toList());
        }
    }

    @Test
    void aLoneIInAPoemOrANumberOutOfSequenceIsText() {
        Manuscript poem = parse(PROSE + "\n\n    Who was it sang?\n    Not you.\n\nI\n\n" + PROSE + "\n\n7\n\n" + PROSE);
        assertTrue(poem.chapters().stream().flatMap(c -> c.paragraphs().stream()).anyMatch(p -> p.text().equals("I")));
        assertTrue(poem.chapters().stream().allMatch(c -> c.title().startsWith("Chapter ")));
    }

    @Test
    void centredAndAllCapsHeadingsWhenThereAreNoOthers() {
        String chapter = PROSE + "\n\n" + PROSE;
        assertEquals(List.of("The Crossing", "The Far Shore"),
                titles("                 The Crossing\n\n" + chapter + "\n\n                 The Far Shore\n\n" + chapter));
        assertEquals(List.of("THE FIRST WINTER", "THE THAW"),
                titles("THE FIRST WINTER\n\n" + chapter + "\n\nTHE THAW\n\n" + chapter));
    }

    @Test
    void shoutsAndSignsInCapitalsAreNotHeadings() {
        Manuscript m = parse(PROSE + "\n\n\u201CHOLD YOUR TONGUE!\u201D\n\n" + PROSE + "\n\nSTOP!\n\n" + PROSE
                + "\n\nNO ENTRY\n\nHe turned back.\n");
        assertTrue(m.chapters().stream().allMatch(c -> c.title().startsWith("Chapter ")), titlesOf(m).toString());
    }

    private static List<String> titlesOf(Manuscript m) {
        return m.chapters().stream().map(Chapter::title).toList();
    }

    @Test
    void aTitleLineAloneAtTheTopIsTheStorysTitle() {
        Manuscript m = parse("THE TELL-TALE HEART\n\n" + PROSE + "\n");
        assertEquals("THE TELL-TALE HEART", m.frontMatter());
        assertEquals(List.of("The Tell-Tale Heart"), titlesOf(m));
    }

    @Test
    void aChapterMarkerAloneAtTheTopStillOpensAChapter() {
        assertEquals(List.of("IV"), titles("# IV\n\n" + PROSE + "\n"));
        assertEquals(List.of("Chapter 1"), titles("Chapter 1\n\n" + PROSE + "\n"));
    }

    @Test
    void aTableOfContentsIsFrontMatterNotChapters() {
        String contents = "The Book\n\nContents\n\nChapter I. The Start\n\nChapter II. The End\n\n\n";
        Manuscript m = parse(contents + "Chapter I. The Start\n\n" + PROSE + "\n\nChapter II. The End\n\n" + PROSE);
        assertEquals(List.of("Chapter I. The Start", "Chapter II. The End"), titlesOf(m));
        assertTrue(m.frontMatter().contains("Contents"));
        Manuscript listed = parse("Contents\n\n Chapter 1\n Chapter 2\n\nChapter 1\n\n" + PROSE + "\n\nChapter 2\n\n" + PROSE);
        assertEquals(List.of("Chapter 1", "Chapter 2"), titlesOf(listed));
    }

    @Test
    void aNumberedListBetweenParagraphsIsText() {
        Manuscript m = parse(PROSE + "\n\n1. Buy milk\n\n2. Buy eggs\n\n3. Feed the cat\n\n" + PROSE + "\n");
        assertTrue(titlesOf(m).stream().allMatch(t -> t.startsWith("Chapter ")), titlesOf(m).toString());
        assertEquals(5, m.chapters().stream().mapToInt(c -> c.paragraphs().size()).sum());
    }

    @Test
    void aPartHeadingJoinsTheChapterBelowItAndTheEndIsRead() {
        Manuscript m = parse("PART ONE\n\nCHAPTER 1\n\n" + PROSE + "\n\nCHAPTER 2\n\n" + PROSE + "\n\nTHE END\n");
        assertEquals(List.of("PART ONE. CHAPTER 1", "CHAPTER 2"), titlesOf(m));
        List<Paragraph> last = m.chapters().get(1).paragraphs();
        assertEquals("THE END", last.get(last.size() - 1).text());
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void proseBeforeTheFirstHeadingIsAnOpeningChapter() {
        Manuscript m = parse("A Tale\n\nby Nobody\n\n" + PROSE + "\n\nChapter 1\n\n" + PROSE);
        assertEquals(List.of("Opening", "Chapter 1"), titlesOf(m));
        assertEquals("A Tale\n\nby Nobody", m.frontMatter());
    }

    @Test
    void sceneBreaksInsideAChapterOpenAScene() {
        Manuscript m = parse("# One\n\n" + PROSE + "\n\n* * *\n\n" + PROSE + "\n\n# Two\n\n***\n\n" + PROSE);
        assertEquals(2, m.chapters().size());
        List<Paragraph> first = m.chapters().get(0).paragraphs();
        assertFalse(first.get(0).opensScene());
        assertTrue(first.get(1).opensScene());
        assertFalse(m.chapters().get(1).paragraphs().get(0).opensScene());
    }

    @Test
    void sceneBreaksBecomeChaptersWhenThereAreNoHeadings() {
        Manuscript m = parse("It began.\n\n* * * * *\n\nIt went on.\n\n***\n\nIt ended.\n");
        assertEquals(List.of("Chapter One", "Chapter Two", "Chapter Three"), titlesOf(m));
        assertEquals(List.of("It began.", "It went on.", "It ended."), firstParagraphs(m));
    }

    @Test
    void oneParagraphPerLongLineAndIndentedParagraphs() {
        String line = PROSE + " " + PROSE;
        Manuscript unwrapped = parse(line + "\n\u201CYes.\u201D\n\u201CNo.\u201D\n" + line + "\n" + line + "\n");
        assertEquals(5, unwrapped.chapters().stream().mapToInt(c -> c.paragraphs().size()).sum());
        Manuscript indented = parse("    The wind rose over the moor and the rain came after it,\ncold and grey "
                + "and nobody went out that night at all.\n    In the morning the whole village was white with "
                + "snow,\nand the road to the town was closed for a week.\n");
        assertEquals(2, indented.chapters().get(0).paragraphs().size());
    }

    @Test
    void cueLinesAreNeverNarratedAndGoToTheNextParagraph() {
        Manuscript m = parse("[storm 0.8]\nThe boat sailed.\n\n[calm]\n\nThe sea lay still.\n");
        List<Paragraph> ps = m.chapters().get(0).paragraphs();
        assertEquals(List.of("storm 0.8"), ps.get(0).cues());
        assertEquals(List.of("calm"), ps.get(1).cues());
        assertEquals("The boat sailed. The sea lay still.", ps.get(0).text() + " " + ps.get(1).text());
    }
}
