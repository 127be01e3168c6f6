package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --format} and {@code --cover}: mistakes are caught before any work, in one line. */
class FormatOptionsTest {

    private static final String SEED = "seeds/jasper-and-rusty.txt";

    @TempDir
    Path dir;

    @Test
    void anUnknownFormatIsExitTwoListingTheKnownOnes() {
        Path book = dir.resolve("book");
        Cli cli = Cli.run(new TestHost(), "build", SEED, "-o", book.toString(), "--format", "wav,ogg");
        assertEquals(2, cli.exit(), cli.toString());
        assertEquals(1, cli.errLines(), cli.toString());
        assertTrue(cli.err().contains("--format ogg: unknown format; known formats: wav, mp3, m4b, epub"), cli.toString());
        assertFalse(Files.exists(book), "nothing written");
    }

    @Test
    void m4bWithoutFfmpegIsExitThreeSayingToInstallIt() {
        TestHost host = new TestHost();
        host.missingPrograms = Set.of("ffmpeg");
        Path book = dir.resolve("book");
        Cli cli = Cli.run(host, "build", SEED, "-o", book.toString(), "--format", "wav,m4b");
        assertEquals(3, cli.exit(), cli.toString());
        assertEquals(1, cli.errLines(), cli.toString());
        assertTrue(cli.err().contains("needs ffmpeg") && cli.err().contains("install"), cli.toString());
        assertFalse(Files.exists(book), "nothing written");
    }

    @Test
    void anUnreadableCoverIsExitTwoNamingTheFile() throws Exception {
        Path notImage = dir.resolve("cover.png");
        Files.writeString(notImage, "this is text");
        for (Path cover : new Path[] {notImage, dir.resolve("missing.jpg")}) {
            Path book = dir.resolve("book");
            Cli cli = Cli.run(new TestHost(), "build", SEED, "-o", book.toString(), "--format", "mp3", "--cover",
                    cover.toString());
            assertEquals(2, cli.exit(), cli.toString());
            assertEquals(1, cli.errLines(), cli.toString());
            assertTrue(cli.err().contains(cover.toString()), cli.toString());
            assertFalse(Files.exists(book), "nothing written");
        }
    }

    @Test
    void helpDescribesTheFormats() {
        Cli cli = Cli.run(new TestHost(), "build", "--help");
        assertTrue(cli.out().contains("--format") && cli.out().contains("m4b") && cli.out().contains("--cover"), cli.out());
    }
}
