package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.WavInfo;
import audiobook.export.WavReader;
import audiobook.io.Disk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A full disk at every place a build writes: the spools of narration and bed, the masters, the
 * stems, the captions, the segment cache, the chapter records, the manifest, playlist, report
 * and the folder's own records. Each is an environment error (exit 3), one line naming the file
 * and saying "no space left on device"; no temporary file is left behind, every file under a
 * final name is complete, and the next build (with room) finishes. The disk is made to fail by
 * {@link Disk#failWrites}; {@code FullDiskIT} fills a real one where the machine lets a test
 * mount a small tmpfs.
 */
class FullDiskTest {

    @TempDir
    static Path dir;

    static Path story;
    static Path clean;

    @BeforeAll
    static void buildOnceWithRoom() throws IOException {
        story = Files.writeString(dir.resolve("story.md"),
                "# One\n\nThe wind rose over the hill.\n\n# Two\n\nThe rain fell on the roof.\n");
        clean = dir.resolve("clean");
        Cli run = build(clean);
        assertEquals(0, run.exit(), run.toString());
    }

    static Cli build(Path folder, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", story.toString(), "-o", folder.toString(),
                "--soundscape", "wind", "--jobs", "1", "--stems", "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(new TestHost(), args.toArray(String[]::new));
    }

    private static Predicate<Path> named(String regex) {
        return p -> p.toString().replace('\\', '/').matches(regex);
    }

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("narration spool", named(".*/\\.clips-[^/]*\\.pcm"), ".clips-"),
                Arguments.of("ambience spool", named(".*/\\.bed-[^/]*\\.f32"), ".bed-"),
                Arguments.of("immersive master", named(".*/book-[^/]*/\\.\\d\\d [^/]*\\.wav\\.\\d+\\.part"), ".wav"),
                Arguments.of("dry master", named(".*/narration/\\.[^/]*\\.part"), "narration/"),
                Arguments.of("stems", named(".*/stems/\\.[^/]*\\.part"), "stems/"),
                Arguments.of("captions", named(".*/captions/\\.[^/]*\\.part"), "captions/"),
                Arguments.of("segment cache", named(".*/\\.cache/segments/.*\\.part"), "segment cache"),
                Arguments.of("chapter records", named(".*/\\.cache/chapters/.*\\.part"), ".json"),
                Arguments.of("manifest", named(".*/\\.manifest\\.json\\.\\d+\\.part"), "manifest.json"),
                Arguments.of("playlist", named(".*/\\.[^/]*\\.m3u8\\.\\d+\\.part"), ".m3u8"),
                Arguments.of("report", named(".*/\\.report\\.(txt|json)\\.\\d+\\.part"), "report."),
                Arguments.of("lock", named(".*/\\.lock"), ".lock"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void aFullDiskIsOneLineExitThreeAndNothingIsLeftHalfWritten(String site, Predicate<Path> where, String named)
            throws Exception {
        Path book = copy(clean, dir.resolve("book-" + site.replace(' ', '-')));
        Cli run;
        // --rate changes every clip: the build synthesises, caches, renders and writes everything.
        // The spools fill up part-way (after the first clip, after the first pieces of the bed).
        long room = site.equals("narration spool") ? 20_000 : site.equals("ambience spool") ? 100_000 : 0;
        try (AutoCloseable fault = Disk.failWrites(where, room)) {
            run = build(book, "--rate", "152");
        }
        assertEquals(3, run.exit(), run.toString());
        assertEquals(1, run.errLines(), run.toString());
        assertTrue(run.err().contains("no space left on device"), run.toString());
        assertTrue(run.err().contains(named), run.toString());
        assertFalse(run.err().contains("internal error"), run.toString());
        assertTrue(leftovers(book).isEmpty(), "temporary files left: " + leftovers(book));
        assertEquals("", Files.readString(book.resolve(".lock")), "the lock is released");
        for (Path wav : files(book, ".wav")) {
            WavInfo info = WavReader.info(wav);   // throws on a truncated file
            assertTrue(info.frames() > 0, wav.toString());
        }
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            assertTrue(Files.isRegularFile(book.resolve(c.file())), c.file());
        }
        Cli again = build(book, "--rate", "152");
        assertEquals(0, again.exit(), "with room again the build finishes: " + again);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().matches("\\..*\\.part|\\.clips-.*|\\.bed-.*")).toList();
        }
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
