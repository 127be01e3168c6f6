package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown read as Markdown: one test a rule. */
class MarkdownReaderTest {

    static final String P1 = "The lamp was lit at dusk, as it had been every night for a hundred years, and the keeper"
            + " climbed the stair with his oil can.";
    static final String P2 = "Below him the sea turned over in its sleep, and the gulls went quiet on the rocks.";

    @TempDir
    Path dir;

    private static Manuscript read(String markdown) {
        return MarkdownReader.read(markdown, "story.md", new StoryParser(0));
    }

    private static List<String> titles(Manuscript m) {
        return m.chapters().stream().map(Chapter::title).toList();
    }

    private static List<String> paragraphs(Manuscript m) {
        return m.chapters().stream().flatMap(c -> c.paragraphs().stream()).map(Paragraph::text).toList();
    }

    private static String narrated(Manuscript m) {
        return String.join("\n", paragraphs(m));
    }

    @Test
    void theFileIsReadAsMarkdownByItsExtension() throws IOException {
        for (String name : List.of("story.md", "story.markdown", "STORY.MD")) {
            Path file = Files.writeString(dir.resolve(name), "# The Lamp\n\n*" + P1 + "*\n");
            Manuscript m = StoryReader.read(file, new StoryParser(0));
            assertEquals("The Lamp", m.info().title(), name);
            assertEquals(List.of(P1), paragraphs(m), name);
        }
        Path text = Files.writeString(dir.resolve("story.txt"), "# The Lamp\n\n*" + P1 + "*\n");
        assertEquals("*" + P1 + "*", paragraphs(StoryReader.read(text, new StoryParser(0))).get(0), "a .txt is text");
    }

    @Test
    void headingsGiveChaptersAndTheFirstLevelOneHeadingNamesTheBook() {
        Manuscript m = read("# The Lantern\n\n## The Lamp\n\n" + P1 + "\n\n## The Sea\n\n" + P2 + "\n");
        assertEquals("The Lantern", m.info().title());
        assertEquals(List.of("The Lamp", "The Sea"), titles(m));
        assertEquals(List.of(P1, P2), paragraphs(m));
    }

    @Test
    void theTitleMayHaveTextUnderItBeforeTheFirstChapter() {
        Manuscript m = read("The Lantern\n===========\n\nby Ann Lee\n\nWith drawings by Bo Ek\n\n## The Lamp\n\n" + P1
                + "\n\n## The Sea\n\n" + P2);
        assertEquals("The Lantern", m.info().title());
        assertEquals("Ann Lee", m.info().author());
        assertEquals(List.of("The Lamp", "The Sea"), titles(m), "the title is not a chapter");
        assertEquals("With drawings by Bo Ek", m.frontMatter());
    }

    @Test
    void aTitleThatIsTheOnlyHeadingNamesTheBookAndTheTextIsChapteredAsUsual() {
        Manuscript m = read("# The Lantern\n\n" + P1 + "\n\n" + P2 + "\n");
        assertEquals("The Lantern", m.info().title());
        assertFalse(titles(m).contains("The Lantern"), titles(m).toString());
        assertEquals(List.of(P1, P2), paragraphs(m));
    }

    @Test
    void severalLevelOneHeadingsAreChapters() {
        Manuscript m = read("# The Lamp\n\n" + P1 + "\n\n# The Sea\n\n" + P2 + "\n");
        assertNull(m.info().title());
        assertEquals(List.of("The Lamp", "The Sea"), titles(m));
    }

    @Test
    void yamlFrontMatterNamesTheBookItsAuthorsAndLanguageAndWinsOverTheHeading() {
        Manuscript m = read("---\ntitle: \"The Lantern: A Tale\"\nauthor:\n  - Ann Lee\n  - Bo Ek\nlanguage: en-GB\n---\n\n"
                + "# Lantern\n\n## The Lamp\n\n" + P1 + "\n");
        assertEquals("The Lantern: A Tale", m.info().title());
        assertEquals("Ann Lee and Bo Ek", m.info().author());
        assertEquals("en-GB", m.info().language());
        assertEquals(List.of("The Lamp"), titles(m));
        assertFalse(narrated(m).contains("title") || narrated(m).contains("---"));
    }

    @Test
    void pandocsTitleBlockNamesTheBookAndItsAuthors() {
        Manuscript m = read("% The Lantern Keeper\n% Ann Lee; Bo Ek\n% 2024\n\n# The Lamp\n\n" + P1 + "\n\n# The Sea\n\n" + P2 + "\n");
        assertEquals("The Lantern Keeper", m.info().title());
        assertEquals("Ann Lee and Bo Ek", m.info().author());
        assertEquals(List.of("The Lamp", "The Sea"), titles(m));
        assertEquals(P1 + "\n" + P2, narrated(m));
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void aByLineUnderTheTitleHeadingNamesTheAuthorAndIsNotRead() {
        Manuscript m = read("The Lantern Keeper\n==================\n\nby Ann Lee\n\nThe Lamp\n--------\n\n" + P1 + "\n");
        assertEquals("The Lantern Keeper", m.info().title());
        assertEquals("Ann Lee", m.info().author());
        assertEquals(P1, narrated(m));
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void emphasisMarksVanishAndInlineCodeIsRead() {
        Manuscript m = read("The *lamp* was __lit__ at ~~noon~~ dusk by `Keeper_2` and ***all*** of them.\n");
        assertEquals(List.of("The lamp was lit at noon dusk by Keeper_2 and all of them."), paragraphs(m));
    }

    @Test
    void linksAreReadByTheirTextNeverTheirAddress() {
        Manuscript m = read("See [the map](https://example.com/map.png \"Map\") and [the chart][c], or write to "
                + "<keeper@example.com> at <https://example.com>.\n\n[c]: https://example.com/chart\n");
        assertEquals(List.of("See the map and the chart, or write to at."), paragraphs(m));
        assertFalse(narrated(m).contains("example") || narrated(m).contains("https"));
    }

    @Test
    void imagesAreNotReadAndTheWarningSaysWhere() {
        Manuscript m = read(P1 + "\n\n![A map of the island](map.png)\n\nThe gull ![gull](g.png) flew.\n");
        assertEquals(List.of(P1, "The gull flew."), paragraphs(m));
        assertTrue(m.warnings().contains("story.md: not narrated: 2 images (lines 3, 5)"), m.warnings().toString());
    }

    @Test
    void htmlCommentsAndTagsAreNeverRead() {
        Manuscript m = read("<!-- TODO: rewrite this paragraph -->\n\n" + P1 + " <!-- a note --> <span class=\"x\">Kept"
                + "</span> words.<br>\n\n<div align=\"center\">\n<p>Centred text.</p>\n<script>alert(1)</script>\n</div>\n\n"
                + "<!--\nA long comment\nover lines\n-->\n");
        assertEquals(List.of(P1 + " Kept words.", "Centred text."), paragraphs(m));
    }

    @Test
    void codeBlocksTablesAndFootnotesAreSkippedWithOneWarningNamingThem() {
        Manuscript m = read(P1 + "[^1]\n\n```\nprint(1)\n```\n\n    indented code\n\n| Tide | Time |\n|---|---|\n| high | 6 |\n\n"
                + P2 + "^[an inline note]\n\n[^1]: The lamp was oil until 1921.\n");
        assertEquals(List.of(P1, P2), paragraphs(m));
        assertEquals("story.md: not narrated: 2 code blocks (lines 3, 7), 1 table (line 9), 2 footnotes (lines 13, 15)",
                m.warnings().get(0));
    }

    @Test
    void blockQuotesAndListsAreReadAsProse() {
        Manuscript m = read(P1 + "\n\n> The sea was calm.\n> It slept.\n\n- One lamp.\n- Two boats,\n  and a gull.\n\n"
                + "1. First the oil.\n2. Then the wick.\n\n* Nested:\n  * a rope.\n");
        assertEquals(List.of(P1, "The sea was calm. It slept.", "One lamp.", "Two boats, and a gull.", "First the oil.",
                "Then the wick.", "Nested:", "a rope."), paragraphs(m));
    }

    @Test
    void thematicBreaksAreSceneBreaksAndCueLinesStillWork() {
        Manuscript m = read("## The Lamp\n\n" + P1 + "\n\n---\n\n[storm 0.8]\n" + P2 + "\n\n***\n\nThe end came quietly.\n"
                + "\n## The Sea\n\n" + P2 + "\n");
        List<Paragraph> ps = m.chapters().get(0).paragraphs();
        assertEquals(List.of(P1, P2, "The end came quietly."), ps.stream().map(Paragraph::text).toList());
        assertEquals(List.of(false, true, true), ps.stream().map(Paragraph::opensScene).toList());
        assertEquals(List.of("storm 0.8"), ps.get(1).cues());
    }

    @Test
    void aHardWrappedParagraphIsOneParagraph() {
        String wrapped = P1.replace(", and ", ",\nand ").replace("a hundred", "a\nhundred");
        assertEquals(List.of(P1), paragraphs(read(wrapped + "\n")));
    }

    @Test
    void theIssuesExampleReadsCleanly() {
        Manuscript m = read("# The Island\n\n<!-- TODO: rewrite this paragraph -->\n\nThey studied [the map](https://"
                + "example.com/map.png) by lamplight, turning it this way and that while the wind pulled at the old shutters. "
                + "![map](map.png)\n\n## Landfall\n\n" + P1 + "\n");
        assertEquals("The Island", m.info().title());
        assertEquals(List.of("Opening", "Landfall"), titles(m));
        assertEquals("They studied the map by lamplight, turning it this way and that while the wind pulled at the "
                + "old shutters.", paragraphs(m).get(0));
        assertFalse(narrated(m).contains("TODO") || narrated(m).contains("https") || narrated(m).contains("png"));
    }

    @Test
    void aDocumentWithNothingToReadIsRefused() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> read("<!-- only -->\n\n```\ncode\n```\n"));
        assertEquals("story.md: holds no text to narrate (1 code block (line 3) only)", e.getMessage());
    }

    @Test
    void everyWordOfPlainParagraphsIsNarratedOnceInOrder() {
        StringBuilder md = new StringBuilder("# Book\n\n");
        java.util.Random random = new java.util.Random(3);
        String[] words = {"lamp", "sea", "keeper", "\u201Cgull,\u201D", "tide.", "Rock", "oil;", "night", "(stair)",
            "3", "\u2014", "isn't", "A.", "Mr.", "...", "storm!", "1971."};
        StringBuilder expected = new StringBuilder();
        for (int p = 0; p < 80; p++) {
            if (p % 20 == 0) {
                md.append("## Part ").append(p / 20 + 1).append("\n\n");
            }
            StringBuilder para = new StringBuilder("Then");
            for (int w = 0; w < 5 + random.nextInt(60); w++) {
                para.append(w % 9 == 8 ? "\n" : " ").append(words[random.nextInt(words.length)]);
            }
            para.append(" end.");
            md.append(para).append("\n\n");
            expected.append(para).append(' ');
        }
        Manuscript m = read(md.toString());
        assertEquals(Words.of(expected.toString()), Words.of(narrated(m)));
    }
}
