package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.WavReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a book folder whole: the lock against a second build, the removal of files the book
 * no longer has (and only those), a warning when the bed comes close to the voice, and Ctrl-C.
 */
class BuildSafetyTest {

    @TempDir
    Path dir;

    private static final String QUICK = "--profile=immersive";

    private Path story(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static Cli build(TestHost host, Path story, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", story.toString(), "-o", out.toString(), "--jobs", "1",
                "--soundscape", "none"));
        args.addAll(List.of(more));
        return Cli.run(host, args.toArray(String[]::new));
    }

    @Test
    void twoBuildsAtOnceIntoOneFolderOneIsTurnedAwayAndTheFolderIsIntact() throws Exception {
        Path story = story("race.md", "# One\n\nThe wind rose.\n\n# Two\n\nThe rain fell.\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < 8; trial++) {
                Path out = dir.resolve("race-" + trial);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Cli>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        return build(new TestHost(), story, out, "--quiet", QUICK);
                    }));
                }
                go.countDown();
                Cli a = runs.get(0).get();
                Cli b = runs.get(1).get();
                Cli loser = a.exit() == 3 ? a : b;
                Cli winner = loser == a ? b : a;
                assertEquals(0, winner.exit(), "trial " + trial + ": " + winner);
                assertEquals(3, loser.exit(), "trial " + trial + ": " + a + "\n" + b);
                assertEquals(1, loser.errLines(), loser.toString());
                assertTrue(loser.err().startsWith("audiobook: another build (pid " + ProcessHandle.current().pid()
                        + ") is writing " + out), loser.toString());
                assertIntact(out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every file the manifest lists is there and complete; no temporary file is left; nobody holds the lock. */
    static void assertIntact(Path book) throws IOException {
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            assertEquals(c.durationMs() / 1000.0, WavReader.info(book.resolve(c.file())).durationSeconds(), 0.002,
                    c.file() + " is whole");
        }
        try (Stream<Path> files = Files.walk(book)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().matches("\\..*\\.part|\\.clips-.*|\\.bed-.*")),
                    "no temporary files in " + book);
        }
        assertEquals("", Files.readString(book.resolve(".lock")));
    }

    @Test
    void filesTheBookNoLongerHasAreRemovedAndNothingElse() throws Exception {
        Path story = story("changing.md", "# Chapter 1 The Storm\n\nThe wind rose.\n\n# The Calm\n\nIt was quiet.\n\n"
                + "# Three\n\nThe sun came out.\n");
        Path out = dir.resolve("changing");
        assertEquals(0, build(new TestHost(), story, out, "--quiet").exit());
        Path notOurs = Files.write(out.resolve("02 My Own Recording.wav"), new byte[] {1, 2, 3});
        Path notes = Files.writeString(out.resolve("captions").resolve("notes.vtt"), "mine");
        assertTrue(Files.exists(out.resolve("03 Three.wav")));

        Files.writeString(story, "# The Storm Rises\n\nThe wind rose.\n\n# The Calm\n\nIt was quiet.\n");
        Cli run = build(new TestHost(), story, out);
        assertEquals(0, run.exit(), run.toString());
        List<String> names = names(out);
        assertTrue(names.contains("01 The Storm Rises.wav") && names.contains("02 The Calm.wav"), names.toString());
        for (String gone : List.of("01 Chapter 1 The Storm.wav", "narration/01 Chapter 1 The Storm.wav",
                "captions/01 Chapter 1 The Storm.vtt", "03 Three.wav", "narration/03 Three.wav", "captions/03 Three.vtt",
                ".cache/chapters/03.json")) {
            assertFalse(names.contains(gone), gone + " should be gone: " + names);
        }
        assertTrue(Files.exists(notOurs) && Files.exists(notes), "files the tool did not write are never touched");
        assertTrue(run.out().contains("removed 6 files of earlier builds that the book no longer has: "
                + "01 Chapter 1 The Storm.wav, 03 Three.wav, captions/01 Chapter 1 The Storm.vtt, captions/03 Three.vtt, "
                + "narration/01 Chapter 1 The Storm.wav, narration/03 Three.wav"), run.out());

        // A preview of one retitled chapter removes that chapter's old files and keeps the others'.
        Files.writeString(story, "# The Storm Rises\n\nThe wind rose.\n\n# The Calm Returns\n\nIt was quiet.\n");
        Cli preview = build(new TestHost(), story, out, "--chapter", "2", "--quiet");
        assertEquals(0, preview.exit(), preview.toString());
        names = names(out);
        assertTrue(names.contains("02 The Calm Returns.wav") && !names.contains("02 The Calm.wav"), names.toString());
        assertTrue(names.contains("01 The Storm Rises.wav"), names.toString());
    }

    @Test
    void anMp3GoesWithItsWavAndStaysWhileTheWavDoes() throws Exception {
        Path story = story("mp3s.md", "# Alpha\n\nThe wind rose.\n\n# Beta\n\nThe rain fell.\n");
        Path out = dir.resolve("mp3s");
        assertEquals(0, build(new TestHost(), story, out, "--quiet", "--format", "mp3", QUICK).exit());
        assertTrue(Files.exists(out.resolve("01 Alpha.mp3")) && Files.exists(out.resolve("02 Beta.mp3")));
        Files.writeString(story, "# Alpha Two\n\nThe wind rose.\n\n# Beta\n\nThe rain fell.\n");
        assertEquals(0, build(new TestHost(), story, out, "--quiet", QUICK).exit());
        assertFalse(Files.exists(out.resolve("01 Alpha.mp3")), "the retitled chapter's old MP3 is gone with its WAV");
        assertTrue(Files.exists(out.resolve("02 Beta.mp3")), "an MP3 whose WAV stays is kept");
    }

    @Test
    void aBedCloseToTheVoiceIsAWarning() throws Exception {
        Path story = story("loud.md", "# One\n\nThe storm broke over the town and the thunder rolled. The rain lashed "
                + "the windows all night.\n");
        Cli loud = Cli.run(new TestHost(), "build", story.toString(), "-o", dir.resolve("loud").toString(), "--jobs", "1",
                "--soundscape", "storm", "--ambience-db", "18", QUICK);
        assertEquals(0, loud.exit(), loud.toString());
        assertTrue(loud.err().contains("warning: chapter 1: the ambience is only"), loud.toString());
        assertTrue(loud.err().contains("(--ambience-db +18)"), loud.toString());
        Cli normal = Cli.run(new TestHost(), "build", story.toString(), "-o", dir.resolve("normal").toString(), "--jobs",
                "1", "--soundscape", "storm", QUICK);
        assertFalse(normal.err().contains("ambience is only"), normal.toString());
    }

    @Test
    void ctrlCSaysSoOnALineOfItsOwnAndLeavesNoTemporaryFiles() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int c = 1; c <= 3; c++) {
            text.append("# Part ").append(c).append("\n\n");
            for (int s = 0; s < 60; s++) {
                text.append("The wind came over the hill and the dog barked at the gate number ").append(c * 100 + s)
                        .append(". ");
            }
            text.append("\n\n");
        }
        Path story = story("long.md", text.toString());
        Path out = dir.resolve("stopped");
        TestHost host = new TestHost();
        host.terminal = true;
        Cli[] result = new Cli[1];
        Thread building = new Thread(() -> result[0] = build(host, story, out, "--progress", "always", QUICK, "--no-cache"));
        building.start();
        long deadline = System.currentTimeMillis() + 60_000;
        // Spools are invisible (unlinked once open, on Linux): wait for chapter 1, then stop in chapter 2.
        while (System.currentTimeMillis() < deadline && !Files.exists(out.resolve("01 Part 1.wav"))) {
            Thread.sleep(10);
        }
        assertTrue(building.isAlive(), "still building after chapter 1");
        host.pressCtrlC().join();
        building.join(30_000);
        assertEquals(130, result[0].exit(), result[0].toString());
        String err = result[0].err();
        assertTrue(err.startsWith("\rBuilding"), "the bar was drawn: " + err);
        assertTrue(err.endsWith("\naudiobook: stopped; rerun to resume from the cache\n"), "on a line of its own: " + err);
        assertFalse(hasTemporaryFile(out), "the stopped build removed its temporary files: " + names(out) + err);
        assertEquals("", Files.readString(out.resolve(".lock")), "and let go of the folder");
    }

    private static boolean hasTemporaryFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().matches("\\..*\\.part|\\.clips-.*|\\.bed-.*"));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
