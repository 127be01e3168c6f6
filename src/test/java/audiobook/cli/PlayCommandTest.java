package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.player.CaptureSink;
import audiobook.player.SoundDeviceSink;
import audiobook.player.TinyBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayCommandTest {

    @TempDir
    Path dir;

    private Path book;
    private final TestHost host = new TestHost();

    @BeforeEach
    void writeBook() throws Exception {
        book = TinyBook.write(dir.resolve("out/tiny-book"));
        host.books = dir.resolve("out");
    }

    private CaptureSink sink() {
        return (CaptureSink) host.lastSink;
    }

    @Test
    void playsEveryChapterInOrderAndShowsEachSentenceWithItsTime() {
        Cli run = Cli.run(host, "play", book.toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals(TinyBook.FRAMES[0] + TinyBook.FRAMES[1], sink().frames());
        assertPlayed(0, 0, 0);
        assertPlayed(TinyBook.FRAMES[0], 1, 0);
        assertEquals(List.of(new CaptureSink.Opening(44100, 2)), sink().openings, "one format: opened once");
        assertTrue(sink().closed);
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                "Playing \"Tiny Book\" by Test Author: 2 chapters, 0:05 (Ctrl-C stops)",
                "Chapter 1/2: One (0:03)",
                "One.", "The wind rose.", "The rain fell.",
                "Chapter 2/2: Two (0:02)",
                "Two.", "The sun came out.",
                "Finished \"Tiny Book\"."),
                lines.stream().map(l -> l.replaceFirst("^  \\d:\\d\\d / \\d:\\d\\d  ", "")).toList());
        assertTrue(lines.contains("  0:01 / 0:03  The wind rose."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void chapterAndFromStartInsideThatChapter() {
        Cli run = Cli.run(host, "play", book.toString(), "--chapter", "2", "--from", "0:01");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(TinyBook.FRAMES[1] - 44100, sink().frames());
        assertPlayed(0, 1, 44100);
        assertTrue(run.out().contains("Chapter 2/2: Two (0:02), from 0:01"), run.out());
        assertTrue(run.out().contains("The sun came out."), "the sentence in progress at 0:01 is shown");
        assertFalse(run.out().contains("Two.\n"), "sentences before the start are not");
    }

    @Test
    void fromWithoutChapterIsATimeInTheWholeBook() {
        Cli run = Cli.run(host, "play", book.toString(), "--from", "0:03.5");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(TinyBook.FRAMES[1] - 22050, sink().frames());
        assertPlayed(0, 1, 22050);
    }

    @Test
    void speedPlaysFasterAndShowsTheBooksTime() {
        Cli run = Cli.run(host, "play", book.toString(), "--chapter", "2", "--speed", "1.25");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(TinyBook.FRAMES[1] / 1.25, sink().frames(), TinyBook.FRAMES[1] / 1.25 * 0.01);
        assertTrue(run.out().contains("0:00 / 0:02  Two."), run.out());
        assertTrue(run.out().contains(" / 0:02  The sun came out."), run.out());
    }

    @Test
    void aSpeedOutOfRangeIsOneLineBeforeAnyWork() {
        for (String speed : new String[] {"0.25", "3", "NaN"}) {
            Cli run = Cli.run(host, "play", dir.resolve("nowhere").toString(), "--speed", speed);
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("--speed must be from 0.5 to 2.0, not " + speed), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertEquals(null, host.lastSink, "nothing opened");
        }
    }

    @Test
    void aChapterFileAloneFindsItsSentencesInTheManifestBesideIt() {
        Cli run = Cli.run(host, "play", book.resolve(TinyBook.FILES[1]).toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals(TinyBook.FRAMES[1], sink().frames());
        assertTrue(run.out().contains("The sun came out."), run.out());
        assertFalse(run.out().contains("The wind rose."), run.out());
    }

    @Test
    void dryPlaysTheNarrationMastersAndNeedsThem() throws Exception {
        Cli run = Cli.run(host, "play", book.toString(), "--dry", "--chapter", "2");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of(new CaptureSink.Opening(44100, 1)), sink().openings);
        assertEquals(TinyBook.FRAMES[1], sink().frames());
        assertEquals(TinyBook.sample(1, 0, 500), sink().channel(0)[500], 0.0);
        assertTrue(run.out().contains("The sun came out."), run.out());

        String manifest = Files.readString(book.resolve("manifest.json")).replace("\"narration/02 Two.wav\"", "null");
        Files.writeString(book.resolve("manifest.json"), manifest);
        assertUsage(Cli.run(host, "play", book.toString(), "--dry"), "chapter 2 has no dry master");
    }

    @Test
    void withoutADirectoryPlaysTheOnlyBookInOut() throws Exception {
        assertEquals(0, Cli.run(host, "play").exit());
        assertEquals(TinyBook.FRAMES[0] + TinyBook.FRAMES[1], sink().frames());
        TinyBook.write(dir.resolve("out/another"));
        Cli two = Cli.run(host, "play");
        assertEquals(2, two.exit(), two.toString());
        assertTrue(two.err().contains("another") && two.err().contains("tiny-book"), two.err());
    }

    @Test
    void withoutADirectoryPlaysTheSeedsBookFoundByItsStoryRecordAmongOthers() throws Exception {
        Path seedBook = TinyBook.write(dir.resolve("out/whatever-its-title"));
        Files.writeString(seedBook.resolve(".story"), SeedStory.find().toRealPath() + "\n");
        Files.writeString(book.resolve(".story"), dir.resolve("another-story.txt") + "\n");
        Cli run = Cli.run(host, "play", "--chapter", "2");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Chapter 2/2: Two"), run.out());
        assertTrue(host.lastSink != null, "played");
        Files.delete(seedBook.resolve(".story"));
        Cli two = Cli.run(host, "play");
        assertEquals(2, two.exit(), "without the record it is one of two books: " + two);
    }

    @Test
    void badChapterOrTimeIsOneLineNamingTheValidRangeAndExitTwo() {
        assertUsage(Cli.run(host, "play", book.toString(), "--chapter", "3"), "chapters 1-2");
        assertUsage(Cli.run(host, "play", book.toString(), "--chapter", "1", "--from", "0:03"), "(0:03)");
        assertUsage(Cli.run(host, "play", book.toString(), "--from", "1:00"), "end of the book (0:05)");
        assertUsage(Cli.run(host, "play", book.toString(), "--from", "1:75"), "MM:SS");
        assertUsage(Cli.run(host, "play", dir.resolve("nowhere").toString()), "nowhere");
        assertUsage(Cli.run(host, "play", book.resolve("manifest.json").resolveSibling("x.txt").toString()), "x.txt");
    }

    @Test
    void aMissingChapterFileIsNamed() throws Exception {
        Files.delete(book.resolve(TinyBook.FILES[1]));
        assertUsage(Cli.run(host, "play", book.toString()), TinyBook.FILES[1]);
    }

    @Test
    void withoutASoundDeviceExitsThreeWithOneLineNamingTheFilesToOpen() {
        host.sink = () -> new CaptureSink() {
            @Override
            public void open(int sampleRate, int channels) {
                throw new AudiobookException(AudiobookException.Kind.ENVIRONMENT, "no audio device to play on (test)");
            }
        };
        Cli run = Cli.run(host, "play", book.toString());
        assertNoDevice(run);
        assertTrue(run.err().contains("2 files in " + book.toAbsolutePath()), run.err());
    }

    private void noDevice() {
        host.sink = () -> new CaptureSink() {
            @Override
            public void open(int sampleRate, int channels) {
                throw new AudiobookException(AudiobookException.Kind.ENVIRONMENT, "no audio device to play on (test)");
            }
        };
    }

    @Test
    void theHintForAnotherPlayerStartsWhereAskedAndNamesTheDryFolder() {
        noDevice();
        host.missingPrograms = java.util.Set.of("aplay");
        host.playerProblems = java.util.Map.of();
        Assumptions.assumeTrue(host.findProgram("ffplay").isPresent(), "ffplay is installed");
        Cli run = Cli.run(host, "play", book.toString(), "--dry", "--chapter", "2", "--from", "0:01");
        assertEquals(3, run.exit(), run.toString());
        Path dry2 = book.resolve("narration").resolve(TinyBook.FILES[1]).toAbsolutePath();
        assertTrue(run.err().contains("ffplay -nodisp -autoexit -ss 1 \"" + dry2 + "\""), run.err());
        Cli all = Cli.run(host, "play", book.toString(), "--dry");
        assertTrue(all.err().contains("(2 files in " + book.resolve("narration").toAbsolutePath() + ")"), all.err());
    }

    @Test
    void aPlayerThatCannotOpenAnOutputEitherIsNotSuggested() {
        noDevice();
        host.missingPrograms = java.util.Set.of("aplay");
        host.playerProblems = java.util.Map.of("ffplay", "audio open failed");
        Cli run = Cli.run(host, "play", book.toString());
        assertEquals(3, run.exit(), run.toString());
        assertEquals(1, run.errLines(), run.err());
        assertFalse(run.err().contains("ffplay -nodisp"), run.err());
        assertTrue(run.err().contains(host.findProgram("ffplay").isPresent()
                ? "no other player here can open an audio output either (ffplay: audio open failed)"
                : "no other player is installed here"), run.err());
        assertTrue(run.err().contains("copy the files to a machine with sound (2 files in "), run.err());
    }

    @Test
    void theRealDeviceSinkOnAMachineWithoutSoundExitsThree() {
        Assumptions.assumeTrue(SoundDeviceSink.unavailableReason() != null, "this machine has a sound device");
        host.sink = SoundDeviceSink::new;
        assertNoDevice(Cli.run(host, "play", book.toString()));
    }

    @Test
    void ctrlCStopsThePlayerAndSaysHowToResume() throws Exception {
        Thread[] pressed = new Thread[1];
        host.sink = () -> new CaptureSink() {
            @Override
            protected void afterWrite(long frames) {
                if (frames >= 44100 && pressed[0] == null) {
                    pressed[0] = host.pressCtrlC();
                }
                if (pressed[0] != null) {
                    sleepAMoment();   // a real device blocks here until stop() flushes it
                }
            }
        };
        Cli run = Cli.run(host, "play", book.toString());
        pressed[0].join(5000);
        assertEquals(130, run.exit(), run.toString());
        assertTrue(sink().stopped && sink().closed);
        assertTrue(sink().frames() < TinyBook.FRAMES[0], "stopped within chapter 1: " + sink().frames());
        assertTrue(run.out().contains("Stopped in chapter 1 at 0:01. Resume with: audiobook play \"" + book
                + "\" --chapter 1 --from 0:01"), run.out());
        assertFalse(run.out().contains("Chapter 2/2"), run.out());
        assertEquals(null, host.interrupt.get(), "the Ctrl-C hook is removed after playing");
    }

    @Test
    void onATerminalAStatusLineShowsTheTimeInTheBook() {
        host.terminal = true;
        Cli run = Cli.run(host, "play", book.toString(), "--chapter", "2");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("\r\033[K  ▶ chapter 2  0:01 / 0:02   book 0:04 / 0:05"), run.out());
        Cli plain = Cli.run(new TestHost() {{ books = host.books; }}, "play", book.toString());
        assertFalse(plain.out().contains("\033"), "no escape codes in logs");
    }

    private void assertPlayed(int playedFrom, int chapter, int fileFrom) {
        int n = TinyBook.FRAMES[chapter] - fileFrom;
        for (int c = 0; c < 2; c++) {
            float[] played = sink().channel(c);
            for (int i = 0; i < n; i += 997) {
                assertEquals(TinyBook.sample(chapter, c, fileFrom + i), played[playedFrom + i], 0.0,
                        "channel " + c + ", chapter " + (chapter + 1) + " frame " + (fileFrom + i));
            }
            assertEquals(TinyBook.sample(chapter, c, fileFrom + n - 1), played[playedFrom + n - 1], 0.0);
        }
    }

    private static void assertUsage(Cli run, String named) {
        assertAll(() -> assertEquals(2, run.exit(), run.toString()),
                () -> assertEquals(1, run.errLines(), run.err()),
                () -> assertTrue(run.err().contains(named), run.err() + " should name " + named));
    }

    private void assertNoDevice(Cli run) {
        assertEquals(3, run.exit(), run.toString());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("no audio device"), run.err());
        assertTrue(run.err().contains("ffplay") && run.err().contains(book.resolve(TinyBook.FILES[0]).toAbsolutePath().toString()),
                run.err());
        assertEquals("", run.out(), "nothing else is printed");
    }

    private static void sleepAMoment() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
