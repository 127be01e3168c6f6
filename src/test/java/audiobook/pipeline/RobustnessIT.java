package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.WavReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, as a user runs it, against what broke books before: two builds at once, a build
 * killed or stopped with Ctrl-C, FreeTTS's own chatter, a story piped in, two stories of one
 * name, and a rebuilt jar.
 */
class RobustnessIT {

    private static final Path SEED = Path.of("seeds/jasper-and-rusty.txt").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void twoBuildsAtOnceNeverCorruptTheFolderOneIsTurnedAwayAtOnce() throws Exception {
        Proc jar = new Proc(dir);
        for (long delayMs : new long[] {0, 400, 900, 1600}) {
            Path out = dir.resolve("race-" + delayMs);
            Proc.Running first = jar.start("build", SEED.toString(), "-o", out.toString(), "--jobs", "1");
            Thread.sleep(delayMs);
            Proc.Running second = jar.start("build", SEED.toString(), "-o", out.toString(), "--jobs", "1");
            Proc.Result a = first.await();
            Proc.Result b = second.await();
            Proc.Result loser = a.exit() == 3 ? a : b;
            Proc.Result winner = loser == a ? b : a;
            long winnerPid = (loser == a ? second : first).process().pid();
            assertEquals(0, winner.exit(), "delay " + delayMs + ": " + winner);
            assertEquals(3, loser.exit(), "delay " + delayMs + ": one is turned away\n" + a + "\n" + b);
            assertEquals(1, loser.errLines(), loser.toString());
            assertTrue(loser.err().startsWith("audiobook: another build (pid " + winnerPid + ") is writing " + out), loser.toString());
            assertEquals("", loser.out(), "the one turned away writes nothing");
            assertTrue(winner.out().contains("all 4 files meet their targets"), winner.toString());
            assertIntact(out);
        }
    }

    @Test
    void aKilledBuildsLockIsTakenOverWithAWarningAndCtrlCStopsOnALineOfItsOwn() throws Exception {
        Proc jar = new Proc(dir);
        Path out = dir.resolve("book");
        Proc.Running killed = jar.start("build", SEED.toString(), "-o", out.toString(), "--jobs", "1");
        awaitFile(out.resolve(".cache").resolve("chapters").resolve("01.json"), killed.process());
        killed.process().destroyForcibly().waitFor();
        Proc.Result rerun = jar.run("build", SEED.toString(), "-o", out.toString(), "--progress", "never");
        assertEquals(0, rerun.exit(), rerun.toString());
        assertTrue(rerun.err().contains("warning: " + out + ": took over the lock of an earlier build (pid "
                + killed.process().pid() + ")"), rerun.toString());
        assertIntact(out);

        Path stopped = dir.resolve("stopped");
        Proc.Running running = jar.start("build", SEED.toString(), "-o", stopped.toString(), "--jobs", "1");
        awaitFile(stopped.resolve(".cache").resolve("chapters").resolve("01.json"), running.process());
        new ProcessBuilder("kill", "-INT", String.valueOf(running.process().pid())).start().waitFor();
        Proc.Result result = running.await();
        assertEquals(130, result.exit(), result.toString());
        assertTrue(result.err().endsWith("\naudiobook: stopped; rerun to resume from the cache\n"), result.toString());
        assertEquals("", Files.readString(stopped.resolve(".lock")), "Ctrl-C lets go of the folder");
        assertTrue(temporaryFiles(stopped).isEmpty(), "and removes its temporary files: " + temporaryFiles(stopped));
        Proc.Result resumed = jar.run("build", SEED.toString(), "-o", stopped.toString(), "--progress", "never");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertFalse(resumed.err().contains("took over"), "a stopped build left no stale lock: " + resumed);
        assertTrue(resumed.out().contains("1 chapter rendered, 1 unchanged"), "chapter one was kept: " + resumed);
    }

    @Test
    void freeTtsNeverPrintsToTheTerminalAndVerboseShowsItMarked() throws Exception {
        Path story = Files.writeString(dir.resolve("drums.txt"), "They played the ngoma all night. Ngoma, ngoma, said the boy.\n");
        Proc jar = new Proc(dir);
        Proc.Result quiet = jar.run("build", story.toString(), "-o", dir.resolve("drums").toString(), "--quiet",
                "--soundscape", "none", "--no-cache");
        assertEquals(0, quiet.exit(), quiet.toString());
        assertEquals("", quiet.err(), "--quiet prints nothing when nothing is wrong");
        Proc.Result verbose = jar.run("build", story.toString(), "-o", dir.resolve("drums-v").toString(), "--quiet",
                "--soundscape", "none", "--no-cache", "--verbose");
        assertTrue(verbose.err().contains("freetts: Can't find diphone"), verbose.toString());
    }

    @Test
    void aStoryFromStandardInputIsTitledByItsFirstWordsAndNoAuthorIsMadeUp() throws Exception {
        Path text = Files.writeString(dir.resolve("piped"), "It was a bright cold day in April. The clocks were striking.\n");
        Proc.Result run = new Proc(dir).in(dir).stdin(text).run("build", "-", "--soundscape", "none", "--progress", "never");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("Built \"It was a bright cold day\""), run.toString());
        Path book = dir.resolve("out").resolve("it-was-a-bright-cold-day");
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        assertEquals(null, manifest.author());
        String playlist = Files.readString(book.resolve("it-was-a-bright-cold-day.m3u8"));
        assertFalse(playlist.contains("Unknown") || playlist.contains(" - "), playlist);
        var tags = WavReader.info(book.resolve(manifest.chapters().get(0).file())).tags();
        assertFalse(tags.containsKey("IART") || tags.containsKey("ISTR"), "no author tag: " + tags);
        assertEquals("It was a bright cold day", tags.get("IPRD"));
    }

    @Test
    void twoStoriesOfOneNameGetTheirOwnFolders() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("story.txt"), "The cat sat on the mat.\n");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("story.txt"), "The dog ran in the park.\n");
        Proc jar = new Proc(dir).in(dir);
        for (Path story : List.of(a, b, a)) {
            Proc.Result run = jar.run("build", story.toString(), "--soundscape", "none", "--profile", "immersive", "--quiet");
            assertEquals(0, run.exit(), run.toString());
        }
        List<Path> books;
        try (Stream<Path> folders = Files.list(dir.resolve("out"))) {
            books = folders.sorted().toList();
        }
        assertEquals(2, books.size(), books.toString());
        assertEquals("story", books.get(0).getFileName().toString());
        assertTrue(books.get(1).getFileName().toString().matches("story-[0-9a-f]{6}"), books.toString());
        assertTrue(ManifestWriter.read(books.get(0).resolve("manifest.json")).chapters().get(0).segments().stream()
                .anyMatch(s -> s.text().contains("cat")), "the first story's book holds the first story");
        assertTrue(ManifestWriter.read(books.get(1).resolve("manifest.json")).chapters().get(0).segments().stream()
                .anyMatch(s -> s.text().contains("dog")), "the second its own");
    }

    @Test
    void aRebuiltJarRendersNothingAgain() throws Exception {
        Path story = Files.writeString(dir.resolve("lamp.md"), "# One\n\nThe lamp burned.\n\n# Two\n\nThe sea was calm.\n");
        Path book = dir.resolve("lamp");
        Proc.Result first = new Proc(dir).run("build", story.toString(), "-o", book.toString(), "--soundscape", "wind");
        assertEquals(0, first.exit(), first.toString());
        // What `mvn verify` does to the jar: the same classes packed again, at another time.
        Path rebuilt = repack(Path.of(System.getProperty("audiobook.jar", "target/audiobook.jar")), dir.resolve("rebuilt.jar"));
        Proc.Result again = new Proc(dir).jar(rebuilt).run("build", story.toString(), "-o", book.toString(),
                "--soundscape", "wind");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("0 chapters rendered, 2 unchanged"), again.toString());
    }

    /** The jar's entries written into a new jar, each stamped with a new time. */
    private static Path repack(Path jar, Path to) throws IOException {
        long later = System.currentTimeMillis() + 86_400_000L;
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setLastModifiedTime(FileTime.fromMillis(later));
                out.putNextEntry(copy);
                try (var bytes = in.getInputStream(entry)) {
                    bytes.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return to;
    }

    private static void awaitFile(Path file, Process p) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(file) && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "still building when " + file.getFileName() + " appeared");
    }

    /** The manifest's files are there and whole, nothing temporary is left, no build holds the lock. */
    static void assertIntact(Path book) throws IOException {
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            for (String file : new String[] {c.file(), c.dryFile()}) {
                double seconds = WavReader.info(book.resolve(file)).durationSeconds();
                assertEquals(c.durationMs() / 1000.0, seconds, 0.002, file + " is whole");
            }
        }
        assertTrue(temporaryFiles(book).isEmpty(), temporaryFiles(book).toString());
        assertEquals("", Files.readString(book.resolve(".lock")));
    }

    static List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("\\..*\\.part|\\.clips-.*|\\.bed-.*")).toList();
        }
    }

    static int pidIn(String message) {
        Matcher m = Pattern.compile("pid (\\d+)").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
