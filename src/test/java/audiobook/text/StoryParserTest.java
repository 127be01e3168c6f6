package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryParserTest {

    private static final Path SEED = Path.of("seeds/jasper-and-rusty.txt");

    @Test
    void seedLeavesOutTheOpeningNoteAndKeepsEveryWordInOrder() {
        String text = StoryReader.decode(SEED);
        Manuscript m = new StoryParser(0).parse(text, "seed");
        assertTrue(m.frontMatter().startsWith("Okay, here"));
        String story = text.substring(text.indexOf("---") + 3);
        List<String> narrated = m.chapters().stream().flatMap(c -> c.paragraphs().stream())
                .flatMap(p -> Words.of(p.text()).stream()).toList();
        assertEquals(Words.of(story), narrated);
    }

    @Test
    void seedSplitsIntoTwoToFourChaptersWithTheStormOpeningOne() {
        Manuscript m = StoryReader.read(SEED, new StoryParser(0));
        assertTrue(m.chapters().size() >= 2 && m.chapters().size() <= 4, "chapters: " + m.chapters().size());
        assertTrue(m.chapters().stream().anyMatch(c -> c.paragraphs().get(0).text().startsWith("One day, a storm")));
        assertEquals("Part One", m.chapters().get(0).title());
    }

    @Test
    void warnsWhenTheTextEndsMidSentence() {
        Manuscript m = StoryReader.read(SEED, new StoryParser(0));
        assertEquals(2, m.warnings().size(), m.warnings().toString());
        assertTrue(m.warnings().get(0).contains("42 words before the story are not narrated (\"Okay, here"));
        assertTrue(m.warnings().get(1).contains("mid-sentence"));
    }

    @Test
    void chaptersFromHeadingsWithTheirTitles() {
        Manuscript m = new StoryParser(0).parse(
                "# The Call\n\nBuck did not read.\n\n# The Law\n\nHe was beaten.\n", "s");
        assertEquals(List.of("The Call", "The Law"), m.chapters().stream().map(Chapter::title).toList());
        assertEquals("", m.frontMatter());
    }

    @Test
    void chapterLinesAndBareRomanNumeralsAreHeadings() {
        Manuscript m = new StoryParser(0).parse(
                "CHAPTER I. Into the Primitive\n\nBuck lived.\n\nII\n\nThe sea rose.\n", "s");
        assertEquals(List.of("CHAPTER I. Into the Primitive", "Chapter II"), m.chapters().stream().map(Chapter::title).toList());
    }

    @Test
    void sceneBreaksBecomeChaptersWhenThereAreNoHeadings() {
        Manuscript m = new StoryParser(0).parse("It began.\n\n* * *\n\nIt went on.\n\n***\n\nIt ended.\n", "s");
        assertEquals(3, m.chapters().size());
        assertFalse(m.chapters().get(0).paragraphs().isEmpty());
    }
}
