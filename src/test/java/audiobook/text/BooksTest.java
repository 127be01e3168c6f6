package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Excerpts laid out as Project Gutenberg publishes them (public-domain texts). */
class BooksTest {

    private static Manuscript read(String name) {
        return StoryReader.read(Path.of("src/test/resources/books", name), new StoryParser(0));
    }

    private static List<String> titles(Manuscript m) {
        return m.chapters().stream().map(Chapter::title).toList();
    }

    private static String narrated(Manuscript m) {
        return String.join("\n", m.chapters().stream().flatMap(c -> c.paragraphs().stream()).map(Paragraph::text).toList());
    }

    @Test
    void aliceLosesTheGutenbergFrameTheContentsAndTheIllustrationsButNotTheStory() {
        Manuscript m = read("alice-gutenberg.txt");
        assertEquals(List.of("CHAPTER I. Down the Rabbit-Hole", "CHAPTER II. The Pool of Tears",
                "CHAPTER III. A Caucus-Race and a Long Tale"), titles(m));
        assertTrue(m.frontMatter().startsWith("Alice\u2019s Adventures in Wonderland\n\nby Lewis Carroll"), m.frontMatter());
        String text = narrated(m);
        assertFalse(text.contains("Gutenberg") || text.contains("Illustration") || text.contains("Updated editions"));
        assertTrue(text.startsWith("Alice was beginning to get very tired"));
        assertTrue(text.endsWith("THE END"));
        assertTrue(text.contains("\nI\n"), "the lone I after the poem is narrated, not a heading");
        assertEquals(List.of("alice-gutenberg.txt: 21 words before the story are not narrated (\"Contents / CHAPTER I. "
                + "Down the Rabbit-Hole CHAPTER II. Th...\"); --include-front-matter reads them"), m.warnings());
        assertEquals(new BookInfo("Alice's Adventures in Wonderland", "Lewis Carroll", "en", null), m.info());
    }

    @Test
    void sceneBreaksAtTheEndOfAChapterOpenNoScene() {
        Manuscript m = read("alice-gutenberg.txt");
        List<Paragraph> first = m.chapters().get(0).paragraphs();
        assertTrue(first.stream().filter(Paragraph::opensScene).count() == 1
                && first.stream().filter(Paragraph::opensScene).findFirst().get().text().startsWith("\u201CWhat a curious"));
        assertFalse(m.chapters().get(1).paragraphs().get(0).opensScene());
    }

    @Test
    void prideKeepsAParagraphThatAnIllustrationInterrupts() {
        Manuscript m = read("pride-gutenberg.txt");
        assertEquals(List.of("CHAPTER I.", "CHAPTER II."), titles(m));
        assertEquals("PRIDE. and PREJUDICE\n\nby Jane Austen,", m.frontMatter());
        String text = narrated(m);
        assertFalse(text.contains("Copyright") || text.contains("Illustration") || text.contains("GEORGE ALLEN"));
        assertTrue(text.contains("starting the idea of his being gone to London"));
    }

    @Test
    void mobyDickListsItsChaptersOneABlockWithLongTitlesAndAnEpilogue() {
        Manuscript m = read("moby-gutenberg.txt");
        assertEquals(List.of("Opening", "CHAPTER 1. Loomings.", "CHAPTER 2. The Carpet-Bag.",
                "CHAPTER 3. Of the Less Erroneous Pictures of Whales, and the True Pictures of Whaling Scenes.",
                "Epilogue"), titles(m));
        assertTrue(m.frontMatter().contains("CONTENTS") && m.frontMatter().contains("Pictures of Whaling Scenes."));
        assertTrue(m.chapters().get(0).paragraphs().get(0).text().startsWith("This text is a combination"));
        assertTrue(m.chapters().get(4).paragraphs().get(0).text().startsWith("\u201CAND I ONLY AM ESCAPED"));
    }

    @Test
    void frankensteinHasLettersThenChaptersAndItsContentsListInTheFrontMatter() {
        Manuscript m = read("frankenstein-excerpt.txt");
        assertEquals(List.of("Letter 1", "Letter 2", "Chapter 1", "Chapter 2"), titles(m));
        assertTrue(m.frontMatter().contains("CONTENTS"));
        assertTrue(narrated(m).contains("St. Petersburgh, Dec. 11th, 17\u2014."));
    }
}
