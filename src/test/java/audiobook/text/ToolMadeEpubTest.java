package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EPUBs made by tools nobody on the team wrote, from {@code epub/keeper.md} and a 48×48 PNG
 * cover: pandoc 2.17 ({@code pandoc keeper.md --epub-cover-image=cover.png -o
 * keeper-pandoc-epub3.epub}, and {@code -t epub2}) and Calibre 6.13 ({@code ebook-convert keeper.md
 * keeper-calibre-epub2.epub --formatting-type markdown --title "The Keeper of Gull Rock" --authors
 * "Margaret Hale" --language en-GB --cover cover.png}, and {@code --epub-version 3}; Calibre keeps
 * only "en"). The files are kept so that the tests need neither tool. Each reads as the Markdown
 * it was made from, word for word, with the book's own title, author, language and cover, and
 * without its cover page, title page and footnote.
 */
class ToolMadeEpubTest {

    private static final Path FOLDER = Path.of("src/test/resources/epub");

    private static List<List<String>> paragraphs(Manuscript m) {
        return m.chapters().stream().map(c -> c.paragraphs().stream().map(Paragraph::text).toList()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "keeper-pandoc-epub3.epub  | en-GB | The Keeper of Gull Rock // Margaret Hale | cover (cover.xhtml), title page (title_page.xhtml), 1 note",
        "keeper-pandoc-epub2.epub  | en-GB | The Keeper of Gull Rock // Margaret Hale | cover (cover.xhtml), title page (title_page.xhtml), 1 note",
        "keeper-calibre-epub3.epub | en    | ''                                         | cover (titlepage.xhtml), 1 note",
        "keeper-calibre-epub2.epub | en    | ''                                         | cover (titlepage.xhtml), 1 note"})
    void readsAsTheMarkdownItWasMadeFrom(String name, String language, String frontMatter, String skipped) {
        Manuscript epub = StoryReader.read(FOLDER.resolve(name), new StoryParser(0));
        Manuscript markdown = StoryReader.read(FOLDER.resolve("keeper.md"), new StoryParser(0));
        assertEquals("The Keeper of Gull Rock", epub.info().title());
        assertEquals("Margaret Hale", epub.info().author());
        assertEquals(language, epub.info().language());
        assertEquals(List.of("Chapter I. The Light", "Chapter II. The Visitor", "Chapter III. The Storm",
                "Chapter IV. The Letter"), epub.chapters().stream().map(Chapter::title).toList());
        assertEquals(markdown.chapters().stream().map(Chapter::title).toList(),
                epub.chapters().stream().map(Chapter::title).toList());
        assertEquals(paragraphs(markdown), paragraphs(epub));
        assertEquals(markdown.chapters().stream().map(c -> c.paragraphs().stream().map(Paragraph::opensScene).toList())
                .toList(), epub.chapters().stream().map(c -> c.paragraphs().stream().map(Paragraph::opensScene).toList())
                .toList());
        assertEquals("image/png", epub.info().cover().mediaType());
        assertEquals(4530, epub.info().cover().bytes().length);
        assertEquals(frontMatter.replace(" // ", "\n\n"), epub.frontMatter());
        assertEquals(List.of(name + ": not narrated: " + skipped), epub.warnings());
        assertTrue(markdown.warnings().contains("keeper.md: not narrated: 1 footnote (line 23)"), markdown.warnings().toString());
    }
}
