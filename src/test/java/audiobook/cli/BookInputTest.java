package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUB and Markdown through the command line: {@code plan} and {@code build} take them as they take text. */
class BookInputTest {

    private static final Path BOOKS = Path.of("src/test/resources/epub");

    @TempDir
    Path dir;

    @Test
    void planShowsAnEpubsOwnTitleAuthorAndChaptersAndWhatIsNotNarrated() {
        for (String name : List.of("keeper-pandoc-epub3.epub", "keeper-pandoc-epub2.epub", "keeper-calibre-epub2.epub")) {
            Cli result = Cli.run(new TestHost(), "plan", BOOKS.resolve(name).toString());
            assertEquals(0, result.exit(), result.toString());
            assertTrue(result.out().startsWith("The Keeper of Gull Rock, by Margaret Hale: 4 chapters, 479 words"),
                    result.toString());
            List<String> titles = List.of("Chapter I. The Light", "Chapter II. The Visitor", "Chapter III. The Storm",
                    "Chapter IV. The Letter");
            for (int i = 0; i < titles.size(); i++) {
                assertTrue(result.out().contains("\nChapter " + (i + 1) + ": " + titles.get(i) + "\n"), titles.get(i));
            }
            assertTrue(result.err().startsWith("warning: " + name + ": not narrated: cover ("), result.toString());
        }
    }

    @Test
    void planJsonOfMarkdownTakesTheTitleAndAuthorFromTheFrontMatter() throws IOException {
        Cli result = Cli.run(new TestHost(), "plan", "--json", BOOKS.resolve("keeper.md").toString());
        assertEquals(0, result.exit(), result.toString());
        JsonNode plan = new ObjectMapper().readTree(result.out());
        assertEquals("The Keeper of Gull Rock", plan.get("title").asText());
        assertEquals("Margaret Hale", plan.get("author").asText());
        assertEquals("the-keeper-of-gull-rock", plan.get("slug").asText());
        assertEquals(4, plan.get("chapters").size());
        assertTrue(result.out().indexOf("http") < 0 && result.out().indexOf("[^1]") < 0);
    }

    @Test
    void theOptionsStillWinOverTheBook() {
        Cli result = Cli.run(new TestHost(), "plan", BOOKS.resolve("keeper-pandoc-epub3.epub").toString(),
                "--title", "Gull Rock", "--author", "M. Hale");
        assertTrue(result.out().startsWith("Gull Rock, by M. Hale: "), result.toString());
    }

    @Test
    void aBrokenEpubIsExitTwoWithOneLineNamingIt() throws IOException {
        Path notZip = Files.writeString(dir.resolve("story.epub"), "Once upon a time.");
        for (String[] args : List.of(new String[] {"plan", notZip.toString()},
                new String[] {"build", notZip.toString(), "-o", dir.resolve("out").toString()})) {
            Cli result = Cli.run(new TestHost(), args);
            assertEquals(2, result.exit(), result.toString());
            assertEquals(1, result.errLines(), result.toString());
            assertTrue(result.err().contains("story.epub: is not an EPUB: not a zip archive"), result.toString());
        }
        assertTrue(Files.notExists(dir.resolve("out")) || isEmpty(dir.resolve("out")));
    }

    @Test
    void buildMakesTheEpubsChapters() throws IOException {
        Path out = dir.resolve("book");
        Cli result = Cli.run(new TestHost(), "build", BOOKS.resolve("keeper-calibre-epub3.epub").toString(), "-o",
                out.toString(), "--chapter", "2", "--soundscape", "none", "-q");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(Files.exists(out.resolve("02 Chapter II. The Visitor.wav")), result.toString());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"The Keeper of Gull Rock\"") && manifest.contains("Margaret Hale"), manifest);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
