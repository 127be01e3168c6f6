package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.testing.Chromium;
import audiobook.testing.Epubs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed story built by the real jar with {@code --format epub}: read along in headless Chromium, and as an EPUB. */
class ReadAlongIT {

    private static final Path SEED = Path.of("seeds/jasper-and-rusty.txt").toAbsolutePath();

    @TempDir
    static Path dir;

    static Path book;
    static JarRunner.Result built;

    @BeforeAll
    static void build() throws Exception {
        book = dir.resolve("book");
        built = new JarRunner(dir).run("build", SEED.toString(), "-o", book.toString(), "--quiet", "--format", "epub",
                "--profile", "immersive");
    }

    @Test
    void theBuildWritesTheReadAlongPage() {
        assertEquals(0, built.exit(), built.err());
        assertTrue(Files.isRegularFile(book.resolve("index.html")));
    }

    /** The test: at 65 s of chapter 2 exactly one element is marked, the manifest's sentence. */
    @Test
    void atSixtyFiveSecondsOfChapterTwoTheManifestsSentenceIsMarked() throws Exception {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        BookManifest.SegmentEntry spoken = Chromium.spokenAt(manifest.chapters().get(1).segments(), 65_000);
        Chromium.Page page = Chromium.load(book.resolve("index.html"), "chapter=2&t=65", dir.resolve("profile"), 5000);
        assertEquals(List.of(spoken.text()), page.current());
        assertEquals(List.of(), page.console());
        String mp3 = manifest.chapters().get(1).mp3();
        assertTrue(mp3 != null && mp3.endsWith(".mp3"), "--format epub encodes the MP3s: " + mp3);
        assertEquals(mp3.replace(" ", "%20"), page.attribute("audio", "src"), "the page plays the MP3 the manifest lists");
    }

    /** The test: epubcheck passes, and there is one par per segment at the manifest's times. */
    @Test
    void theEpubPassesEpubcheckAndItsClipsAreTheManifests() throws Exception {
        assertEquals(0, built.exit(), built.err());
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        Path epub = book.resolve("jasper-and-rusty.epub");
        assertTrue(Files.isRegularFile(epub), "the EPUB is written");
        Epubs.assertOverlaysMatch(epub, manifest, 10);
        assertTrue(Epubs.entry(epub, "EPUB/package.opf").contains("properties=\"cover-image\""), "with the book's cover");
        assumeTrue(Epubs.epubcheckAvailable(), Epubs.MISSING);
        Epubs.Check check = Epubs.epubcheck(epub);
        assertTrue(check.clean(), check.output());
    }
}
