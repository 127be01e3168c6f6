package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes public-domain books come in: title pages, excerpts, epigraphs, tales without headings. */
class RealBookShapesTest {

    private static final String PROSE = "The ship laboured in the heavy sea all that night, and the men held on to "
            + "whatever they could reach while the water came over the rail again and again.";

    private static Manuscript parse(String text) {
        return new StoryParser(0).parse(text, "s.txt");
    }

    private static List<String> titles(Manuscript m) {
        return m.chapters().stream().map(Chapter::title).toList();
    }

    private static String prose(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.toString().split(" ").length < words; i++) {
            s.append(i % 12 == 11 ? "\n\n" : " ").append(PROSE);
        }
        return s.toString().strip();
    }

    @Test
    void aTitlePageWithAByLineNamesTheBookInAnyCase() {
        assertEquals(new BookInfo("The Call of the Wild", "Jack London", null, null),
                parse("The Call of the Wild\n\nby Jack London\n\n\nChapter I\n\n" + PROSE + "\n").info());
        assertEquals(new BookInfo("Typhoon", "Joseph Conrad", null, null),
                parse("TYPHOON\nBY JOSEPH CONRAD\n\n\nII\n\n" + PROSE + "\n\nIII\n\n" + PROSE + "\n").info());
        assertEquals(new BookInfo("Frankenstein; or, the Modern Prometheus", "Mary Shelley", null, null),
                parse("Frankenstein;\n\nor, the Modern Prometheus\n\nby Mary Shelley\n\n\n" + PROSE + "\n").info());
        assertEquals(new BookInfo("A Christmas Carol in Prose, being a Ghost Story of Christmas", "Charles Dickens", null, null),
                parse("A CHRISTMAS CAROL\n\nIN PROSE\nBEING\nA Ghost Story of Christmas\n\nby Charles Dickens\n\n\n"
                        + PROSE + "\n").info(), "lines that go on from the one before join it as a phrase");
        assertEquals(new BookInfo("The Life and Adventures of Robinson Crusoe: Of York, Mariner", "Daniel Defoe", "en", null),
                parse("The Project Gutenberg eBook of Robinson Crusoe\n\nTitle: The Life and Adventures of Robinson Crusoe\n"
                        + "       Of York, Mariner\n\nAuthor: Daniel Defoe\n\nLanguage: English\n\n*** START OF THE PROJECT"
                        + " GUTENBERG EBOOK ROBINSON CRUSOE ***\n\nCHAPTER I\n\n" + PROSE + "\n").info(), "a title over two lines");
        assertEquals(new BookInfo("The Gift of the Magi", "O. Henry", null, null),
                parse("**The Project Gutenberg Etext of The Gift of the Magi, by O. Henry**\n\nCopyright laws are changing.\n\n"
                        + "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\nTHE GIFT OF THE MAGI\n\n" + PROSE
                        + "\n").info(), "an old header names the book in its first line");
        assertEquals(new BookInfo("Emma: A Novel", "Jane Austen", null, null), parse("EMMA\n\nA NOVEL\n\nIN THREE VOLUMES\n\n"
                + "BY JANE AUSTEN\n\nVOL. I.\n\n\nCHAPTER I\n\n" + PROSE + "\n").info(), "the volumes are the edition's");
        assertEquals(new BookInfo("Little Women; or, Meg, Jo, Beth and Amy", "Louisa May Alcott", null, null),
                parse("LITTLE WOMEN\n\nOR\n\nMEG, JO, BETH AND AMY\n\nBY\n\nLOUISA MAY ALCOTT\n\n\nCHAPTER I\n\n" + PROSE
                        + "\n").info(), "'OR' on a line of its own");
        assertEquals(new BookInfo("Dracula", "Bram Stoker", null, null),
                parse("DRACULA\n\nby\n\nBram Stoker\n\n\nCHAPTER I\n\n" + PROSE + "\n").info(), "'by' on a line of its own");
    }

    @Test
    void theTitlePageIsNeitherNarratedNorWarnedAbout() {
        Manuscript m = parse("TYPHOON\n\nBY JOSEPH CONRAD\n\n\nII\n\n" + PROSE + "\n\nIII\n\n" + PROSE + "\n");
        assertFalse(m.chapters().get(0).paragraphs().get(0).text().contains("CONRAD"));
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void aSentenceOnItsOwnLineIsNoTitle() {
        assertNull(parse("It rained.\n\nby the river the boats lay still, and " + PROSE + "\n").info().author());
    }

    @Test
    void bareNumeralsInSequenceFromAnyNumberAreChaptersNamedAsChapters() {
        assertEquals(List.of("Chapter II", "Chapter III"),
                titles(parse("II\n\n" + PROSE + "\n\nIII\n\n" + PROSE + "\n")));
        assertEquals(List.of("Chapter 7", "Chapter 8"), titles(parse("7.\n\n" + PROSE + "\n\n8.\n\n" + PROSE + "\n")));
        assertEquals(List.of("Chapter IV"), titles(parse("IV\n\n" + PROSE + "\n")), "one numeral opening an excerpt");
    }

    @Test
    void sectionNumbersUnderOneTitledChapterAreSceneBreaksAndTheContentsKeepsNothing() {
        // The Adventures of Sherlock Holmes: only the first adventure is in numbered parts.
        Manuscript m = parse("Contents\n\n   I.     A Scandal in Bohemia\n   II.    The Red-Headed League\n"
                + "   III.   A Case of Identity\n\n\nI. A SCANDAL IN BOHEMIA\n\n\nI.\n\n" + PROSE + "\n\n\nII.\n\n"
                + PROSE + "\n\n\nII. THE RED-HEADED LEAGUE\n\n" + PROSE + "\n\n\nIII. A CASE OF IDENTITY\n\n" + PROSE + "\n");
        assertEquals(List.of("I. A SCANDAL IN BOHEMIA", "II. THE RED-HEADED LEAGUE", "III. A CASE OF IDENTITY"), titles(m));
        assertEquals(2, m.chapters().get(0).paragraphs().stream().filter(p -> p.text().equals(PROSE)).count());
    }

    @Test
    void aHeadingIsShownWithoutTheTypistsMarks() {
        Manuscript m = parse("CHAPTER I\n\nJONATHAN HARKER'S JOURNAL\n\n" + PROSE + "\n\n\nCHAPTER II\n\n"
                + "JONATHAN HARKER'S JOURNAL--_continued_\n\n" + PROSE + "\n");
        assertEquals("CHAPTER II. JONATHAN HARKER'S JOURNAL\u2014continued", titles(m).get(1));
    }

    @Test
    void aSummaryInCapitalsUnderAChapterNumberIsItsTitle() {
        Manuscript m = parse("CHAPTER I.\n\nTHE INTRODUCTION TO THE WORK, OR BILL OF FARE TO THE FEAST, WITH A WORD\n"
                + "ON THE READER.\n\n" + PROSE + "\n\n\nCHAPTER II.\n\nA SHORT DESCRIPTION OF SQUIRE ALLWORTHY.\n\n" + PROSE + "\n");
        assertEquals(List.of("CHAPTER I. THE INTRODUCTION TO THE WORK, OR BILL OF FARE TO THE FEAST, WITH A WORD ON THE READER.",
                "CHAPTER II. A SHORT DESCRIPTION OF SQUIRE ALLWORTHY."), titles(m));
        assertTrue(m.chapters().get(0).paragraphs().get(0).text().startsWith(PROSE.substring(0, 20)));
    }

    @Test
    void aContentsListAfterAPrefaceIsNotReadInThePreface() {
        Manuscript m = parse("PREFACE\n\n" + PROSE + "\n\nC. D.\n\n\nCONTENTS\n\n  Stave   I: Marley's Ghost\n"
                + "  Stave  II: The First of the Three Spirits\n\n\nSTAVE I: MARLEY'S GHOST\n\n" + PROSE
                + "\n\n\nSTAVE II: THE FIRST OF THE THREE SPIRITS\n\n" + PROSE + "\n");
        assertEquals(List.of("PREFACE", "STAVE I: MARLEY'S GHOST", "STAVE II: THE FIRST OF THE THREE SPIRITS"), titles(m));
        assertEquals(List.of(PROSE, "C. D."), m.chapters().get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(m.frontMatter().contains("Marley's Ghost"), m.frontMatter());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("CONTENTS")), m.warnings().toString());
    }

    @Test
    void footnotesAreNotReadInTheStoryAndTheWarningCountsThem() {
        Manuscript m = parse("CHAPTER I\n\nIt was the best of times,[1] it was the worst of times; the year[A] was\n\n"
                + "[Footnote 1: A famous opening,\nover two lines [with brackets].]\n\nwet and cold.\n\n" + PROSE + "\n\n"
                + "FOOTNOTES:\n\n[A] The year of the flood.\n\n[2] Another note.\n\n\nCHAPTER II\n\n" + PROSE + "\n");
        String first = m.chapters().get(0).paragraphs().stream().map(Paragraph::text).reduce("", String::concat);
        assertFalse(first.contains("Footnote") || first.contains("FOOTNOTES") || first.contains("flood"), first);
        assertTrue(first.contains("the year[A] was wet and cold."), "the paragraph a note interrupts stays whole: " + first);
        assertEquals(List.of("CHAPTER I", "CHAPTER II"), titles(m));
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("3 footnotes are not narrated")), m.warnings().toString());
    }

    @Test
    void aBookNumberedInWordsWithADoubleHyphenAndItsTitle() {
        String text = "Book the First--Recalled to Life\n\nI. The Period\n\n" + PROSE + "\n\nII. The Mail\n\n" + PROSE
                + "\n\nBook the Second--the Golden Thread\n\nI. Five Years Later\n\n" + PROSE + "\n\nII. A Sight\n\n" + PROSE + "\n";
        assertEquals(List.of("Book the First\u2014Recalled to Life. I. The Period", "II. The Mail",
                "Book the Second\u2014the Golden Thread. I. Five Years Later", "II. A Sight"), titles(parse(text)));
    }

    @Test
    void transcribersNotesAndWhatFollowsTheEndAreNotNarratedButWarned() {
        Manuscript m = parse("THE OLD MILL\n\nBy A. N. Other\n\nTranscriber's Note: Obvious typographical errors have been "
                + "corrected, and inconsistent hyphenation has been retained as printed.\n\nCHAPTER ONE\n\n" + PROSE
                + "\n\nCHAPTER TWO\n\n" + PROSE + "\n\nTHE END\n\nTranscriber's Notes:\n\nPage 12, \"recieve\" changed.\n\n"
                + "INDEX\n\nMill, the, 4, 12, 40\n");
        assertEquals(List.of("CHAPTER ONE", "CHAPTER TWO"), titles(m));
        assertEquals(List.of(PROSE, "THE END"), m.chapters().get(1).paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("words of notes and back matter are not narrated")
                && w.contains("Transcriber's Note: Obvious")), m.warnings().toString());
    }

    @Test
    void aTaleAfterAnEarlierTalesEndIsStillTheStory() {
        Manuscript m = parse("CHAPTER ONE\n\n" + PROSE + "\n\nTHE END\n\n" + PROSE + " " + PROSE + "\n\n\"The End.\"\n\n" + PROSE + "\n");
        List<String> read = m.chapters().get(0).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(PROSE, "THE END", PROSE + " " + PROSE, "\"The End.\"", PROSE), read,
                "an ending followed by more story than back matter, and a quoted 'The End.', keep all");
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void chaptersNumberedInWordsAloneOrOrdinalFirst() {
        assertEquals(List.of("ONE", "TWO", "THREE"), titles(parse("ONE\n\n" + PROSE + "\n\nTWO\n\n" + PROSE + "\n\nTHREE\n\n" + PROSE)));
        assertEquals(List.of("Twenty-One: The Storm", "Twenty-Two: The Calm", "Twenty-Three: Home"), titles(parse(
                "Twenty-One: The Storm\n\n" + PROSE + "\n\nTwenty-Two: The Calm\n\n" + PROSE + "\n\nTwenty-Three: Home\n\n" + PROSE)));
        assertEquals(List.of("The First Chapter", "The Second Chapter"), titles(parse(
                "The First Chapter\n\n" + PROSE + "\n\nThe Second Chapter\n\n" + PROSE)));
        assertEquals(List.of("First Book.\u2014The Flight", "Second Book.\u2014The Chase"), titles(parse(
                "First Book.--The Flight\n\n" + PROSE + "\n\nSecond Book.--The Chase\n\n" + PROSE)));
    }

    @Test
    void aNumberWordSaidAloneIsNotAHeading() {
        Manuscript m = parse("CHAPTER I\n\n" + PROSE + "\n\nOne.\n\n" + PROSE + "\n\nCHAPTER II\n\n" + PROSE + "\n\nTwo.\n\n" + PROSE);
        assertEquals(List.of("CHAPTER I", "CHAPTER II"), titles(m), "two words alone, not from one, make no series");
    }

    @Test
    void aHeadingOfOnlyAFootnoteMarkIsNamedByItsNumber() {
        Manuscript m = parse(PROSE + "\n\n[2]\n---\n\n" + PROSE + "\n");
        assertEquals(List.of("Opening", "Chapter Two"), titles(m));
    }

    @Test
    void aContentsOfTitledEntriesOverBareChapterNumbersKeepsTheChapters() {
        Manuscript m = parse("CONTENTS\n\nI. The Storm\n\nII. The Calm\n\n\nI.\n\n" + PROSE + "\n\n\nII.\n\n" + PROSE + "\n");
        assertEquals(List.of("Chapter I", "Chapter II"), titles(m));
    }

    @Test
    void chaptersNumberedAgainInEachPartCarryThePart() {
        Manuscript m = parse("BOOK ONE\n\n\nCHAPTER I\n\n" + PROSE + "\n\n\nCHAPTER II\n\n" + PROSE + "\n\n\nBOOK TWO\n\n\n"
                + "CHAPTER I\n\n" + PROSE + "\n\n\nCHAPTER II\n\n" + PROSE + "\n\n\nCHAPTER III\n\n" + PROSE + "\n");
        assertEquals(List.of("BOOK ONE. CHAPTER I", "BOOK ONE. CHAPTER II", "BOOK TWO. CHAPTER I", "BOOK TWO. CHAPTER II",
                "BOOK TWO. CHAPTER III"), titles(m));
        assertEquals(List.of("BOOK ONE. CHAPTER I", "CHAPTER II", "CHAPTER III"),
                titles(parse("BOOK ONE\n\n\nCHAPTER I\n\n" + PROSE + "\n\n\nCHAPTER II\n\n" + PROSE + "\n\n\nCHAPTER III\n\n"
                        + PROSE + "\n")), "numbers that do not start again need no part");
    }

    @Test
    void aLoneNumeralInsideTheTextIsNarrated() {
        Manuscript m = parse(PROSE + "\n\nI\n\n" + PROSE + "\n");
        assertEquals(1, m.chapters().size());
        assertTrue(m.chapters().get(0).paragraphs().stream().anyMatch(p -> p.text().equals("I")));
    }

    @Test
    void aTaleWithoutHeadingsStaysOneChapterNamedForItUnlessItIsLong() {
        Manuscript tale = parse("A DESCENT INTO THE MAELSTR\u00D6M\n\n" + prose(3000) + "\n");
        assertEquals(List.of("A Descent into the Maelstr\u00F6m"), titles(tale));
        Manuscript novel = parse(prose(20_000) + "\n");
        assertTrue(novel.chapters().size() >= 3, titles(novel).toString());
        assertTrue(titles(novel).stream().allMatch(t -> t.startsWith("Part ")), titles(novel).toString());
    }

    @Test
    void aShortTaleToldInMovementsIsGivenAsItsParts() {
        Manuscript m = parse(prose(300) + "\n\nOne day, a storm rolled in over the hills. " + prose(300) + "\n");
        assertEquals(List.of("Part One", "Part Two"), titles(m));
        assertTrue(m.chapters().get(1).paragraphs().get(0).text().startsWith("One day, a storm"));
    }

    @Test
    void aTextWithoutParagraphsIsCutAtSentencesNearTheTarget() {
        String oneParagraph = prose(20_000).replace("\n\n", " ");
        Manuscript m = new StoryParser(2000).parse(oneParagraph + "\n", "s.txt");
        assertTrue(m.chapters().size() >= 8, titles(m).toString());
        m.chapters().forEach(c -> assertTrue(c.wordCount() <= 3000, c.title() + " " + c.wordCount()));
        assertEquals(Words.of(oneParagraph), m.chapters().stream().flatMap(c -> c.paragraphs().stream())
                .flatMap(p -> Words.of(p.text()).stream()).toList());
    }

    @Test
    void aChapterOverTwoHoursIsReadInPartsWithAWarning() {
        Manuscript m = parse("Chapter 1\n\n" + prose(20_000) + "\n\nChapter 2\n\n" + PROSE + "\n");
        assertTrue(titles(m).contains("Chapter 1, part 2"), titles(m).toString());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("over two hours")), m.warnings().toString());
    }

    @Test
    void shortOpeningProseIsNarratedAndUnreadFrontMatterNamed() {
        Manuscript m = parse("It was a bright cold day. The clocks were striking.\n\nChapter 2\n\n" + PROSE + "\n");
        assertEquals(List.of("Opening", "Chapter 2"), titles(m));
        Manuscript contents = parse("Contents\n\nChapter 1\nChapter 2\n\n\nChapter 1\n\n" + PROSE + "\n\nChapter 2\n\n"
                + PROSE + "\n");
        assertTrue(contents.warnings().stream().anyMatch(w -> w.contains("not narrated (\"Contents")),
                contents.warnings().toString());
    }

    @Test
    void epigraphsAreTheNarratorsAndVerseKeepsItsLines() {
        Manuscript m = parse("Chapter I\n\n\u201COld longings nomadic leap,\nChafing at custom\u2019s chain;\n"
                + "Again from its brumal sleep\nWakens the ferine strain.\u201D\n\n" + PROSE + "\n\nChapter II\n\n"
                + "    The ways of God in Nature are not as our ways.\n\n    \u2014Joseph Glanville.\n\n" + PROSE + "\n");
        Paragraph verse = m.chapters().get(0).paragraphs().get(0);
        assertTrue(verse.epigraph());
        assertEquals(4, verse.sentences().size());
        assertEquals(List.of(true, true, false), m.chapters().get(1).paragraphs().stream().map(Paragraph::epigraph).toList());
        assertFalse(m.chapters().get(0).paragraphs().get(1).epigraph());
    }
}
